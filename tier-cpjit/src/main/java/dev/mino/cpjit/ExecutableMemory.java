package dev.mino.cpjit;

import java.lang.foreign.MemorySegment;
import java.util.Locale;

/**
 * The host's calls for memory that holds machine code: map pages writable, then make them executable
 * (never both at once), flush the instruction cache where the architecture needs it, and unmap them.
 * One implementation per operating system family, bound once per JVM (the bindings are immutable).
 */
interface ExecutableMemory {
    /** Maps length bytes (a multiple of {@link #pageSize()}), readable and writable. */
    MemorySegment map(long length);

    /**
     * Maps length bytes of data (never executable) that native code reads and writes, committed by the
     * host as they are first touched: the per-thread register words.
     */
    default MemorySegment mapData(long length) {
        return map(length);
    }

    /** Makes pages read+execute (no longer writable) and flushes the instruction cache over them. */
    void makeExecutable(MemorySegment pages);

    void unmap(MemorySegment pages);

    long pageSize();

    /**
     * Two views of the same fresh pages, one read+write and one read+execute, so that code can be added
     * next to code that is running without any page ever being writable and executable at once; null
     * where the host has no way to make them (then each chain gets pages of its own).
     */
    default DualMapping mapDual(long length) {
        return null;
    }

    /** Unmaps both views of a {@link #mapDual} mapping. */
    default void unmapDual(DualMapping mapping) {
        unmap(mapping.writable());
        unmap(mapping.executable());
    }

    /** Makes bytes written through a writable view visible to instruction fetch through the executable one. */
    void flushInstructionCache(MemorySegment executable);

    /** The two views of {@link #mapDual}. */
    record DualMapping(MemorySegment writable, MemorySegment executable) {}

    /** The host's implementation, or null when this host has none (the message says why). */
    static ExecutableMemory forHost() {
        return Hosts.MEMORY;
    }

    /** Why {@link #forHost()} is null, for the error a caller raises. */
    static String unsupportedReason() {
        return Hosts.REASON;
    }

    /** Binds the host's implementation once; a host without one (or whose libraries lack a call) gets the reason. */
    final class Hosts {
        private Hosts() {}

        static final ExecutableMemory MEMORY;
        static final String REASON;

        static {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
            boolean aarch64 = arch.equals("aarch64") || arch.equals("arm64");
            ExecutableMemory memory = null;
            String reason = null;
            try {
                if (!aarch64 && !arch.equals("amd64") && !arch.equals("x86_64")) reason = "native code is not built for " + arch;
                else if (os.startsWith("linux")) memory = PosixMemory.linux(aarch64);
                else if (os.startsWith("mac")) memory = PosixMemory.macos(aarch64);
                else if (os.startsWith("windows")) memory = new WindowsMemory();
                else reason = "native code is not supported on " + os;
            } catch (RuntimeException e) {
                reason = "executable memory is unavailable: " + e.getMessage();
            }
            MEMORY = memory;
            REASON = reason;
        }
    }
}
