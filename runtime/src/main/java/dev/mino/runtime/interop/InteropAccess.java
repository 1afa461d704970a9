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
    public static final InteropAccess TRUSTED = new InteropAccess(List.of(), true, true);

    /**
     * Members that act on the whole process rather than on values: exiting or halting the JVM, starting
     * processes, replacing the JVM's standard streams or system properties, loading native libraries. A
     * grant of their package does not open them; the process-control capability does.
     */
    private static final java.util.Map<Class<?>, java.util.Set<String>> PROCESS_CONTROL = java.util.Map.of(
            System.class, java.util.Set.of("exit", "setIn", "setOut", "setErr", "setProperty", "setProperties", "clearProperty",
                    "load", "loadLibrary", "setSecurityManager"),
            Runtime.class, java.util.Set.of("exit", "halt", "exec", "addShutdownHook", "removeShutdownHook", "load", "loadLibrary"),
            ProcessBuilder.class, java.util.Set.of("start", "startPipeline"));

    private final List<String> allowed;
    private final boolean trusted;
    private final boolean processControl;

    public InteropAccess(List<String> allowed, boolean trusted) {
        this(allowed, trusted, false);
    }

    /** processControl: whether {@link #PROCESS_CONTROL} members may be used (where their class is granted). */
    public InteropAccess(List<String> allowed, boolean trusted, boolean processControl) {
        this.allowed = List.copyOf(allowed);
        this.trusted = trusted;
        this.processControl = processControl;
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
        if (!trusted && !processControl && PROCESS_CONTROL.getOrDefault(c, java.util.Set.of()).contains(what)) {
            throw new MinoException("Java interop denied: " + c.getName() + "." + what + " acts on the whole process and this state "
                    + "may not (the embedder grants it with MinoOptions.withProcessControl(true); the command line grants it unless --sandbox)");
        }
        if (!isAllowed(c)) {
            throw new MinoException("Java interop denied: " + what + " of class " + c.getName()
                    + " is not allowed in this state (allowed: " + (allowed.isEmpty() ? "nothing" : String.join(", ", allowed)) + ")");
        }
    }
}
