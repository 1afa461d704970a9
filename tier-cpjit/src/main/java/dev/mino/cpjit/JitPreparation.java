package dev.mino.cpjit;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * What the JVM's first compile needs, readied once per JVM: the host's native calls bound, the stencil table
 * parsed, the helper stubs made. That costs 40-80 ms, nearly all of it FFM linking (which the AOT cache does not
 * keep), so start-up does not pay it: AUTO starts it in the background when the first method worth compiling
 * gets hot, ON when a state is made. Holds nothing of any state.
 */
final class JitPreparation {
    private JitPreparation() {}

    private static final System.Logger LOG = System.getLogger("dev.mino.cpjit");
    private static final AtomicBoolean STARTED = new AtomicBoolean();
    private static volatile boolean prepared;

    /** The host's stencils, prepared once per JVM (immutable); empty where the host has none. */
    static Optional<StencilSet> hostStencils() {
        return Host.STENCILS;
    }

    static boolean isPrepared() {
        return prepared;
    }

    /** Prepares now, on this thread (a no-op once done). */
    static void prepare() {
        if (prepared) return;
        if (Host.STENCILS.isPresent()) {
            Helpers.slowPathAddress();
            Helpers.callAddress();
            NativeCode.prepare();
            // Binds the stack probe's calls, which each thread's native side uses once.
            NativeStack.current();
        }
        prepared = true;
    }

    /** {@link #prepare} on a daemon thread, started once per JVM. */
    static void prepareInBackground() {
        if (prepared || !STARTED.compareAndSet(false, true)) return;
        Thread t = new Thread(() -> {
            try {
                prepare();
            } catch (RuntimeException | Error e) {
                LOG.log(System.Logger.Level.DEBUG, "JIT preparation failed", e);
            }
        }, "mino-jit-prepare");
        t.setDaemon(true);
        t.start();
    }

    private static final class Host {
        static final Optional<StencilSet> STENCILS = ExecutableMemory.forHost() == null ? Optional.empty()
                : StencilLibrary.forHost().map(StencilSet::of);
    }
}
