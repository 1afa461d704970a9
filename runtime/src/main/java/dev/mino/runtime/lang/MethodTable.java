package dev.mino.runtime.lang;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The methods a defrecord, deftype or reify form implements inline: per protocol (method keyword to fn)
 * and for host types (method name to fn; a fn holds every arity of its method, the receiver first).
 */
public final class MethodTable {
    public static final MethodTable EMPTY = new MethodTable(Map.of(), Map.of(), List.of());

    private final Map<Protocol, Map<Keyword, Fn>> protocols;
    private final Map<String, Fn> host;
    private final List<Class<?>> hostTypes;

    private MethodTable(Map<Protocol, Map<Keyword, Fn>> protocols, Map<String, Fn> host, List<Class<?>> hostTypes) {
        this.protocols = protocols;
        this.host = host;
        this.hostTypes = hostTypes;
    }

    /**
     * Builds a table from alternating implemented types and method maps: a Protocol with a map of
     * method keyword to fn, or a Class with a map of method name (string or symbol) to fn.
     */
    public static MethodTable of(Object[] specs, String typeName) {
        Map<Protocol, Map<Keyword, Fn>> protocols = new IdentityHashMap<>();
        Map<String, Fn> host = new LinkedHashMap<>();
        List<Class<?>> hostTypes = new ArrayList<>();
        for (int i = 0; i + 1 < specs.length; i += 2) {
            Object type = specs[i];
            IPersistentMap methods = (IPersistentMap) specs[i + 1];
            if (type instanceof Protocol p) {
                protocols.put(p, protocolMethods(p, methods));
            } else if (type instanceof Class<?> c) {
                if (c != Object.class && !hostTypes.contains(c)) hostTypes.add(c);
                for (Object o : methods) {
                    IMapEntry e = (IMapEntry) o;
                    String name = e.key() instanceof Named n ? n.getName() : String.valueOf(e.key());
                    host.put(name, (Fn) e.val());
                }
            } else {
                throw new IllegalArgumentException("Don't know how to implement " + Printing.pr(type) + " in " + typeName
                        + ": not a protocol, interface or class");
            }
        }
        return new MethodTable(protocols, host, List.copyOf(hostTypes));
    }

    private static Map<Keyword, Fn> protocolMethods(Protocol p, IPersistentMap methods) {
        Map<Keyword, Fn> out = new LinkedHashMap<>();
        for (Object o : methods) {
            IMapEntry e = (IMapEntry) o;
            Keyword k = (Keyword) e.key();
            if (!p.hasMethod(k)) throw new IllegalArgumentException("Can't define method not in interfaces: " + k.getName());
            out.put(k, (Fn) e.val());
        }
        return Collections.unmodifiableMap(out);
    }

    /** The inline implementation of protocol p, or null. */
    public Map<Keyword, Fn> forProtocol(Protocol p) {
        return protocols.isEmpty() ? null : protocols.get(p);
    }

    public boolean implementsProtocol(Protocol p) { return protocols.containsKey(p); }

    /** A host method (toString, invoke, valAt, ...) by name, or null. */
    public Fn host(String name) { return host.isEmpty() ? null : host.get(name); }

    /** The names of the host methods defined. */
    public java.util.Set<String> hostMethodNames() { return host.keySet(); }

    /** The host interfaces and classes declared, Object excluded. */
    public List<Class<?>> hostTypes() { return hostTypes; }

    /** A host method or protocol method by name, for (.name x) interop; null when there is none. */
    public Fn byName(String name) {
        Fn f = host(name);
        if (f != null) return f;
        for (Map<Keyword, Fn> m : protocols.values()) {
            for (Map.Entry<Keyword, Fn> e : m.entrySet()) {
                if (e.getKey().getName().equals(name) || ClassNaming.munge(e.getKey().getName()).equals(name)) return e.getValue();
            }
        }
        return null;
    }

    /** Whether the same host types are declared (a reify form's instances all share one shape). */
    boolean sameShape(MethodTable other) {
        return hostTypes.equals(other.hostTypes) && protocols.keySet().equals(other.protocols.keySet());
    }
}
