package dev.mino.runtime.interop;

/**
 * The class loader a state defines its generated classes in (proxy classes, definterface's interfaces):
 * one per state, so no class is shared between states and a state's classes go when it does. Its parent
 * is mino's own loader, so generated classes see mino's runtime and the application's classes; the state's
 * interop allow-list treats its classes as granted (they are the state's own code).
 */
public final class StateClassLoader extends ClassLoader {
    static {
        registerAsParallelCapable();
    }

    public StateClassLoader() {
        super("mino-state", StateClassLoader.class.getClassLoader());
    }

    /** Defines the class name from its class file bytes. */
    Class<?> define(String name, byte[] bytes) {
        return defineClass(name, bytes, 0, bytes.length);
    }

    /** The generated class named name, or null. */
    public Class<?> generated(String name) {
        synchronized (getClassLoadingLock(name)) {
            return findLoadedClass(name);
        }
    }

    /** Whether c was defined here: one of this state's generated classes. */
    public boolean owns(Class<?> c) {
        return c.getClassLoader() == this;
    }
}
