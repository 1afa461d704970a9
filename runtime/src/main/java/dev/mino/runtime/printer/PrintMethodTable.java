package dev.mino.runtime.printer;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.Optional;

/**
 * Print methods by class, fixed when the table is made. A value uses the method of its own class, else of
 * the nearest superclass, else of the first interface found walking up from its class (breadth first).
 */
public final class PrintMethodTable {
    private final Map<Class<?>, PrintMethod> methods;
    /** Each class's method, found once: the table never changes, and a ClassValue lets the class unload. */
    private final ClassValue<Optional<PrintMethod>> resolved = new ClassValue<>() {
        @Override protected Optional<PrintMethod> computeValue(Class<?> c) {
            return resolve(c);
        }
    };

    public PrintMethodTable(Map<Class<?>, PrintMethod> methods) {
        this.methods = Map.copyOf(methods);
    }

    /** The method that prints values of class c, or null when the table has none for it. */
    public PrintMethod lookup(Class<?> c) {
        return resolved.get(c).orElse(null);
    }

    private Optional<PrintMethod> resolve(Class<?> c) {
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            PrintMethod m = methods.get(k);
            if (m != null) return Optional.of(m);
        }
        ArrayDeque<Class<?>> queue = new ArrayDeque<>();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            for (Class<?> i : k.getInterfaces()) queue.add(i);
        }
        while (!queue.isEmpty()) {
            Class<?> i = queue.removeFirst();
            PrintMethod m = methods.get(i);
            if (m != null) return Optional.of(m);
            for (Class<?> parent : i.getInterfaces()) queue.add(parent);
        }
        return Optional.empty();
    }
}
