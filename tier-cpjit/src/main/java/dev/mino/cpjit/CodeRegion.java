package dev.mino.cpjit;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;
import java.util.Locale;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * Executable memory for patched stencils, never writable and executable at once: pages are mapped
 * read+write, filled, then flipped to read+execute with mprotect (POSIX: Linux and macOS on x86_64).
 * Hosts where this is not written yet (Windows: VirtualAlloc/VirtualProtect; arm64 hosts: the instruction
 * cache flush and Apple's MAP_JIT) get an {@link UnsupportedOperationException} saying so.
 */
public final class CodeRegion implements AutoCloseable {
    private static final int PROT_READ = 1;
    private static final int PROT_WRITE = 2;
    private static final int PROT_EXEC = 4;
    private static final int MAP_PRIVATE = 2;

    private static final Posix POSIX = Posix.forHost();

    private final MemorySegment pages;
    private boolean executable;
    private boolean closed;

    private CodeRegion(MemorySegment pages) {
        this.pages = pages;
    }

    /** Maps at least size bytes, read+write. */
    public static CodeRegion allocate(long size) {
        if (POSIX == null) {
            throw new UnsupportedOperationException("executable memory is implemented for x86_64 Linux and macOS only; this host is "
                    + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        }
        long length = (Math.max(size, 1) + POSIX.pageSize - 1) / POSIX.pageSize * POSIX.pageSize;
        MemorySegment p = POSIX.mmap(length, PROT_READ | PROT_WRITE);
        return new CodeRegion(p.reinterpret(length));
    }

    /** The region's first address. */
    public long address() {
        return pages.address();
    }

    public long size() {
        return pages.byteSize();
    }

    /** Copies bytes to offset at; only before {@link #makeExecutable()}. */
    public void write(long at, byte[] bytes) {
        if (executable || closed) throw new IllegalStateException("the region is " + (closed ? "closed" : "executable") + ": no more writes");
        MemorySegment.copy(MemorySegment.ofArray(bytes), 0, pages, at, bytes.length);
    }

    /** Flips the pages to read+execute: writes end here. */
    public void makeExecutable() {
        if (closed) throw new IllegalStateException("the region is closed");
        POSIX.mprotect(pages, PROT_READ | PROT_EXEC);
        executable = true;
    }

    /** The function at offset at, as an address for a downcall handle; only after {@link #makeExecutable()}. */
    public MemorySegment entry(long at) {
        if (!executable) throw new IllegalStateException("the region is not executable yet");
        return MemorySegment.ofAddress(pages.address() + at);
    }

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        POSIX.munmap(pages);
    }

    /** The three libc calls, bound once per JVM (they are the same for every state). */
    private record Posix(MethodHandle mmap, MethodHandle mprotect, MethodHandle munmap, int mapAnonymous, long pageSize) {
        static Posix forHost() {
            String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
            String arch = System.getProperty("os.arch", "");
            if (!arch.equals("amd64") && !arch.equals("x86_64")) return null;
            int anonymous;
            if (os.startsWith("linux")) anonymous = 0x20;
            else if (os.startsWith("mac")) anonymous = 0x1000;
            else return null;
            Linker linker = Linker.nativeLinker();
            SymbolLookup libc = linker.defaultLookup();
            MethodHandle mmap = linker.downcallHandle(libc.find("mmap").orElseThrow(),
                    FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT, JAVA_INT, JAVA_LONG));
            MethodHandle mprotect = linker.downcallHandle(libc.find("mprotect").orElseThrow(),
                    FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
            MethodHandle munmap = linker.downcallHandle(libc.find("munmap").orElseThrow(),
                    FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG));
            MethodHandle getpagesize = linker.downcallHandle(libc.find("getpagesize").orElseThrow(), FunctionDescriptor.of(JAVA_INT));
            try {
                return new Posix(mmap, mprotect, munmap, anonymous, (int) getpagesize.invokeExact());
            } catch (Throwable t) {
                throw new IllegalStateException("getpagesize failed", t);
            }
        }

        MemorySegment mmap(long length, int prot) {
            try {
                MemorySegment p = (MemorySegment) mmap.invokeExact(MemorySegment.NULL, length, prot, MAP_PRIVATE | mapAnonymous, -1, 0L);
                if (p.address() == -1L || p.address() == 0L) throw new OutOfMemoryError("mmap of " + length + " bytes for native code failed");
                return p;
            } catch (Error | RuntimeException e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }

        void mprotect(MemorySegment pages, int prot) {
            int rc;
            try {
                rc = (int) mprotect.invokeExact(pages, pages.byteSize(), prot);
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
            if (rc != 0) throw new IllegalStateException("mprotect of native code pages failed");
        }

        void munmap(MemorySegment pages) {
            try {
                int rc = (int) munmap.invokeExact(pages, pages.byteSize());
                if (rc != 0) throw new IllegalStateException("munmap of native code pages failed");
            } catch (RuntimeException e) {
                throw e;
            } catch (Throwable t) {
                throw new IllegalStateException(t);
            }
        }
    }

}
