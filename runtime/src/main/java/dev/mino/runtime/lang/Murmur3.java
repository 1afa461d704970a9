package dev.mino.runtime.lang;

/**
 * MurmurHash3 (x86, 32-bit) mixing steps, used so that hash values — and therefore the iteration
 * order of hash maps and sets — agree with Clojure's.
 */
public final class Murmur3 {
    private static final int SEED = 0;
    private static final int C1 = 0xcc9e2d51;
    private static final int C2 = 0x1b873593;

    private Murmur3() {}

    public static int hashInt(int input) {
        if (input == 0) return 0;
        int h1 = mixH1(SEED, mixK1(input));
        return fmix(h1, 4);
    }

    public static int hashLong(long input) {
        if (input == 0) return 0;
        int low = (int) input;
        int high = (int) (input >>> 32);
        int h1 = mixH1(SEED, mixK1(low));
        h1 = mixH1(h1, mixK1(high));
        return fmix(h1, 8);
    }

    /** Hash of a string's UTF-16 code units, two per block. */
    public static int hashUnencodedChars(CharSequence s) {
        int h1 = SEED;
        int n = s.length();
        for (int i = 1; i < n; i += 2) {
            int k1 = s.charAt(i - 1) | (s.charAt(i) << 16);
            h1 = mixH1(h1, mixK1(k1));
        }
        if ((n & 1) == 1) {
            h1 ^= mixK1(s.charAt(n - 1));
        }
        return fmix(h1, 2 * n);
    }

    /** Finalises an ordered or unordered collection hash accumulated over count elements. */
    public static int mixCollHash(int hash, int count) {
        int h1 = mixH1(SEED, mixK1(hash));
        return fmix(h1, count);
    }

    /** Ordered collections: h = 31*h + hash(x) starting at 1, then mixCollHash. */
    public static int hashOrdered(Iterable<?> xs) {
        int n = 0;
        int hash = 1;
        for (Object x : xs) {
            hash = 31 * hash + Hashing.hasheq(x);
            ++n;
        }
        return mixCollHash(hash, n);
    }

    /** Unordered collections: sum of element hashes, then mixCollHash. */
    public static int hashUnordered(Iterable<?> xs) {
        int n = 0;
        int hash = 0;
        for (Object x : xs) {
            hash += Hashing.hasheq(x);
            ++n;
        }
        return mixCollHash(hash, n);
    }

    public static int hashCombine(int seed, int hash) {
        seed ^= hash + 0x9e3779b9 + (seed << 6) + (seed >> 2);
        return seed;
    }

    private static int mixK1(int k1) {
        k1 *= C1;
        k1 = Integer.rotateLeft(k1, 15);
        k1 *= C2;
        return k1;
    }

    private static int mixH1(int h1, int k1) {
        h1 ^= k1;
        h1 = Integer.rotateLeft(h1, 13);
        h1 = h1 * 5 + 0xe6546b64;
        return h1;
    }

    private static int fmix(int h1, int length) {
        h1 ^= length;
        h1 ^= h1 >>> 16;
        h1 *= 0x85ebca6b;
        h1 ^= h1 >>> 13;
        h1 *= 0xc2b2ae35;
        h1 ^= h1 >>> 16;
        return h1;
    }
}
