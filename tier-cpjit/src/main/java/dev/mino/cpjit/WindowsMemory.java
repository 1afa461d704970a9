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
 * Executable memory on Windows (kernel32): {@code VirtualAlloc} committed read+write, {@code VirtualProtect}
 * to execute+read, {@code FlushInstructionCache}, {@code VirtualFree}. Not exercised on this project's
 * machines (x86_64 Linux); written to the Win32 documentation.
 */
final class WindowsMemory implements ExecutableMemory {
    private static final int MEM_COMMIT = 0x1000;
    private static final int MEM_RESERVE = 0x2000;
    private static final int MEM_RELEASE = 0x8000;
    private static final int PAGE_READWRITE = 0x04;
    private static final int PAGE_EXECUTE_READ = 0x20;
    /** VirtualAlloc's granularity for committed pages. */
    private static final long PAGE = 4096;

    private final MethodHandle virtualAlloc;
    private final MethodHandle virtualProtect;
    private final MethodHandle virtualFree;
    private final MethodHandle flushCache;
    private final MethodHandle getCurrentProcess;

    WindowsMemory() {
        SymbolLookup kernel32 = SymbolLookup.libraryLookup("kernel32", Arena.global());
        virtualAlloc = Downcalls.bind(kernel32, "VirtualAlloc", FunctionDescriptor.of(ADDRESS, ADDRESS, JAVA_LONG, JAVA_INT, JAVA_INT));
        virtualProtect = Downcalls.bind(kernel32, "VirtualProtect", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT, ADDRESS));
        virtualFree = Downcalls.bind(kernel32, "VirtualFree", FunctionDescriptor.of(JAVA_INT, ADDRESS, JAVA_LONG, JAVA_INT));
        flushCache = Downcalls.bind(kernel32, "FlushInstructionCache", FunctionDescriptor.of(JAVA_INT, ADDRESS, ADDRESS, JAVA_LONG));
        getCurrentProcess = Downcalls.bind(kernel32, "GetCurrentProcess", FunctionDescriptor.of(ADDRESS));
    }


    @Override
    public long pageSize() {
        return PAGE;
    }

    @Override
    public MemorySegment map(long length) {
        MemorySegment p;
        try {
            p = (MemorySegment) virtualAlloc.invokeExact(MemorySegment.NULL, length, MEM_COMMIT | MEM_RESERVE, PAGE_READWRITE);
        } catch (Throwable t) {
            throw new IllegalStateException("VirtualAlloc failed", t);
        }
        if (p.address() == 0L) throw new OutOfMemoryError("VirtualAlloc of " + length + " bytes for native code failed");
        return p.reinterpret(length);
    }

    @Override
    public void makeExecutable(MemorySegment pages) {
        try (Arena arena = Arena.ofConfined()) {
            MemorySegment old = arena.allocate(JAVA_INT);
            int ok = (int) virtualProtect.invokeExact(pages, pages.byteSize(), PAGE_EXECUTE_READ, old);
            if (ok == 0) throw new IllegalStateException("VirtualProtect of native code pages to execute+read failed");
            flushInstructionCache(pages);
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("VirtualProtect failed", t);
        }
    }

    @Override
    public void flushInstructionCache(MemorySegment executable) {
        try {
            MemorySegment process = (MemorySegment) getCurrentProcess.invokeExact();
            if ((int) flushCache.invokeExact(process, executable, executable.byteSize()) == 0) {
                throw new IllegalStateException("FlushInstructionCache failed");
            }
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException("FlushInstructionCache failed", t);
        }
    }

    @Override
    public void unmap(MemorySegment pages) {
        int ok;
        try {
            ok = (int) virtualFree.invokeExact(pages, 0L, MEM_RELEASE);
        } catch (Throwable t) {
            throw new IllegalStateException("VirtualFree failed", t);
        }
        if (ok == 0) throw new IllegalStateException("VirtualFree of native code pages failed");
    }
}
