package dev.mino.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TierNamesTest {

    @Test void theTreeWalkerIsAlwaysThereAndRanksLowest() {
        assertEquals("treewalk", TierNames.onClasspath().getFirst());
    }

    @Test void anUnknownTierIsACommandLineMistake() {
        UsageException e = assertThrows(UsageException.class, () -> TierNames.requireKnown("treewalker"));
        assertTrue(e.getMessage().startsWith("unknown tier: treewalker (available: treewalk"), e.getMessage());
    }

    @Test void noTierMeansTheDefault() {
        assertDoesNotThrow(() -> TierNames.requireKnown(null));
        assertDoesNotThrow(() -> TierNames.requireKnown("treewalk"));
    }
}
