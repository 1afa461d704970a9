package dev.mino.cpjit;

import java.lang.foreign.MemorySegment;

/**
 * Pages holding machine code, never writable and executable at once: mapped read+write, filled, then
 * flipped to read+execute (with the instruction cache flushed where the architecture needs it) through
 * the host's {@link ExecutableMemory}. Closing unmaps them.
 */
public final class CodeRegion implements AutoCloseable {
    private final ExecutableMemory memory;
    private final MemorySegment pages;
    private boolean executable;
    private boolean closed;

    private CodeRegion(ExecutableMemory memory, MemorySegment pages) {
        this.memory = memory;
        this.pages = pages;
    }

    /** Whether this host can run native code at all. */
    public static boolean supported() {
        return ExecutableMemory.forHost() != null;
    }

    /** Maps at least size bytes (whole pages), read+write. */
    public static CodeRegion allocate(long size) {
        ExecutableMemory memory = ExecutableMemory.forHost();
        if (memory == null) throw new UnsupportedOperationException(ExecutableMemory.unsupportedReason());
        long page = memory.pageSize();
        long length = (Math.max(size, 1) + page - 1) / page * page;
        return new CodeRegion(memory, memory.map(length));
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
        memory.makeExecutable(pages);
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
        memory.unmap(pages);
    }
}
