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
         * threads (a thread of its own escapes the state's thread bound), reading the environment, replacing the
         * JVM's standard streams or system properties, loading native libraries.
         */
        PROCESS_CONTROL("reaches the whole process", "the embedder grants it with MinoOptions.withProcessControl(true); the command line grants it unless --sandbox", Map.of(
                System.class, Set.of("exit", "setIn", "setOut", "setErr", "getenv", "getProperty", "getProperties",
                        "setProperty", "setProperties", "clearProperty", "load", "loadLibrary", "setSecurityManager"),
                Runtime.class, Set.of("exit", "halt", "exec", "addShutdownHook", "removeShutdownHook", "load", "loadLibrary"),
                ProcessBuilder.class, Set.of("start", "startPipeline"),
                Thread.class, Set.of("start", "startVirtualThread", "ofPlatform", "ofVirtual"))),
        /** The process's console: the state's *in*, *out* and *err* are what the embedder gave it. */
        STANDARD_STREAMS("reaches the process's standard streams", "the embedder grants it with MinoOptions.withStdio(true); the command line grants it unless --sandbox", Map.of(
                System.class, Set.of("in", "out", "err", "console", "inheritedChannel"))),
        /**
         * Reflection and class loading through java.lang: a java.lang grant must not reach every class's members
         * (or construct any class) by way of Class, so these need java.lang.reflect granted itself.
         */
        REFLECTION("reflects on classes", "it needs java.lang.reflect granted itself: MinoOptions.withInteropAllow, or --allow=java.lang.reflect", Map.of(
                Class.class, Set.of("forName", "newInstance", "getMethod", "getMethods", "getDeclaredMethod",
                        "getDeclaredMethods", "getConstructor", "getConstructors", "getDeclaredConstructor",
                        "getDeclaredConstructors", "getField", "getFields", "getDeclaredField", "getDeclaredFields",
                        "getRecordComponents", "getEnclosingMethod", "getEnclosingConstructor", "getClassLoader",
                        "getModule", "getResource", "getResourceAsStream", "getProtectionDomain"),
                ClassLoader.class, Set.of("*"),
                Module.class, Set.of("*"),
                ModuleLayer.class, Set.of("*"),
                StackWalker.class, Set.of("*"),
                Thread.class, Set.of("getContextClassLoader", "setContextClassLoader")));

        final String effect;
        final String grant;
        final Map<Class<?>, Set<String>> members;

        Guarded(String effect, String grant, Map<Class<?>, Set<String>> members) {
            this.effect = effect;
            this.grant = grant;
            this.members = members;
        }

        boolean covers(Class<?> c, String member) {
            Set<String> guarded = members.getOrDefault(c, Set.of());
            return guarded.contains(member) || guarded.contains("*");
        }
    }

    private final List<String> allowed;
    private final boolean trusted;
    private final boolean processControl;
    private final boolean stdio;
    /** The state's generated classes (proxies, definterface's): its own, so granted; null for none. */
    private final StateClassLoader own;

    /**
     * processControl and stdio: whether the {@link Guarded} members of each group may be used (where their
     * class is granted at all).
     */
    public InteropAccess(List<String> allowed, boolean trusted, boolean processControl, boolean stdio) {
        this(allowed, trusted, processControl, stdio, null);
    }

    /** As the other constructor; the classes own defines are granted too. */
    public InteropAccess(List<String> allowed, boolean trusted, boolean processControl, boolean stdio, StateClassLoader own) {
        this.allowed = List.copyOf(allowed);
        this.trusted = trusted;
        this.processControl = processControl;
        this.stdio = stdio;
        this.own = own;
    }

    /** The state's generated class named name (a definterface's), or null; none for library code. */
    public Class<?> generatedClass(String name) {
        return own == null ? null : own.generated(name);
    }

    public boolean isAllowed(Class<?> c) {
        if (trusted) return true;
        while (c.isArray()) c = c.getComponentType();
        if (c.isPrimitive() || (own != null && own.owns(c))) return true;
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
                    + " is not allowed in this state (allowed: " + (allowed.isEmpty() ? "nothing" : String.join(", ", allowed))
                    + "; the embedder grants packages or classes with MinoOptions.withInteropAllow, the command line with --allow)");
        }
        // The class is granted: members that reach past values need their own capability too.
        if (!trusted) checkGuarded(c, what);
    }

    private void checkGuarded(Class<?> c, String what) {
        for (Guarded g : Guarded.values()) {
            boolean granted = switch (g) {
                case PROCESS_CONTROL -> processControl;
                case STANDARD_STREAMS -> stdio;
                case REFLECTION -> allowed.contains("java.lang.reflect");
            };
            if (!granted && g.covers(c, what)) {
                throw new MinoException("Java interop denied: " + c.getName() + "." + what + " " + g.effect + " and this state "
                        + "may not (" + g.grant + ")");
            }
        }
    }
}
