package dev.mino.runtime.lang;

import java.util.Collection;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/** The namespaces of one mino state. */
public final class NamespaceRegistry {
    private final ConcurrentHashMap<Symbol, Namespace> namespaces = new ConcurrentHashMap<>();
    /** Loads a namespace a program may name without requiring it (see {@link #findOrAutoload}); null answers none. */
    private volatile Function<Symbol, Namespace> autoloader = name -> null;

    /** Sets how {@link #findOrAutoload} loads a namespace that is not there yet (the state's evaluator does). */
    public void setAutoloader(Function<Symbol, Namespace> loader) {
        autoloader = loader;
    }

    /**
     * The namespace, loading it first when it is one the state loads on first reference (Clojure has them
     * loaded at startup, so programs use clojure.string/x without a require); null if there is none.
     */
    public Namespace findOrAutoload(Symbol name) {
        Namespace ns = namespaces.get(name);
        return ns != null ? ns : autoloader.apply(name);
    }

    public Namespace findOrCreate(Symbol name) {
        return namespaces.computeIfAbsent(name, Namespace::new);
    }

    public Namespace find(Symbol name) { return namespaces.get(name); }

    public Namespace remove(Symbol name) { return namespaces.remove(name); }

    public Collection<Namespace> all() { return namespaces.values(); }
}
