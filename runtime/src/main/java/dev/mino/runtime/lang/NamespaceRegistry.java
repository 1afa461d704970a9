package dev.mino.runtime.lang;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;

/** The namespaces of one mino state. */
public final class NamespaceRegistry {
    private final ConcurrentHashMap<Symbol, Namespace> namespaces = new ConcurrentHashMap<>();

    public Namespace findOrCreate(Symbol name) {
        return namespaces.computeIfAbsent(name, Namespace::new);
    }

    public Namespace find(Symbol name) { return namespaces.get(name); }

    public Namespace remove(Symbol name) { return namespaces.remove(name); }

    public Collection<Namespace> all() { return namespaces.values(); }
}
