package dev.mino.runtime.core;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IObj;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.ITransientCollection;
import dev.mino.runtime.lang.Truth;

/**
 * The transducers of map, filter/remove and keep, and into's reducing function, in Java: they are the
 * ones most often run over large inputs, and here a step costs one Java call per layer instead of an
 * interpreted closure. (The stateful transducers are written in mino, in seqs.clj.) Each transducer is
 * a fn of a reducing fn rf returning a reducing fn with rf's init and completion arities.
 */
final class Transducers {
    private Transducers() {}

    /** (map f): f over each input; with several inputs per step, f over all of them. */
    static Fn map(Fn f) {
        return new Transducer("map", rf -> new Step(rf) {
            @Override public Object invoke(Object acc, Object x) { return rf.invoke(acc, f.invoke(x)); }
            @Override public Object invoke(Object acc, Object x, Object y) { return rf.invoke(acc, f.invoke(x, y)); }
            @Override public Object invoke(Object acc, Object x, Object y, Object z) { return rf.invoke(acc, f.invoke(x, y, z)); }

            @Override public Object invokeN(Object[] args) {
                if (args.length <= 4) return super.invokeN(args);
                return rf.invoke(args[0], f.invokeN(java.util.Arrays.copyOfRange(args, 1, args.length)));
            }
        });
    }

    /** (filter pred), and (remove pred) when keep is false. */
    static Fn filter(Fn pred, boolean keep) {
        return new Transducer(keep ? "filter" : "remove", rf -> new Step(rf) {
            @Override public Object invoke(Object acc, Object x) {
                return Truth.isTruthy(pred.invoke(x)) == keep ? rf.invoke(acc, x) : acc;
            }
        });
    }

    /** (keep f): the non-nil results of f. */
    static Fn keep(Fn f) {
        return new Transducer("keep", rf -> new Step(rf) {
            @Override public Object invoke(Object acc, Object x) {
                Object y = f.invoke(x);
                return y == null ? acc : rf.invoke(acc, y);
            }
        });
    }

    /** into's reducing fn over a transient: conj! per item; completion makes it persistent with meta. */
    static Fn intoTransient(IPersistentMap meta) {
        return new Fn() {
            @Override public Object invoke(Object acc) {
                Object coll = ((ITransientCollection) acc).persistent();
                return meta == null ? coll : ((IObj) coll).withMeta(meta);
            }

            @Override public Object invoke(Object acc, Object x) { return ((ITransientCollection) acc).conj(x); }

            @Override public String name() { return "clojure.core/into"; }
        };
    }

    /** A transducer: applied to a reducing fn, builds the step around it. */
    private static final class Transducer extends Fn {
        private final String name;
        private final java.util.function.Function<Fn, Fn> wrap;

        Transducer(String name, java.util.function.Function<Fn, Fn> wrap) {
            this.name = name;
            this.wrap = wrap;
        }

        @Override public Object invoke(Object rf) { return wrap.apply(Callables.asFn(rf)); }
        @Override public String name() { return "clojure.core/" + name; }
    }

    /** A transformed reducing fn: init and completion pass through to rf; subclasses define the step. */
    private abstract static class Step extends Fn {
        final Fn rf;

        Step(Fn rf) { this.rf = rf; }

        @Override public Object invoke() { return rf.invoke(); }
        @Override public Object invoke(Object acc) { return rf.invoke(acc); }
        @Override public String name() { return "clojure.core/fn"; }
    }
}
