package dev.mino.stencilextract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Feeds each reader (and then the normaliser) corrupted versions of its synthetic object: every truncation,
 * and 12,000 random inputs of one to three mutations each (bit flips, byte overwrites, boundary values
 * written over fields, truncations). The only acceptable outcomes are a stencil or an ObjectFormatException;
 * anything else (an index error, a huge allocation, a hang) is a reader bug. Each input has its own seed,
 * printed on failure with the mutations, so it replays.
 */
class FuzzTest {
    private static final long SEED = 0x5EED_57E1_C11L;
    private static final int RANDOM_MUTATIONS = 12_000;
    private static final int[] BOUNDARY_BYTES = {0x00, 0xff, 0x7f, 0x80, 0x01, 0xfe};

    /** What one input did. */
    private enum Outcome { ACCEPTED, REJECTED }

    @ParameterizedTest
    @EnumSource(Target.class)
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void mutatedObjectsFailCleanly(Target t) {
        byte[] original = SyntheticObjects.build(SelfTest.description(t));
        ObjectReader reader = ObjectReader.of(t.format());
        int[] counts = new int[Outcome.values().length];
        for (int length = 0; length <= original.length; length++) {
            counts[feed(reader, Arrays.copyOf(original, length), t, "truncated to " + length + " bytes").ordinal()]++;
        }
        for (int i = 0; i < RANDOM_MUTATIONS; i++) {
            long seed = SEED + 1_000_003L * t.ordinal() + i;
            Mutation m = mutate(original, new Random(seed));
            counts[feed(reader, m.bytes, t, m.description + " (seed " + seed + ")").ordinal()]++;
        }
        assertTrue(counts[Outcome.ACCEPTED.ordinal()] > 0 && counts[Outcome.REJECTED.ordinal()] > 0,
                t + ": expected both accepted and rejected inputs, got " + Arrays.toString(counts));
    }

    /** A corrupted input and how it was made. */
    private record Mutation(byte[] bytes, String description) {}

    /** One to three random mutations (one in four inputs gets more than one) of {@code original}. */
    private static Mutation mutate(byte[] original, Random r) {
        Mutation m = new Mutation(original, "");
        for (int rounds = r.nextInt(4) == 0 ? 2 + r.nextInt(2) : 1; rounds > 0 && m.bytes.length > 0; rounds--) m = once(m, r);
        return m;
    }

    /** One mutation of a copy of {@code in}'s bytes, its description appended to {@code in}'s. */
    private static Mutation once(Mutation in, Random r) {
        byte[] b = in.bytes.clone();
        String then = in.description.isEmpty() ? "" : in.description + "; ";
        switch (r.nextInt(5)) {
            case 0 -> {
                int bit = r.nextInt(b.length * 8);
                b[bit / 8] ^= (byte) (1 << (bit % 8));
                return new Mutation(b, then + "flipped bit " + bit);
            }
            case 1 -> {
                StringBuilder bits = new StringBuilder(then + "flipped bits");
                for (int i = 2 + r.nextInt(7); i > 0; i--) {
                    int bit = r.nextInt(b.length * 8);
                    b[bit / 8] ^= (byte) (1 << (bit % 8));
                    bits.append(' ').append(bit);
                }
                return new Mutation(b, bits.toString());
            }
            case 2 -> {
                StringBuilder what = new StringBuilder(then + "overwrote bytes");
                for (int i = 1 + r.nextInt(4); i > 0; i--) {
                    int at = r.nextInt(b.length);
                    b[at] = (byte) r.nextInt(256);
                    what.append(' ').append(at).append('=').append(b[at] & 0xff);
                }
                return new Mutation(b, what.toString());
            }
            case 3 -> {
                int width = 1 << r.nextInt(4);
                int at = r.nextInt(b.length) / width * width;
                int value = BOUNDARY_BYTES[r.nextInt(BOUNDARY_BYTES.length)];
                Arrays.fill(b, at, Math.min(at + width, b.length), (byte) value);
                return new Mutation(b, then + "filled " + width + " bytes at " + at + " with " + value);
            }
            default -> {
                int length = r.nextInt(b.length);
                return new Mutation(Arrays.copyOf(b, length), then + "truncated to " + length + " bytes");
            }
        }
    }

    /**
     * Reads and normalises one input; fails the test on anything but success or ObjectFormatException, and
     * when a section is larger than the file (or than the zero-fill bound): a size field was trusted.
     */
    private static Outcome feed(ObjectReader reader, byte[] input, Target t, String mutation) {
        try {
            ObjectFile file = reader.read(input, "fuzz.o");
            for (ObjectFile.Section s : file.sections()) {
                if (s.bytes().length > Math.max(input.length, ByteView.MAX_ZERO_FILL)) {
                    throw new AssertionError("section " + s.name() + " of " + s.bytes().length + " bytes from a " + input.length + "-byte file");
                }
            }
            StencilNormaliser.normalise("FUZZ", "fuzz.o", file);
            return Outcome.ACCEPTED;
        } catch (ObjectFormatException e) {
            return Outcome.REJECTED;
        } catch (Throwable e) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            throw new AssertionError(t + ", input " + mutation + ": " + e + "\n" + trace, e);
        }
    }
}
