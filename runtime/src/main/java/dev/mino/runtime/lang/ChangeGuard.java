package dev.mino.runtime.lang;

/**
 * What runs, on the changing thread, just before a var or a namespace changes in a way the analysis of code
 * depends on (a var's root, macro flag or metadata; what a name of a namespace means). A state guards
 * clojure.core with it so that the library fns it deferred are made first (see {@link DeferredFn}).
 */
final class ChangeGuard {
    private volatile Runnable guard;

    void set(Runnable guard) {
        this.guard = guard;
    }

    void beforeChange() {
        Runnable g = guard;
        if (g != null) g.run();
    }
}
