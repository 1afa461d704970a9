package dev.mino.runtime.interop;

import dev.mino.runtime.lang.MinoException;
import java.util.List;

/**
 * Which Java classes mino code may reach by interop (method calls, field reads, constructors). The embedder
 * grants packages (exactly: a subpackage must be named too) or single classes; a state grants nothing by
 * default. Naming a class as a value (instance?, catch) needs no grant. Code loaded from mino's own
 * classpath resources (the core library) is trusted.
 */
public final class InteropAccess {
    public static final InteropAccess TRUSTED = new InteropAccess(List.of(), true);

    private final List<String> allowed;
    private final boolean trusted;

    public InteropAccess(List<String> allowed, boolean trusted) {
        this.allowed = List.copyOf(allowed);
        this.trusted = trusted;
    }

    public boolean isAllowed(Class<?> c) {
        if (trusted) return true;
        while (c.isArray()) c = c.getComponentType();
        if (c.isPrimitive()) return true;
        String name = c.getName();
        String pkg = c.getPackageName();
        for (String entry : allowed) {
            // A grant names a class, or a package exactly: java.lang does not open java.lang.reflect.
            if (name.equals(entry) || pkg.equals(entry)) return true;
        }
        return false;
    }

    /** Throws the mino error for a denied class unless c is allowed. */
    public void check(Class<?> c, String what) {
        if (!isAllowed(c)) {
            throw new MinoException("Java interop denied: " + what + " of class " + c.getName()
                    + " is not allowed in this state (allowed: " + (allowed.isEmpty() ? "nothing" : String.join(", ", allowed)) + ")");
        }
    }
}
