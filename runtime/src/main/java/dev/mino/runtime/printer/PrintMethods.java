package dev.mino.runtime.printer;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The print methods registered by class. A value uses the method of its own class, else of the nearest
 * superclass, else of the first interface found walking up from its class (breadth first).
 */
public final class PrintMethods {
    private static final Map<Class<?>, PrintMethod> REGISTERED = new ConcurrentHashMap<>();
    /** Lookup results per concrete class; cleared whenever the registry changes. */
    private static final Map<Class<?>, Optional<PrintMethod>> RESOLVED = new ConcurrentHashMap<>();

    private PrintMethods() {}

    public static void register(Class<?> type, PrintMethod method) {
        REGISTERED.put(type, method);
        RESOLVED.clear();
    }

    public static void unregister(Class<?> type) {
        REGISTERED.remove(type);
        RESOLVED.clear();
    }

    /** The method that prints values of class c, or null when none is registered for it. */
    public static PrintMethod lookup(Class<?> c) {
        if (REGISTERED.isEmpty()) return null;
        return RESOLVED.computeIfAbsent(c, PrintMethods::resolve).orElse(null);
    }

    private static Optional<PrintMethod> resolve(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            PrintMethod m = REGISTERED.get(k);
            if (m != null) return Optional.of(m);
        }
        ArrayDeque<Class<?>> queue = new ArrayDeque<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Class<?> i : k.getInterfaces()) queue.add(i);
        }
        while (!queue.isEmpty()) {
            Class<?> i = queue.removeFirst();
            PrintMethod m = REGISTERED.get(i);
            if (m != null) return Optional.of(m);
            for (Class<?> parent : i.getInterfaces()) queue.add(parent);
        }
        return Optional.empty();
    }
}
