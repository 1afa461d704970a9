package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mino.runtime.embed.MinoOptions;
import dev.mino.tiers.Tier;
import dev.mino.tiers.TieredEngine;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The whole .clj suite in one state, once with every fn compiled by the tree-walker (the reference
 * semantics), once by the bytecode tier with the JIT off, and once with the JIT on (every method compiled
 * to native code at its first call): all must pass, and what the runs print — the suite's own output
 * included — must be byte-identical. Each configuration's run happens once and is shared by the tests.
 *
 * <p>Until the bytecode tier is on the classpath its tests are skipped (an assumption, not a failure).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TierParityTest {
    private static final String REFERENCE = "treewalk";
    private static final String BYTECODE = "bytecode";
    /** The bytecode tier with the JIT on. */
    private static final String JIT = "jit";
    private static final int MIN_ASSERTIONS = 400;

    /** The whole suite takes seconds; this is many times that, on a busy 2-core machine. */
    private static final Duration TIME_LIMIT = Duration.ofMinutes(5);

    private final Map<String, SuiteRun> runs = new HashMap<>();
    /** A run that failed is not repeated (a hang would cost its time limit twice): its error is rethrown. */
    private final Map<String, Throwable> failedRuns = new HashMap<>();

    @Test void wholeSuitePassesInOneStateOnTheTreeWalker() throws IOException {
        assertPasses(REFERENCE);
    }

    @Test void wholeSuitePassesInOneStateOnTheBytecodeTier() throws IOException {
        assumeTierPresent(BYTECODE);
        assertPasses(BYTECODE);
    }

    @Test void wholeSuitePassesInOneStateWithTheJitOn() throws IOException {
        assumeTierPresent("cpjit");
        assertPasses(JIT);
    }

    @Test void bothTiersPrintTheSameBytes() throws IOException {
        assumeTierPresent(BYTECODE);
        assertSameOutput(BYTECODE);
    }

    @Test void theJitPrintsTheSameBytes() throws IOException {
        assumeTierPresent("cpjit");
        assertSameOutput(JIT);
    }

    private void assertSameOutput(String config) throws IOException {
        String reference = run(REFERENCE).output();
        String other = run(config).output();
        String diff = OutputDiff.excerpt(REFERENCE, reference, config, other);
        if (diff != null) fail("the suite's output on " + config + " differs from " + REFERENCE + ":\n" + diff);
    }

    private void assertPasses(String tier) throws IOException {
        SuiteRun run = run(tier);
        SuiteRun.Summary s = run.summary();
        if (s.fail() + s.error() > 0) System.out.print(run.output());
        assertEquals(0, s.fail(), tier + ": failures");
        assertEquals(0, s.error(), tier + ": errors");
        assertTrue(s.assertions() >= MIN_ASSERTIONS,
                tier + ": expected at least " + MIN_ASSERTIONS + " assertions, ran " + s.assertions());
    }

    private SuiteRun run(String tier) throws IOException {
        SuiteRun run = runs.get(tier);
        if (run != null) return run;
        rethrowIfFailed(failedRuns.get(tier));
        try {
            MinoOptions options = tier.equals(JIT) ? MinoOptions.defaults().withTier(BYTECODE).withJit("on")
                    : MinoOptions.defaults().withTier(tier).withJit("off");
            run = SuiteRun.withinTimeLimit(TIME_LIMIT, options, SuiteRun.suiteFiles(), "the whole suite on " + tier);
        } catch (RuntimeException | Error e) {
            failedRuns.put(tier, e);
            throw e;
        }
        runs.put(tier, run);
        return run;
    }

    private static void rethrowIfFailed(Throwable failure) {
        if (failure instanceof RuntimeException e) throw e;
        if (failure instanceof Error e) throw e;
    }

    private static void assumeTierPresent(String name) {
        // The tiers are this module's dependencies: a missing one is a broken build, not a reason to skip.
        assertTrue(TieredEngine.discover().stream().map(Tier::name).anyMatch(name::equals),
                "the " + name + " tier is not on the classpath (no Tier named \"" + name
                        + "\" registered with ServiceLoader): tier parity cannot be checked");
    }
}
