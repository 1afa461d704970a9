package dev.mino.tier.bytecode;

import dev.mino.runtime.lang.DeferredFn;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.TypeDispatch;
import dev.mino.runtime.lang.Var;

/**
 * An inline cache slot for a var read or a call through a var (GETGLOBAL_CACHED, CALL_CACHED, protocol
 * calls). It holds the var's value together with the revision it was read at; a root change bumps
 * Var.revision(), so one int compare validates it. Entries are immutable and replaced whole, so racing
 * threads never see a torn one.
 */
final class VarCache {
    /**
     * What the slot knows about the var's value: closure is the value when it is a bytecode fn and method its
     * method for argc; fn is the value when it is any other Fn (a builtin, say), called directly.
     */
    record Entry(int revision, Object value, BytecodeClosure closure, BytecodeFn.Method method, Fn fn) {}

    /** A protocol call site's monomorphic cache: the implementation for receivers of one dispatch key. */
    record Dispatch(TypeDispatch fn, Object key, int version, Fn impl) {}

    private static final Entry EMPTY = new Entry(-1, null, null, null, null);

    final Var var;
    /** Argument count of the call, or -1 for a plain read. */
    final int argc;
    Entry entry = EMPTY;
    Dispatch dispatch;

    VarCache(Var var, int argc) {
        this.var = var;
        this.argc = argc;
    }

    /**
     * The entry valid now. A dynamic var is never cached (its value may be a thread binding): the var's
     * revision changes when it becomes dynamic, and entries read while it is are not kept.
     */
    Entry current() {
        Entry e = entry;
        return e.revision == var.revision() ? e : refresh();
    }

    private Entry refresh() {
        int rev = var.revision();
        boolean dynamic = var.isDynamic();
        Object v = DeferredFn.resolve(dynamic ? var.deref() : var.getRoot());  // a deferred library fn: its target
        BytecodeClosure c = v instanceof BytecodeClosure bc ? bc : null;
        Entry e = new Entry(rev, v, c, c != null && argc >= 0 ? c.fn.methodFor(argc) : null, c == null && v instanceof Fn f ? f : null);
        if (!dynamic) entry = e;
        return e;
    }

    /** The implementation of protocol fn pf for receiver x, from the cache when still valid, else null. */
    Dispatch dispatchFor(TypeDispatch pf, Object x) {
        Object key = pf.dispatchKey(x);
        if (key == null) return null;
        Dispatch d = dispatch;
        if (d != null && d.fn == pf && d.key == key && d.version == pf.dispatchVersion()) return d;
        int version = pf.dispatchVersion();
        d = new Dispatch(pf, key, version, pf.implementation(x, argc));
        dispatch = d;
        return d;
    }

    @Override public String toString() { return var.toString(); }
}
