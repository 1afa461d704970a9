package dev.mino.cpjit;

import dev.mino.stencilextract.StencilTable;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.invoke.MethodHandle;
import java.util.List;

import static java.lang.foreign.ValueLayout.ADDRESS;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

/** A patched chain in executable memory, callable on a register window and a context (tests only). */
final class NativeChain implements AutoCloseable {
    private final CodeRegion region;
    private final MethodHandle entry;
    final ChainImage image;

    NativeChain(StencilTable table, List<ChainImage.Step> steps, int size) {
        region = CodeRegion.allocate(size);
        image = ChainImage.build(table, steps, region.address());
        if (image.size() > region.size()) throw new IllegalStateException("chain of " + image.size() + " bytes exceeds its region");
        region.write(0, image.bytes());
        region.makeExecutable();
        entry = Linker.nativeLinker().downcallHandle(region.entry(0), FunctionDescriptor.of(JAVA_LONG, ADDRESS, ADDRESS));
    }

    /** The chain's first step, for a downcall handle of one's own. */
    MemorySegment entry() {
        return region.entry(0);
    }

    /** Runs the chain; answers the word it returned. */
    long call(MemorySegment regs, MemorySegment ctx) {
        try {
            return (long) entry.invokeExact(regs, ctx);
        } catch (Throwable t) {
            throw new AssertionError(t);
        }
    }

    @Override
    public void close() {
        region.close();
    }
}
