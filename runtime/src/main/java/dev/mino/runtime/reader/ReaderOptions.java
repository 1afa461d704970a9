package dev.mino.runtime.reader;

import dev.mino.runtime.lang.Keyword;
import java.util.HashSet;
import java.util.Set;

/**
 * How one read treats reader conditionals, as the opts map of read and read-string sets it: refused
 * (Clojure's default when reading data), allowed (the branch of the first feature read for wins), or
 * preserved (each #?(...) read as a {@link ReaderConditionalForm} value, its tags kept as
 * {@link TaggedLiteral}s). Source files are read with conditionals allowed.
 */
public record ReaderOptions(Conditionals conditionals, Set<Keyword> features) {
    public enum Conditionals { REFUSE, ALLOW, PRESERVE }

    /** The features every read selects: mino's own and :clj, whose code mino runs. */
    public static final Set<Keyword> PLATFORM_FEATURES = Set.of(Keyword.of("mino"), Keyword.of("clj"));

    /** Loading source: conditionals allowed, for the platform features. */
    public static final ReaderOptions SOURCE = new ReaderOptions(Conditionals.ALLOW, PLATFORM_FEATURES);

    /** read and read-string without options: a reader conditional is an error, as in Clojure. */
    public static final ReaderOptions DATA = new ReaderOptions(Conditionals.REFUSE, PLATFORM_FEATURES);

    public ReaderOptions {
        features = Set.copyOf(features);
    }

    /** Options with the platform features and the extra ones an opts map's :features names. */
    public static ReaderOptions of(Conditionals conditionals, Set<Keyword> extraFeatures) {
        Set<Keyword> all = new HashSet<>(PLATFORM_FEATURES);
        all.addAll(extraFeatures);
        return new ReaderOptions(conditionals, all);
    }
}
