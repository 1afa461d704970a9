package dev.mino.runtime.lang;

/**
 * A fn with metadata: (with-meta f m), as Clojure's AFunction.withMeta, is a new fn calling f. Wrapping
 * the original again on each with-meta keeps one level of indirection, however often the metadata changes.
 */
public final class MetaFn extends Fn implements IObj {
    private final Fn f;
    private final IPersistentMap meta;

    private MetaFn(Fn f, IPersistentMap meta) {
        this.f = f;
        this.meta = meta;
    }

    /** f with metadata meta; f must be a fn (see {@link Fn#isFunction}). */
    public static MetaFn of(Fn f, IPersistentMap meta) {
        return new MetaFn(f instanceof MetaFn m ? m.f : f, meta);
    }

    @Override public IPersistentMap meta() { return meta; }
    @Override public MetaFn withMeta(IPersistentMap m) { return new MetaFn(f, m); }

    @Override public String name() { return f.name(); }
    @Override public Object invoke() { return f.invoke(); }
    @Override public Object invoke(Object a) { return f.invoke(a); }
    @Override public Object invoke(Object a, Object b) { return f.invoke(a, b); }
    @Override public Object invoke(Object a, Object b, Object c) { return f.invoke(a, b, c); }
    @Override public Object invoke(Object a, Object b, Object c, Object d) { return f.invoke(a, b, c, d); }
    @Override public Object invokeN(Object[] args) { return f.invokeN(args); }
    @Override public Object applyTo(ISeq args) { return f.applyTo(args); }
}
