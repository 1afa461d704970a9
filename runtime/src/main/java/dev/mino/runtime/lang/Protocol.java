package dev.mino.runtime.lang;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A protocol made by defprotocol: its method signatures and the implementations it has been extended
 * with, per type. A type key is a Class, a {@link DefinedType}, or null for nil. Extension is rare and
 * dispatch frequent, so the table is copied on write and every extension bumps a version that the
 * protocol functions' caches compare against.
 */
public final class Protocol implements ILookup {
    private static final Keyword VAR = Keyword.of("var");
    private static final Keyword SIGS = Keyword.of("sigs");
    private static final Keyword ON = Keyword.of("on");
    private static final Keyword ON_INTERFACE = Keyword.of("on-interface");
    private static final Keyword METHOD_MAP = Keyword.of("method-map");
    private static final Keyword IMPLS = Keyword.of("impls");
    private static final Keyword DOC = Keyword.of("doc");
    private static final Keyword EXTEND_VIA_METADATA = Keyword.of("extend-via-metadata");

    private final Var var;
    private volatile IPersistentMap sigs;
    private volatile Set<Keyword> methodNames;
    private volatile String doc;
    private volatile boolean extendViaMetadata;
    private volatile Extensions extensions = new Extensions(Collections.emptyMap());
    private volatile int version;

    /**
     * The extension table (type key to method map) with the search results computed from it per
     * receiver type; replaced whole on extension so a lookup never mixes an old table and a new memo.
     */
    private record Extensions(Map<Object, Map<Keyword, Fn>> table, ConcurrentHashMap<Object, Object> found) {
        Extensions(Map<Object, Map<Keyword, Fn>> table) {
            this(table, new ConcurrentHashMap<>());
        }
    }

    /** Memo value for "searched, nothing applies" (ConcurrentHashMap holds no nulls). */
    private static final Object NONE = new Object();

    private Protocol(Var var) {
        this.var = var;
    }

    /**
     * The protocol for defprotocol's var: the one the var already holds when a defprotocol is evaluated
     * again (its extensions survive, as in Clojure), else a new one.
     */
    public static Protocol define(Var var, IPersistentMap sigs, String doc, boolean extendViaMetadata) {
        Protocol p = var.hasRoot() && var.getRoot() instanceof Protocol old ? old : new Protocol(var);
        Set<Keyword> names = new HashSet<>();
        for (Object o : sigs) names.add((Keyword) ((IMapEntry) o).key());
        p.sigs = sigs;
        p.methodNames = names;
        p.doc = doc;
        p.extendViaMetadata = extendViaMetadata;
        p.version++;
        return p;
    }

    public Var var() { return var; }
    public boolean hasMethod(Keyword k) { return methodNames.contains(k); }
    public boolean extendsViaMetadata() { return extendViaMetadata; }
    int version() { return version; }

    /** The protocol function for one of its methods; arities are the declared argument counts. */
    public ProtocolFn methodFn(Keyword method) {
        if (!hasMethod(method)) throw new IllegalArgumentException("No method " + method + " in protocol " + var);
        IMapEntry e = sigs.entryAt(method);
        int arities = 0;
        Object arglists = ((ILookup) e.val()).valAt(Keyword.of("arglists"));
        for (ISeq s = Seqs.seq(arglists); s != null; s = s.next()) arities |= 1 << Math.min(Seqs.count(s.first()), 31);
        return new ProtocolFn(this, method, arities);
    }

    /** extend: adds (or replaces) the implementation for one type, a map of method keyword to fn. */
    public synchronized void extend(Object type, Map<Keyword, Fn> methods) {
        for (Keyword k : methods.keySet()) {
            if (!hasMethod(k)) throw new IllegalArgumentException("Can't define method not in protocol: " + k.getName() + " of " + var);
        }
        Map<Object, Map<Keyword, Fn>> copy = new LinkedHashMap<>(extensions.table());
        copy.put(type, Collections.unmodifiableMap(new LinkedHashMap<>(methods)));
        extensions = new Extensions(copy);
        version++;
    }

    /** -reset-methods: drops every cached dispatch. */
    public void resetCaches() { version++; }

    /** The types extended with extend (not those implementing the protocol inline), in extension order. */
    public List<Object> extenders() { return new ArrayList<>(extensions.table().keySet()); }

    /** The implementation registered for exactly this type key, or null. */
    public Map<Keyword, Fn> exactImpl(Object type) { return extensions.table().get(type); }

    /** Whether a defined type implements this protocol inline (in its defrecord/deftype/reify body). */
    public boolean implementedInline(Object type) {
        return type instanceof DefinedType t && t.implementsInline(this);
    }

    /**
     * The implementation for a value: inline in its type, else the extension for its type key found by
     * Clojure's search (exact, superclasses, most specific interface, Object); null when there is none.
     */
    public Map<Keyword, Fn> implFor(Object x) {
        if (x instanceof TypedInstance t) {
            Map<Keyword, Fn> inline = t.methods().forProtocol(this);
            if (inline != null) return inline;
        }
        return extensionFor(x);
    }

    /** The extension (ignoring inline implementations) that applies to x. */
    @SuppressWarnings("unchecked")
    Map<Keyword, Fn> extensionFor(Object x) {
        Extensions ext = extensions;
        if (x == null) return ext.table().get(null);
        Object key = x instanceof TypedInstance t ? t.definedType() : x.getClass();
        Object hit = ext.found().get(key);
        if (hit == null) {
            Map<Keyword, Fn> m = ext.table().get(key);
            if (m == null) m = searchClass(ext.table(), x.getClass());
            hit = m == null ? NONE : m;
            ext.found().put(key, hit);
        }
        return hit == NONE ? null : (Map<Keyword, Fn>) hit;
    }

    private static Map<Keyword, Fn> searchClass(Map<Object, Map<Keyword, Fn>> table, Class<?> c) {
        if (table.isEmpty()) return null;
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            Map<Keyword, Fn> m = table.get(k);
            if (m != null) return m;
        }
        Class<?> best = null;
        for (Class<?> i : interfacesOf(c)) {
            if (table.containsKey(i) && (best == null || best.isAssignableFrom(i))) best = i;
        }
        return best != null ? table.get(best) : table.get(Object.class);
    }

    /** Every interface c implements, nearest first (breadth first over its superclass chain). */
    static List<Class<?>> interfacesOf(Class<?> c) {
        List<Class<?>> out = new ArrayList<>();
        Set<Class<?>> seen = new HashSet<>();
        ArrayDeque<Class<?>> queue = new ArrayDeque<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) Collections.addAll(queue, k.getInterfaces());
        while (!queue.isEmpty()) {
            Class<?> i = queue.removeFirst();
            if (seen.add(i)) {
                out.add(i);
                Collections.addAll(queue, i.getInterfaces());
            }
        }
        return out;
    }

    /** The name of x's class as Clojure's protocol errors print it. */
    static String classNameOf(Object x) {
        if (x == null) return "nil";
        if (x instanceof TypedInstance t) return t.definedType().typeName();
        return Printing.className(x.getClass());
    }

    RuntimeException noImplementation(Keyword method, Object x) {
        return new IllegalArgumentException("No implementation of method: " + method + " of protocol: " + var
                + " found for class: " + classNameOf(x));
    }

    /** The symbol naming the protocol's interface in Clojure, e.g. user.P. */
    public Symbol onSymbol() {
        String ns = var.ns().name().getName();
        return Symbol.of(ClassNaming.munge(ns) + "." + ClassNaming.munge(var.sym().getName()));
    }

    @Override public Object valAt(Object key) { return valAt(key, null); }

    @Override public Object valAt(Object key, Object notFound) {
        if (key == VAR) return var;
        if (key == SIGS) return sigs;
        if (key == ON || key == ON_INTERFACE) return onSymbol();
        if (key == DOC) return doc;
        if (key == EXTEND_VIA_METADATA) return extendViaMetadata;
        if (key == METHOD_MAP) {
            IPersistentMap m = PersistentArrayMap.EMPTY;
            for (Keyword k : methodNames) m = m.assoc(k, k);
            return m;
        }
        if (key == IMPLS) return implsMap();
        return notFound;
    }

    private IPersistentMap implsMap() {
        IPersistentMap out = PersistentArrayMap.EMPTY;
        for (Map.Entry<Object, Map<Keyword, Fn>> e : extensions.table().entrySet()) {
            IPersistentMap m = PersistentArrayMap.EMPTY;
            for (Map.Entry<Keyword, Fn> f : e.getValue().entrySet()) m = m.assoc(f.getKey(), f.getValue());
            out = out.assoc(e.getKey(), m);
        }
        return out;
    }

    @Override public String toString() { return "#protocol " + var.qualifiedName(); }
}
