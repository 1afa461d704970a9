package dev.mino.cli;

import dev.mino.tiers.Tier;
import dev.mino.tiers.TieredEngine;
import java.util.Comparator;
import java.util.List;

/** The execution tiers on the classpath, by name. */
final class TierNames {
    private TierNames() {}

    /** Names of the tiers ServiceLoader finds, lowest rank first. */
    static List<String> onClasspath() {
        return TieredEngine.discover().stream().sorted(Comparator.comparingInt(Tier::rank)).map(Tier::name).toList();
    }

    /**
     * Fails with a usage message when the named tier (from --tier or MINO_TIER) is not on the classpath, so
     * that a typo reads as a command-line mistake rather than an internal error. Null means the default.
     */
    static void requireKnown(String tier) {
        if (tier == null || tier.isBlank()) return;
        List<String> names = onClasspath();
        if (!names.contains(tier)) {
            throw new UsageException("unknown tier: " + tier + " (available: " + String.join(", ", names) + ")");
        }
    }
}
