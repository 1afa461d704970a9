package dev.mino.cpjit;

import java.lang.foreign.MemorySegment;
import java.lang.ref.Cleaner;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongFunction;

/**
 * Where one state's native code lives, and how it is freed: each installed chain gets its own region,
 * and the region is unmapped when the chain's owner (the compiled function that calls it) becomes
 * unreachable, so code of functions a program drops does not accumulate. Native code that branches
 * directly into another chain must keep that chain's owner reachable from its own.
 *
 * <p>A region per chain costs a page per function; packing several chains into a page would need the page
 * writable again after others in it run, which W^X forbids without a second mapping.
 */
public final class CodeCache {
    /** One daemon thread for the whole JVM runs the unmapping; it holds no state of any mino state. */
    private static final Cleaner CLEANER = Cleaner.create();

    private final AtomicLong liveBytes = new AtomicLong();
    private final AtomicLong liveChains = new AtomicLong();
    private final AtomicLong installed = new AtomicLong();

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

        /** Bytes of executable memory held (whole pages). */
        public long bytes() {
            return bytes;
        }

        /** Unmaps the code now; no thread may be running it or about to call it. */
        public void release() {
            release.clean();
        }
    }

    /**
     * Builds a chain for the address of a fresh region of at least size bytes, copies it in, makes it
     * executable and ties its lifetime to owner.
     */
    public Installed install(Object owner, int size, LongFunction<ChainImage> build) {
        CodeRegion region = CodeRegion.allocate(size);
        try {
            ChainImage image = build.apply(region.address());
            if (image.size() > region.size()) throw new PatchException("chain of " + image.size() + " bytes exceeds its " + region.size() + "-byte region");
            region.write(0, image.bytes());
            region.makeExecutable();
        } catch (RuntimeException | Error e) {
            region.close();
            throw e;
        }
        long bytes = region.size();
        liveBytes.addAndGet(bytes);
        liveChains.incrementAndGet();
        installed.incrementAndGet();
        Cleaner.Cleanable release = CLEANER.register(owner, new Release(region, bytes, liveBytes, liveChains));
        return new Installed(region.entry(0), bytes, release);
    }

    /** Bytes of executable memory held by live chains. */
    public long liveBytes() {
        return liveBytes.get();
    }

    public long liveChains() {
        return liveChains.get();
    }

    /** Chains installed since the cache was made. */
    public long installedChains() {
        return installed.get();
    }

    /** The unmapping; refers to no owner, or the owner would never become unreachable. */
    private record Release(CodeRegion region, long bytes, AtomicLong liveBytes, AtomicLong liveChains) implements Runnable {
        @Override
        public void run() {
            region.close();
            liveBytes.addAndGet(-bytes);
            liveChains.decrementAndGet();
        }
    }
}
