package dev.mino.cpjit;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Where one state's native code lives, and how it is freed: a chain's memory is released when its owner
 * (the compiled function that calls it) becomes unreachable, so code of functions a program drops does not
 * accumulate. Native code that branches directly into another chain must keep that chain's owner reachable.
 *
 * <p>Where the host can map the same pages twice (Linux: a memfd), chains are packed into slabs of
 * {@link #SLAB} bytes, written through the read+write view and run from the read+execute view, so that
 * adding code never makes a page writable and executable at once; a slab is unmapped once it is full and
 * all its chains are dead. Elsewhere each chain gets pages of its own ({@link CodeRegion}).
 */
public final class CodeCache {
    /**
     * One daemon thread for the whole JVM runs the native tier's releases (code, chain ids, threads' register
     * words); it holds no state of any mino state.
     */
    static final Cleaner CLEANER = Cleaner.create();
    static final long SLAB = 256 * 1024;
    private static final int ALIGN = 16;

    /**
     * Everything the releases touch, apart from the cache object itself: a release must not keep the cache
     * reachable, so that the slab being filled goes too once the cache (its state) is dropped.
     */
    private final Pages pages = new Pages();

    public CodeCache() {
        this(false);
    }

    /**
     * anonymousOnly: every chain in anonymous pages of its own, never in a memfd slab; for the perf map, which
     * perf reads only for anonymous executable mappings (a memfd mapping looks to it like a missing file).
     */
    public CodeCache(boolean anonymousOnly) {
        if (anonymousOnly) pages.dualMapping = false;
        CLEANER.register(this, pages::closed);
    }

    /** Native code installed in this cache, callable at {@link #entry()} while its owner is reachable. */
    public static final class Installed {
        private final MemorySegment entry;
        private final long bytes;
        private final Cleaner.Cleanable release;

        private Installed(MemorySegment entry, long bytes, Cleaner.Cleanable release) {
            this.entry = entry;
            this.bytes = bytes;
            this.release = release;
        }

        public MemorySegment entry() {
            return entry;
        }

        /** Bytes of code and data the chain occupies. */
        public long bytes() {
            return bytes;
        }

        /** Releases the code now; no thread may be running it or about to call it. */
        public void release() {
            release.clean();
        }
    }

    /**
     * Builds a chain (of at most maxSize bytes) for an address in executable memory, installs it, and ties
     * its lifetime to owner.
     */
    public Installed install(Object owner, int maxSize, LongFunction<ChainImage> build) {
        if (pages.memory == null) throw new UnsupportedOperationException(ExecutableMemory.unsupportedReason());
        Installed packed = maxSize <= SLAB ? pages.installPacked(owner, maxSize, build) : null;
        return packed != null ? packed : pages.installInRegion(owner, maxSize, build);
    }

    /** Bytes of code and data of live chains. */
    public long liveBytes() {
        return pages.liveBytes.get();
    }

    public long liveChains() {
        return pages.liveChains.get();
    }

    /** Bytes of executable memory mapped now (slabs and regions). */
    public long mappedBytes() {
        return pages.mappedBytes.get();
    }

    /** Chains installed since the cache was made. */
    public long installedChains() {
        return pages.installed.get();
    }

    /** The cache's memory and counters; its methods are synchronized on it. */
    private static final class Pages {
        private final ExecutableMemory memory = ExecutableMemory.forHost();
        private final AtomicLong liveBytes = new AtomicLong();
        private final AtomicLong liveChains = new AtomicLong();
        private final AtomicLong mappedBytes = new AtomicLong();
        private final AtomicLong installed = new AtomicLong();
        private boolean dualMapping = true;
        /** The slab chains are added to. */
        private Slab current;

        /** The chain in the current slab (a new one when it is full); null where the host cannot map twice. */
        synchronized Installed installPacked(Object owner, int maxSize, LongFunction<ChainImage> build) {
            if (!dualMapping) return null;
            if (current == null || current.used + maxSize > SLAB) {
                ExecutableMemory.DualMapping m = memory.mapDual(SLAB);
                if (m == null) {
                    dualMapping = false;
                    return null;
                }
                if (current != null) retire(current);
                current = new Slab(m);
                mappedBytes.addAndGet(SLAB);
            }
            Slab slab = current;
            long at = slab.used;
            ChainImage image = build.apply(slab.mapping.executable().address() + at);
            if (image.size() > maxSize) throw new PatchException("chain of " + image.size() + " bytes exceeds the " + maxSize + " it was given");
            byte[] bytes = image.bytes();
            MemorySegment.copy(MemorySegment.ofArray(bytes), 0, slab.mapping.writable(), at, bytes.length);
            MemorySegment code = slab.mapping.executable().asSlice(at, bytes.length);
            memory.flushInstructionCache(code);
            slab.used = (at + bytes.length + ALIGN - 1) & -ALIGN;
            slab.live++;
            return track(owner, code, bytes.length, new SlabRelease(this, slab, bytes.length));
        }

        /** The slab is full: it goes as soon as it holds no live chain (now, if it holds none). */
        private void retire(Slab slab) {
            slab.retired = true;
            if (slab.live == 0) unmap(slab);
        }

        private void unmap(Slab slab) {
            slab.unmapped = true;
            memory.unmapDual(slab.mapping);
            mappedBytes.addAndGet(-SLAB);
        }

        /** The cache was dropped: the slab it was filling goes once its chains have been released. */
        synchronized void closed() {
            if (current != null && !current.retired) retire(current);
            current = null;
        }

        Installed installInRegion(Object owner, int maxSize, LongFunction<ChainImage> build) {
            CodeRegion region = CodeRegion.allocate(maxSize);
            ChainImage image;
            try {
                image = build.apply(region.address());
                if (image.size() > region.size()) throw new PatchException("chain of " + image.size() + " bytes exceeds its " + region.size() + "-byte region");
                region.write(0, image.bytes());
                region.makeExecutable();
            } catch (RuntimeException | Error e) {
                region.close();
                throw e;
            }
            mappedBytes.addAndGet(region.size());
            return track(owner, region.entry(0), image.size(), new RegionRelease(this, region, image.size()));
        }

        private Installed track(Object owner, MemorySegment entry, long bytes, Runnable release) {
            liveBytes.addAndGet(bytes);
            liveChains.incrementAndGet();
            installed.incrementAndGet();
            return new Installed(entry, bytes, CLEANER.register(owner, release));
        }

        private void released(long bytes) {
            liveBytes.addAndGet(-bytes);
            liveChains.decrementAndGet();
        }
    }

    /** Pages chains are packed into; unmapped when retired (no longer filled) and empty. Guarded by the Pages. */
    private static final class Slab {
        final ExecutableMemory.DualMapping mapping;
        long used;
        int live;
        boolean retired;
        boolean unmapped;

        Slab(ExecutableMemory.DualMapping mapping) {
            this.mapping = mapping;
        }
    }

    /** A packed chain's release: the slab goes when it is retired and this was its last chain. Refers to no owner. */
    private record SlabRelease(Pages pages, Slab slab, long bytes) implements Runnable {
        @Override
        public void run() {
            synchronized (pages) {
                slab.live--;
                if (slab.live == 0 && slab.retired && !slab.unmapped) pages.unmap(slab);
            }
            pages.released(bytes);
        }
    }

    /** A chain with pages of its own: they go with it. Refers to no owner. */
    private record RegionRelease(Pages pages, CodeRegion region, long bytes) implements Runnable {
        @Override
        public void run() {
            region.close();
            pages.mappedBytes.addAndGet(-region.size());
            pages.released(bytes);
        }
    }
}
