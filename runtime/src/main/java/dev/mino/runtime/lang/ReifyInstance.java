package dev.mino.runtime.lang;

/** An instance made by reify: its own method closures, and metadata (reify objects are IObj in Clojure). */
public final class ReifyInstance extends TypeInstance implements IObj {
    private final IPersistentMap meta;

    ReifyInstance(DefinedType type, MethodTable methods, IPersistentMap meta) {
        super(type, new Object[0], methods);
        this.meta = meta;
    }

    @Override public IPersistentMap meta() { return meta; }

    @Override public ReifyInstance withMeta(IPersistentMap m) {
        return new ReifyInstance(definedType(), methods(), m);
    }
}
