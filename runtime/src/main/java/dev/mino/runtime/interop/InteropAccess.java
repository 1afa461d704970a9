package dev.mino.runtime.interop;

import dev.mino.runtime.lang.MinoException;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which Java classes mino code may reach by interop (method calls, field reads, constructors). The embedder
 * grants packages (exactly: a subpackage must be named too) or single classes; a state grants nothing by
 * default. Naming a class as a value (instance?, catch) needs no grant. Code loaded from mino's own
 * classpath resources (the core library) is trusted.
 */
public final class InteropAccess {
    public static final InteropAccess TRUSTED = new InteropAccess(List.of(), true, true, true);

    /** Members a grant of their package does not open: each group needs a capability of its own. */
    private enum Guarded {
        /**
         * Acting on the whole process rather than on values: exiting or halting the JVM, starting processes or
         * threads (a thread of its own escapes the state's thread bound), replacing the JVM's standard streams
         * or system properties, loading native libraries.
         */
        PROCESS_CONTROL("acts on the whole process", "MinoOptions.withProcessControl(true)", Map.of(
                System.class, Set.of("exit", "setIn", "setOut", "setErr", "setProperty", "setProperties", "clearProperty",
                        "load", "loadLibrary", "setSecurityManager"),
                Runtime.class, Set.of("exit", "halt", "exec", "addShutdownHook", "removeShutdownHook", "load", "loadLibrary"),
                ProcessBuilder.class, Set.of("start", "startPipeline"),
                Thread.class, Set.of("start", "startVirtualThread", "ofPlatform", "ofVirtual"))),
        /** The process's console: the state's *in*, *out* and *err* are what the embedder gave it. */
        STANDARD_STREAMS("reaches the process's standard streams", "MinoOptions.withStdio(true)", Map.of(
                System.class, Set.of("in", "out", "err", "console", "inheritedChannel")));

        final String effect;
        final String grant;
        final Map<Class<?>, Set<String>> members;

        Guarded(String effect, String grant, Map<Class<?>, Set<String>> members) {
            this.effect = effect;
            this.grant = grant;
            this.members = members;
        }

        boolean covers(Class<?> c, String member) {
            return members.getOrDefault(c, Set.of()).contains(member);
        }
    }

    private final List<String> allowed;
    private final boolean trusted;
    private final boolean processControl;
    private final boolean stdio;

    /**
     * processControl and stdio: whether the {@link Guarded} members of each group may be used (where their
     * class is granted at all).
     */
    public InteropAccess(List<String> allowed, boolean trusted, boolean processControl, boolean stdio) {
        this.allowed = List.copyOf(allowed);
        this.trusted = trusted;
        this.processControl = processControl;
        this.stdio = stdio;
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
        if (!trusted) checkGuarded(c, what);
        if (!isAllowed(c)) {
            throw new MinoException("Java interop denied: " + what + " of class " + c.getName()
                    + " is not allowed in this state (allowed: " + (allowed.isEmpty() ? "nothing" : String.join(", ", allowed)) + ")");
        }
    }

    private void checkGuarded(Class<?> c, String what) {
        for (Guarded g : Guarded.values()) {
            boolean granted = g == Guarded.PROCESS_CONTROL ? processControl : stdio;
            if (!granted && g.covers(c, what)) {
                throw new MinoException("Java interop denied: " + c.getName() + "." + what + " " + g.effect + " and this state "
                        + "may not (the embedder grants it with " + g.grant + "; the command line grants it unless --sandbox)");
            }
        }
    }
}
