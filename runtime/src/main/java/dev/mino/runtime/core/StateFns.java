package dev.mino.runtime.core;

import dev.mino.runtime.lang.Atom;
import dev.mino.runtime.lang.ExceptionInfo;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IDeref;
import dev.mino.runtime.lang.IMeta;
import dev.mino.runtime.lang.IObj;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.PersistentVector;
import dev.mino.runtime.lang.ThreadBindings;
import dev.mino.runtime.lang.Var;

/** Atoms, deref, metadata, dynamic-binding primitives and ex-info. */
final class StateFns {
    private StateFns() {}

    static void install(CoreLibrary lib) {
        lib.fn("atom").a1(v -> new Atom(v, null)).rest(1, a -> new Atom(a[0], optMeta(a)));
        lib.fn("deref").a1(StateFns::deref);
        lib.fn("swap!").rest(2, a -> ((Atom) a[0]).swap(CoreLibrary.asFn(a[1]), extra(a, 2))[1]);
        lib.fn("swap-vals!").rest(2, a -> PersistentVector.of(((Atom) a[0]).swap(CoreLibrary.asFn(a[1]), extra(a, 2))));
        lib.fn("reset!").a2((a, v) -> { ((Atom) a).reset(v); return v; });
        lib.fn("reset-vals!").a2((a, v) -> PersistentVector.of(((Atom) a).reset(v), v));
        lib.fn("compare-and-set!").a3((a, o, n) -> ((Atom) a).compareAndSet(o, n));
        lib.fn("add-watch").a3((a, k, f) -> { ((Atom) a).addWatch(k, (Fn) f); return a; });
        lib.fn("remove-watch").a2((a, k) -> { ((Atom) a).removeWatch(k); return a; });
        lib.fn("set-validator!").a2((a, f) -> { ((Atom) a).setValidator((Fn) f); return null; });
        lib.fn("get-validator").a1(a -> ((Atom) a).validator());
        lib.fn("meta").a1(x -> x instanceof IMeta m ? m.meta() : null);
        lib.fn("with-meta").a2((x, m) -> {
            if (x instanceof IObj o) return o.withMeta((IPersistentMap) m);
            throw new ClassCastException("class " + (x == null ? "nil" : x.getClass().getName()) + " cannot be cast to class clojure.lang.IObj");
        });
        lib.fn("reset-meta!").a2((r, m) -> {
            if (r instanceof Var v) v.setMeta((IPersistentMap) m);
            else ((Atom) r).resetMeta((IPersistentMap) m);
            return m;
        });
        lib.fn("push-thread-bindings").a1(m -> { ThreadBindings.push((IPersistentMap) m); return null; });
        lib.fn("pop-thread-bindings").a0(() -> { ThreadBindings.pop(); return null; });
        lib.fn("get-thread-bindings").a0(ThreadBindings::current);
        lib.privateFn("make-delay").a1(f -> new Delay((Fn) f));
        lib.fn("delay?").a1(x -> x instanceof Delay);
        lib.fn("volatile!").a1(Volatile::new);
        lib.fn("vreset!").a2((v, x) -> ((Volatile) v).reset(x));
        lib.fn("volatile?").a1(x -> x instanceof Volatile);
        lib.privateFn("new-object").a0(Object::new);
        lib.privateFn("nano-time").a0(System::nanoTime);
        lib.privateFn("new-assertion-error").a1(m -> new AssertionError((String) m));
        lib.privateFn("illegal-argument").a1(m -> new IllegalArgumentException((String) m));
        lib.fn("ex-info").a2((m, d) -> new ExceptionInfo((String) m, (IPersistentMap) d, null))
                .a3((m, d, c) -> new ExceptionInfo((String) m, (IPersistentMap) d, (Throwable) c));
        lib.fn("ex-data").a1(e -> e instanceof ExceptionInfo ei ? ei.data() : null);
        lib.fn("ex-message").a1(e -> e instanceof Throwable t ? t.getMessage() : null);
        lib.fn("ex-cause").a1(e -> e instanceof Throwable t ? t.getCause() : null);
    }

    private static IPersistentMap optMeta(Object[] a) {
        for (int i = 1; i + 1 < a.length; i += 2) {
            if (dev.mino.runtime.lang.Keyword.of("meta").equals(a[i])) return (IPersistentMap) a[i + 1];
        }
        return null;
    }

    private static Object[] extra(Object[] a, int from) {
        Object[] out = new Object[a.length - from];
        System.arraycopy(a, from, out, 0, out.length);
        return out;
    }

    static Object deref(Object r) {
        if (r instanceof IDeref d) return d.deref();
        if (r instanceof java.util.concurrent.Future<?> f) {
            try {
                return f.get();
            } catch (Exception e) {
                throw new MinoException(e.getMessage(), e);
            }
        }
        throw new ClassCastException("class " + (r == null ? "nil" : r.getClass().getName()) + " cannot be cast to class clojure.lang.IDeref");
    }
}
