package dev.mino.cpjit;

import java.lang.foreign.Arena;
import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Executable memory on Linux and macOS: {@code mmap} read+write, {@code mprotect} read+execute, {@code munmap}.
 * On arm64 the instruction cache is flushed after the flip: Linux through libgcc's {@code __clear_cache},
 * macOS through {@code sys_icache_invalidate}. Apple silicon refuses to make ordinary pages executable in a
 * hardened process, so there pages are mapped with {@code MAP_JIT} (read, write and execute) and each
 * thread's view is switched with {@code pthread_jit_write_protect_np}: writable while a chain is copied in,
 * executable afterwards, never both for the thread.
 */
final class PosixMemory implements ExecutableMemory {
    private static final int PROT_READ = 1;
    private static final int PROT_WRITE = 2;
    private static final int PROT_EXEC = 4;
    private static final int MAP_SHARED = 1;
    private static final int MAP_PRIVATE = 2;
    private static final int MFD_CLOEXEC = 1;
    private static final int LINUX_MAP_ANONYMOUS = 0x20;
    private static final int MACOS_MAP_ANONYMOUS = 0x1000;
    private static final int MACOS_MAP_JIT = 0x800;

    private final MethodHandle mmap;
    private final MethodHandle mprotect;
    private final MethodHandle munmap;
    private final int mapFlags;
    private final long pageSize;
    /** arm64: (start, end) on Linux, (start, length) on macOS; null on x86_64, whose caches are coherent. */
    private final MethodHandle flush;
    private final boolean flushTakesLength;
    /** Apple silicon: pthread_jit_write_protect_np(int enabled); null elsewhere. */
    private final MethodHandle jitWriteProtect;
    /** Linux: memfd_create, ftruncate and close, for the two views of {@link #mapDual}; null elsewhere. */
    private final MethodHandle memfdCreate;
    private final MethodHandle ftruncate;
    private final MethodHandle close;

    private PosixMemory(int mapFlags, MethodHandle flush, boolean flushTakesLength, MethodHandle jitWriteProtect) {
        Linker linker = Linker.nativeLinker();
        SymbolLookup libc = linker.defaultLookup();
        this.mmap = Downcalls.bind(libc, "mmap", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG));
        this.mprotect = Downcalls.bind(libc, "mprotect", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
        this.munmap = Downcalls.bind(libc, "munmap", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
        MethodHandle getpagesize = Downcalls.bind(libc, "getpagesize", FunctionDescriptor.of(JAVA_INT));
        try {
            this.pageSize = (int) getpagesize.invokeExact();
        } catch (Throwable t) {
            throw new IllegalStateException("getpagesize failed", t);
        }
        this.mapFlags = mapFlags;
        this.flush = flush;
        this.flushTakesLength = flushTakesLength;
        this.jitWriteProtect = jitWriteProtect;
        boolean linux = (mapFlags & LINUX_MAP_ANONYMOUS) != 0;
        this.memfdCreate = linux ? Downcalls.bind(libc, "memfd_create", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_INT)) : null;
        this.ftruncate = linux ? Downcalls.bind(libc, "ftruncate", FunctionDescriptor.of(JAVA_INT, JAVA_INT, JAVA_LONG)) : null;
        this.close = linux ? Downcalls.bind(libc, "close", FunctionDescriptor.of(JAVA_INT, JAVA_INT)) : null;
    }

    static PosixMemory linux(boolean aarch64) {
        MethodHandle flush = null;
        if (aarch64) {
            SymbolLookup libgcc = SymbolLookup.libraryLookup("libgcc_s.so.1", Arena.global());
            flush = Downcalls.bind(libgcc, "__clear_cache", FunctionDescriptor.ofVoid(ADDRESS, ADDRESS));
        }
        return new PosixMemory(MAP_PRIVATE | LINUX_MAP_ANONYMOUS, flush, false, null);
    }

    static PosixMemory macos(boolean aarch64) {
        if (!aarch64) return new PosixMemory(MAP_PRIVATE | MACOS_MAP_ANONYMOUS, null, false, null);
        SymbolLookup libc = Linker.nativeLinker().defaultLookup();
        return new PosixMemory(MAP_PRIVATE | MACOS_MAP_ANONYMOUS | MACOS_MAP_JIT,
                Downcalls.bind(libc, "sys_icache_invalidate", FunctionDescriptor.ofVoid(ADDRESS, JAVA_LONG)), true,
                Downcalls.bind(libc, "pthread_jit_write_protect_np", FunctionDescriptor.ofVoid(JAVA_INT)));
    }


    @Override
    public long pageSize() {
        return pageSize;
    }

    @Override
    public MemorySegment map(long length) {
        int prot = jitWriteProtect != null ? PROT_READ | PROT_WRITE | PROT_EXEC : PROT_READ | PROT_WRITE;
        MemorySegment p;
        try {
            p = (MemorySegment) mmap.invokeExact(MemorySegment.NULL, length, prot, mapFlags, -1, 0L);
        } catch (Throwable t) {
            throw new IllegalStateException("mmap failed", t);
        }
        if (p.address() == -1L || p.address() == 0L) throw new OutOfMemoryError("mmap of " + length + " bytes for native code failed");
        if (jitWriteProtect != null) writeProtect(0);
        return p.reinterpret(length);
    }

    @Override
    public MemorySegment mapData(long length) {
        // Plain anonymous pages (no MAP_JIT): zero-filled and committed on first touch.
        MemorySegment p;
        try {
            p = (MemorySegment) mmap.invokeExact(MemorySegment.NULL, length, PROT_READ | PROT_WRITE, mapFlags & ~MACOS_MAP_JIT, -1, 0L);
        } catch (Throwable t) {
            throw new IllegalStateException("mmap failed", t);
        }
        if (p.address() == -1L || p.address() == 0L) throw new OutOfMemoryError("mmap of " + length + " bytes for register words failed");
        return p.reinterpret(length);
    }

    /** Linux: an anonymous memory file (memfd) mapped twice, shared, once read+write and once read+execute. */
    @Override
    public DualMapping mapDual(long length) {
        if (memfdCreate == null) return null;
        try (Arena arena = Arena.ofConfined()) {
            int fd = (int) memfdCreate.invokeExact(arena.allocateFrom("mino-native-code"), MFD_CLOEXEC);
            if (fd < 0) return null;
            try {
                if ((int) ftruncate.invokeExact(fd, length) != 0) throw new OutOfMemoryError("cannot size native code memory to " + length + " bytes");
                MemorySegment writable = mapShared(length, PROT_READ | PROT_WRITE, fd);
                MemorySegment executable;
                try {
                    executable = mapShared(length, PROT_READ | PROT_EXEC, fd);
                } catch (RuntimeException | Error e) {
                    unmap(writable);
                    throw e;
                }
                return new DualMapping(writable, executable);
            } finally {
                int ignored = (int) close.invokeExact(fd); // the mappings keep the memory
            }
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("memfd mapping failed", t);
        }
    }

    private MemorySegment mapShared(long length, int prot, int fd) throws Throwable {
        MemorySegment p = (MemorySegment) mmap.invokeExact(MemorySegment.NULL, length, prot, MAP_SHARED, fd, 0L);
        if (p.address() == -1L || p.address() == 0L) throw new OutOfMemoryError("mmap of " + length + " bytes for native code failed");
        return p.reinterpret(length);
    }

    @Override
    public void flushInstructionCache(MemorySegment executable) {
        if (flush != null) flushRange(executable);
    }

    @Override
    public void makeExecutable(MemorySegment pages) {
        if (jitWriteProtect != null) {
            writeProtect(1);
        } else {
            int rc;
            try {
                rc = (int) mprotect.invokeExact(pages, pages.byteSize(), PROT_READ | PROT_EXEC);
            } catch (Throwable t) {
                throw new IllegalStateException("mprotect failed", t);
            }
            if (rc != 0) throw new IllegalStateException("mprotect of native code pages to read+execute failed");
        }
        if (flush != null) flushRange(pages);
    }

    private void flushRange(MemorySegment pages) {
        try {
            if (flushTakesLength) flush.invokeExact(pages, pages.byteSize());
            else flush.invokeExact(pages, MemorySegment.ofAddress(pages.address() + pages.byteSize()));
        } catch (Throwable t) {
            throw new IllegalStateException("instruction cache flush failed", t);
        }
    }

    private void writeProtect(int enabled) {
        try {
            jitWriteProtect.invokeExact(enabled);
        } catch (Throwable t) {
            throw new IllegalStateException("pthread_jit_write_protect_np failed", t);
        }
    }

    @Override
    public void unmap(MemorySegment pages) {
        int rc;
        try {
            rc = (int) munmap.invokeExact(pages, pages.byteSize());
        } catch (Throwable t) {
            throw new IllegalStateException("munmap failed", t);
        }
        if (rc != 0) throw new IllegalStateException("munmap of native code pages failed");
    }
}
