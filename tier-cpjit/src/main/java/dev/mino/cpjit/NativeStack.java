package dev.mino.cpjit;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Locale;
import java.util.Optional;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The current thread's native stack, for the context's {@code stack_limit}. Native code calls a helper only
 * while its stack pointer is above the limit, and an upcall's Java frames run on the same stack: the
 * reserve below the limit keeps room for them (and for the JVM's guard zones), so deep native recursion
 * ends in a mino stack overflow and never in a StackOverflowError escaping an upcall, which would abort
 * the JVM. Linux: {@code pthread_getattr_np}; macOS: {@code pthread_get_stackaddr_np}/{@code _stacksize_np};
 * Windows: {@code GetCurrentThreadStackLimits}. Only the Linux path runs on this project's machines.
 */
public final class NativeStack {
    private NativeStack() {}

    /** The thread's stack: [low, high); it grows down from high. */
    public record Bounds(long low, long high) {
        public long size() {
            return high - low;
        }

        /** The limit to give native code: low plus a reserve of max(256 KiB, 1/16 of the stack). */
        public long limit() {
            return low + Math.max(MIN_RESERVE, size() / 16);
        }
    }

    static final long MIN_RESERVE = 256 * 1024;

    private static final Probe PROBE = Probe.forHost();

    /** The current thread's stack, or empty when this host cannot tell. */
    public static Optional<Bounds> current() {
        return PROBE == null ? Optional.empty() : Optional.ofNullable(PROBE.bounds());
    }

    /** One host's way of asking; bound once per JVM. */
    private interface Probe {
        Bounds bounds();

        static Probe forHost() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            try {
                if (os.startsWith("linux")) return new Linux();
                if (os.startsWith("mac")) return new Mac();
                if (os.startsWith("windows")) return new Windows();
            } catch (RuntimeException e) {
                return null; // a libc without the call: no limit, the caller says so
            }
            return null;
        }
    }


    private static final class Linux implements Probe {
        /** sizeof(pthread_attr_t) is 56 on x86_64 and 64 on aarch64 glibc; more is harmless. */
        private static final long ATTR_SIZE = 128;
        private final MethodHandle self;
        private final MethodHandle getattr;
        private final MethodHandle getstack;
        private final MethodHandle destroy;

        Linux() {
            SymbolLookup libc = Linker.nativeLinker().defaultLookup();
            self = Downcalls.bind(libc, "pthread_self", FunctionDescriptor.of(JAVA_LONG));
            getattr = Downcalls.bind(libc, "pthread_getattr_np", FunctionDescriptor.of(JAVA_INT, JAVA_LONG, ADDRESS));
            getstack = Downcalls.bind(libc, "pthread_attr_getstack", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, ADDRESS));
            destroy = Downcalls.bind(libc, "pthread_attr_destroy", FunctionDescriptor.of(JAVA_INT, ADDRESS));
        }

        @Override
        public Bounds bounds() {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment attr = arena.allocate(ATTR_SIZE, 16);
                MemorySegment low = arena.allocate(ADDRESS);
                MemorySegment size = arena.allocate(JAVA_LONG);
                if ((int) getattr.invokeExact((long) self.invokeExact(), attr) != 0) return null;
                int rc = (int) getstack.invokeExact(attr, low, size);
                int ignored = (int) destroy.invokeExact(attr);
                if (rc != 0) return null;
                long base = low.get(ADDRESS, 0).address();
                return new Bounds(base, base + size.get(JAVA_LONG, 0));
            } catch (Throwable t) {
                return null;
            }
        }
    }

    private static final class Mac implements Probe {
        private final MethodHandle self;
        private final MethodHandle stackaddr;
        private final MethodHandle stacksize;

        Mac() {
            SymbolLookup libc = Linker.nativeLinker().defaultLookup();
            self = Downcalls.bind(libc, "pthread_self", FunctionDescriptor.of(ADDRESS));
            stackaddr = Downcalls.bind(libc, "pthread_get_stackaddr_np", FunctionDescriptor.of(ADDRESS, ADDRESS));
            stacksize = Downcalls.bind(libc, "pthread_get_stacksize_np", FunctionDescriptor.of(JAVA_LONG, ADDRESS));
        }

        @Override
        public Bounds bounds() {
            try {
                MemorySegment thread = (MemorySegment) self.invokeExact();
                long high = ((MemorySegment) stackaddr.invokeExact(thread)).address(); // the top: stacks grow down
                long size = (long) stacksize.invokeExact(thread);
                return new Bounds(high - size, high);
            } catch (Throwable t) {
                return null;
            }
        }
    }

    private static final class Windows implements Probe {
        private final MethodHandle limits;

        Windows() {
            limits = Downcalls.bind(SymbolLookup.libraryLookup("kernel32", Arena.global()), "GetCurrentThreadStackLimits",
                    FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
        }

        @Override
        public Bounds bounds() {
            try (Arena arena = Arena.ofConfined()) {
                MemorySegment low = arena.allocate(JAVA_LONG);
                MemorySegment high = arena.allocate(JAVA_LONG);
                limits.invokeExact(low, high);
                return new Bounds(low.get(JAVA_LONG, 0), high.get(JAVA_LONG, 0));
            } catch (Throwable t) {
                return null;
            }
        }
    }
}
