package dev.mino.runtime.core;

import dev.mino.runtime.lang.ARef;
import dev.mino.runtime.lang.Atom;
import dev.mino.runtime.lang.ExceptionInfo;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IBlockingDeref;
import dev.mino.runtime.lang.IDeref;
import dev.mino.runtime.lang.IMeta;
import dev.mino.runtime.lang.IObj;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.MetaFn;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.PersistentVector;
import dev.mino.runtime.lang.Printing;
import dev.mino.runtime.lang.ThreadBindings;
import dev.mino.runtime.lang.Var;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Atoms, deref, metadata, dynamic-binding primitives and ex-info. */
final class StateFns {
    private StateFns() {}

    static void install(CoreLibrary lib) {
        ARef.setInvoker(Callables::asFn);
        lib.fn("atom", "[x] [x & options]",
                "A new atom holding x. Options :meta and :validator give its metadata and a validator function.")
                .a1(v -> new Atom(v, null)).rest(1, StateFns::atomWithOptions);
        lib.fn("deref", "[ref] [ref timeout-ms timeout-val]",
                "The value of a reference: an atom, ref, agent, var, delay (forced), volatile, future or promise (waiting\n"
                + "  for it; timeout-ms bounds that wait, after which timeout-val is returned). A ref read inside a\n"
                + "  transaction gives its value there.")
                .a1(StateFns::deref).a3(StateFns::derefWithTimeout);
        lib.fn("swap!", "[atom f] [atom f x] [atom f x y] [atom f x y & args]",
                "Sets atom to (f current x y ...), retrying while other threads interfere, and returns the new value.\n"
                + "  f may run more than once.")
                .rest(2, a -> atom(a[0], "IAtom").swap(Callables.asFn(a[1]), extra(a, 2))[1]);
        lib.fn("swap-vals!", "[atom f] [atom f x] [atom f x y] [atom f x y & args]", "Like swap!, but returns [old new].")
                .rest(2, a -> PersistentVector.of(atom(a[0], "IAtom2").swap(Callables.asFn(a[1]), extra(a, 2))));
        lib.fn("reset!", "[atom newval]", "Puts newval in atom outright (no function of the old value) and gives newval.")
                .a2((a, v) -> { atom(a, "IAtom").reset(v); return v; });
        lib.fn("reset-vals!", "[atom newval]", "Like reset!, but gives [old new].")
                .a2((a, v) -> PersistentVector.of(atom(a, "IAtom2").reset(v), v));
        lib.fn("compare-and-set!", "[atom oldval newval]",
                "Replaces the value of atom by newval only if it is still oldval (the same object): true if so, false\n"
                + "  if another value was there.")
                .a3((a, o, n) -> atom(a, "IAtom").compareAndSet(o, n));
        lib.fn("add-watch", "[reference key fn]",
                "Adds fn, called as (fn key reference old new) after each change of reference; key identifies it.")
                .a3((a, k, f) -> { iref(a, "IRef").addWatch(k, f); return a; });
        lib.fn("remove-watch", "[reference key]", "Removes the watch added under key from reference.")
                .a2((a, k) -> { iref(a, "IRef").removeWatch(k); return a; });
        lib.fn("set-validator!", "[iref validator-fn]",
                "Makes validator-fn check every new value of iref; a false result or exception rejects the change.\n"
                + "  nil removes it.")
                .a2((a, f) -> { iref(a, "IRef").setValidator(f); return null; });
        lib.fn("get-validator", "[iref]", "The validator function of iref, or nil.").a1(a -> iref(a, "IRef").validator());
        lib.fn("meta", "[obj]", "The metadata map of obj, or nil.").a1(x -> x instanceof IMeta m ? m.meta() : null);
        lib.fn("with-meta", "[obj m]", "obj (a collection, symbol or fn) with metadata m instead of its own.").a2((x, m) -> {
            if (x instanceof IObj o) return o.withMeta((IPersistentMap) m);
            if (x instanceof Fn f && f.isFunction()) return MetaFn.of(f, (IPersistentMap) m);
            throw new ClassCastException("class " + (x == null ? "nil" : x.getClass().getName()) + " cannot be cast to class clojure.lang.IObj");
        });
        lib.fn("reset-meta!", "[iref metadata-map]",
                "Replaces the metadata of the reference iref (a var, namespace, atom, ref or agent) with metadata-map.")
                .a2((r, m) -> {
            if (r instanceof Var v) v.setMeta((IPersistentMap) m);
            else if (r instanceof dev.mino.runtime.lang.Namespace ns) ns.setMeta((IPersistentMap) m);
            else iref(r, "IReference").resetMeta((IPersistentMap) m);
            return m;
        });
        lib.fn("push-thread-bindings", "[bindings]",
                "Gives the vars in the map bindings these values on this thread until pop-thread-bindings.\n"
                + "  Prefer binding, which pairs them.")
                .a1(m -> { ThreadBindings.push((IPersistentMap) m); return null; });
        lib.fn("pop-thread-bindings", "[]", "Ends the bindings of the latest push-thread-bindings.")
                .a0(() -> { ThreadBindings.pop(); return null; });
        lib.fn("get-thread-bindings", "[]", "A map from each var bound on this thread to its current value.")
                .a0(ThreadBindings::current);
        lib.privateFn("make-delay").a1(f -> new Delay(Callables.asFn(f)));
        lib.fn("delay?", "[x]", "True when x is a delay.").a1(x -> x instanceof Delay);
        lib.fn("volatile!", "[val]", "A new volatile holding val: a mutable box, cheaper than an atom, without atomic updates.")
                .a1(Volatile::new);
        lib.fn("vreset!", "[vol newval]", "Puts newval in the volatile vol and gives newval.")
                .a2((v, x) -> volatileBox(v).reset(x));
        lib.fn("volatile?", "[x]", "True when x is a volatile.").a1(x -> x instanceof Volatile);
        lib.privateFn("new-object").a0(Object::new);
        lib.privateFn("nano-time").a0(System::nanoTime);
        lib.privateFn("new-assertion-error").a1(m -> new AssertionError((String) m));
        lib.privateFn("illegal-argument").a1(m -> new IllegalArgumentException((String) m));
        lib.fn("ex-info", "[msg map] [msg map cause]",
                "An exception (ExceptionInfo) carrying the message msg, the data map and an optional cause.")
                .a2((m, d) -> exInfo(m, d, null)).a3(StateFns::exInfo);
        lib.fn("ex-data", "[ex]", "The data map of an ExceptionInfo, or nil for other values.")
                .a1(e -> e instanceof ExceptionInfo ei ? ei.data() : null);
        lib.fn("ex-message", "[ex]", "The message of the exception ex, or nil when it is not one.")
                .a1(e -> e instanceof Throwable t ? t.getMessage() : null);
        lib.fn("ex-cause", "[ex]", "The cause of the exception ex, or nil.")
                .a1(e -> e instanceof Throwable t ? t.getCause() : null);
    }

    private static Atom atomWithOptions(Object[] a) {
        return new ReferenceOptions(a, 1).setUp(new Atom(a[0], null));
    }

    /** x as a reference with watches and a validator (atom, ref, agent), or Clojure's cast error. */
    static ARef iref(Object x, String iface) {
        if (x instanceof ARef r) return r;
        if (x == null) throw new NullPointerException();
        throw castError(x, "clojure.lang." + iface);
    }

    private static Atom atom(Object x, String iface) {
        if (x instanceof Atom a) return a;
        if (x == null) throw new NullPointerException();
        throw castError(x, "clojure.lang." + iface);
    }

    private static Volatile volatileBox(Object x) {
        if (x instanceof Volatile v) return v;
        if (x == null) throw new NullPointerException();
        throw castError(x, "clojure.lang.Volatile");
    }

    /**
     * ex-info as Clojure's behaves: each argument is cast to its parameter type (nil passes), and nil data
     * is taken as the empty map (Clojure 1.12's ex-info answers {} for it).
     */
    private static ExceptionInfo exInfo(Object msg, Object data, Object cause) {
        String m = cast(msg, String.class, "java.lang.String");
        IPersistentMap d = cast(data, IPersistentMap.class, "clojure.lang.IPersistentMap");
        Throwable c = cast(cause, Throwable.class, "java.lang.Throwable");
        return new ExceptionInfo(m, d == null ? PersistentArrayMap.EMPTY : d, c);
    }

    /** A checkcast: nil passes, anything else must be of type. */
    static <T> T cast(Object x, Class<T> type, String clojureName) {
        if (x == null || type.isInstance(x)) return type.cast(x);
        throw castError(x, clojureName);
    }

    static ClassCastException castError(Object x, String target) {
        return new ClassCastException("class " + Printing.className(x.getClass()) + " cannot be cast to class " + target);
    }

    /** The arguments from index from on (the extra arguments of swap!, alter, send...). */
    static Object[] extra(Object[] a, int from) {
        Object[] out = new Object[a.length - from];
        System.arraycopy(a, from, out, 0, out.length);
        return out;
    }

    /** deref: IDeref values, else any java.util.concurrent.Future (whose failure rethrows as is). */
    static Object deref(Object r) {
        if (r instanceof IDeref d) return d.deref();
        Future<?> f = ConcurrencyFns.asFuture(r);
        try {
            return f.get();
        } catch (ExecutionException | InterruptedException e) {
            throw Rethrow.unchecked(e);
        }
    }

    /** (deref r timeout-ms timeout-val): blocking references and futures only, as in Clojure. */
    static Object derefWithTimeout(Object r, Object ms, Object timeoutValue) {
        long timeoutMs = Numbers.toLong(ms);
        if (r instanceof IBlockingDeref d) return d.deref(timeoutMs, timeoutValue);
        Future<?> f = ConcurrencyFns.asFuture(r);
        try {
            return f.get(timeoutMs, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return timeoutValue;
        } catch (ExecutionException | InterruptedException e) {
            throw Rethrow.unchecked(e);
        }
    }
}
