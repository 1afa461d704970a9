package dev.mino.runtime.core;

/**
 * with-loading-context's Java half: runs a thunk with the thread's context class loader set to the loader
 * of mino's own classes, the one the state resolves classes and library resources through, and restores
 * the previous one after. Only that loader: a script cannot name another (nor read the one it gets).
 */
final class LoadingContext {
    private static final ClassLoader STATE_LOADER = LoadingContext.class.getClassLoader();

    private LoadingContext() {}

    static void install(CoreLibrary lib) {
        lib.privateFn("run-with-loading-context").a1(LoadingContext::run);
    }

    private static Object run(Object thunk) {
        Thread t = Thread.currentThread();
        ClassLoader previous = t.getContextClassLoader();
        t.setContextClassLoader(STATE_LOADER);
        try {
            return Callables.asFn(thunk).invoke();
        } finally {
            t.setContextClassLoader(previous);
        }
    }
}
