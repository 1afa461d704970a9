package dev.mino.runtime.lang;

import java.util.Map;

/**
 * One method of a protocol as a function: dispatches on the type of its first argument. A monomorphic
 * cache remembers the implementation found for the last receiver type while the protocol's version
 * (bumped by every extension) is unchanged. As a {@link TypeDispatch} it lets an execution tier keep such a
 * cache per call site instead.
 */
public final class ProtocolFn extends Fn implements TypeDispatch {
    /** A cached resolution: the type key it is for and the fn found (null: ask the receiver, a reify). */
    private record Entry(Object typeKey, int version, Fn fn, boolean inline) {}

    private final Protocol protocol;
    private final Keyword method;
    private final String name;
    /** Bit n set when the method declares an arity of n arguments (this included). */
    private final int arities;
    private volatile Entry cache;

    ProtocolFn(Protocol protocol, Keyword method, int arities) {
        this.protocol = protocol;
        this.method = method;
        this.arities = arities;
        this.name = protocol.var().ns().name().getName() + "/" + method.getName();
    }

    public Protocol protocol() { return protocol; }
    public Keyword method() { return method; }

    @Override public String name() { return name; }

    @Override public Object invoke(Object a) { return impl(a, 1).invoke(a); }
    @Override public Object invoke(Object a, Object b) { return impl(a, 2).invoke(a, b); }
    @Override public Object invoke(Object a, Object b, Object c) { return impl(a, 3).invoke(a, b, c); }
    @Override public Object invoke(Object a, Object b, Object c, Object d) { return impl(a, 4).invoke(a, b, c, d); }

    @Override public Object invokeN(Object[] args) {
        if (args.length <= 4) return super.invokeN(args);
        return impl(args[0], args.length).invokeN(args);
    }

    /** The key nil receivers are cached under (a TypeDispatch key must not be null). */
    private static final Object NIL_KEY = new Object();

    /**
     * A receiver's implementation depends on its type alone, except for a reify (its own methods) and,
     * with :extend-via-metadata, a receiver that can carry metadata: those are never cached by a call site.
     */
    @Override public Object dispatchKey(Object x) {
        if (x == null) return NIL_KEY;
        if (x instanceof TypedInstance t && !t.definedType().sharesMethods()) return null;
        if (protocol.extendsViaMetadata() && x instanceof IMeta) return null;
        return typeKey(x);
    }

    @Override public Fn implementation(Object x, int argc) { return impl(x, argc); }

    @Override public int dispatchVersion() { return protocol.version(); }

    /** The implementing fn for receiver x, called with argc arguments. */
    private Fn impl(Object x, int argc) {
        if ((arities & (1 << Math.min(argc, 31))) == 0) throw arityError(argc);
        Object key = typeKey(x);
        Entry e = cache;
        if (e == null || e.typeKey != key || e.version != protocol.version()) {
            e = resolve(x, key);
            cache = e;
        }
        Fn f = e.fn;
        if (e.inline) {
            if (f == null) f = ((TypedInstance) x).methods().forProtocol(protocol).get(method);
            if (f == null || f == MISSING) throw protocol.noImplementation(method, x);
            return f;
        }
        if (protocol.extendsViaMetadata() && x instanceof IMeta m) {
            Fn viaMeta = metadataImpl(m);
            if (viaMeta != null) return viaMeta;
        }
        if (f == MISSING) throw protocol.noImplementation(method, x);
        return f;
    }

    private Entry resolve(Object x, Object key) {
        int version = protocol.version();
        if (x instanceof TypedInstance t && t.methods().forProtocol(protocol) != null) {
            // Records and deftypes share their inline methods; a reify's belong to the instance (fn null).
            if (!t.definedType().sharesMethods()) return new Entry(key, version, null, true);
            Fn f = t.methods().forProtocol(protocol).get(method);
            return new Entry(key, version, f == null ? MISSING : f, true);
        }
        Map<Keyword, Fn> impl = protocol.extensionFor(x);
        Fn f = impl == null ? null : impl.get(method);
        return new Entry(key, version, f == null ? MISSING : f, false);
    }

    /** With :extend-via-metadata, a fn under the method's qualified symbol in the receiver's metadata. */
    private Fn metadataImpl(IMeta m) {
        IPersistentMap meta = m.meta();
        if (meta == null) return null;
        Object f = meta.valAt(Symbol.of(protocol.var().ns().name().getName(), method.getName()));
        return f == null ? null : f instanceof Fn fn ? fn : null;
    }

    /** The key a receiver's implementation is cached under: its defined type, its class, or null for nil. */
    static Object typeKey(Object x) {
        if (x == null) return null;
        if (x instanceof TypedInstance t) return t.definedType();
        return x.getClass();
    }

    /** Marks a resolution that found no implementation (distinct from "ask the reify instance"). */
    private static final Fn MISSING = new Fn() {
        @Override public String name() { return "missing"; }
    };
}
