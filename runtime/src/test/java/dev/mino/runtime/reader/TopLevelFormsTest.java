package dev.mino.runtime.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Splitting input into forms, with the real reader; every piece keeps its position in the whole input. */
class TopLevelFormsTest {

    @Test void eachFormIsPaddedToWhereItStood() {
        assertEquals(List.of("1", "  (+ 1 2)", " ".repeat(9) + "\n  [3]"), TopLevelForms.split("1 (+ 1 2)\n  [3]", "f"));
    }

    @Test void blankAndCommentOnlyInputHasNoForms() {
        assertEquals(List.of(), TopLevelForms.split("", "f"));
        assertEquals(List.of(), TopLevelForms.split("  ; just a comment\n\n", "f"));
        assertEquals(List.of("1"), TopLevelForms.split("1 ; and a comment", "f"));
    }

    @Test void crLfCountsAsOneLineBreak() {
        assertEquals(List.of("1", " \r\n(2)"), TopLevelForms.split("1\r\n(2)", "f"));
        assertEquals(List.of("(a\r\nb)", "\n  \r\n c"), TopLevelForms.split("(a\r\nb)\r\n c", "f"));
    }

    @Test void inputEndingInsideAFormIsIncompleteEvenAfterFinishedForms() {
        assertTrue(assertThrows(ReaderException.class, () -> TopLevelForms.split("1 (2\n[3", "f")).incomplete());
        assertTrue(assertThrows(ReaderException.class, () -> TopLevelForms.split("\"unterminated", "f")).incomplete());
    }

    @Test void aSyntaxErrorLeavesTheRestToTheState() {
        assertEquals(List.of("1", "  ) 2"), TopLevelForms.split("1 ) 2", "f"));
    }
}
