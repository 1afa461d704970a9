package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class OutputDiffTest {

    @Test void equalTextsHaveNoDiff() {
        assertNull(OutputDiff.excerpt("a", "x\ny\n", "b", "x\ny\n"));
    }

    @Test void showsContextThenTheDifferingLinesOfEachSide() {
        String a = "1\n2\n3\n4\n5\nold\n7\n8\n";
        String b = "1\n2\n3\n4\n5\nnew\nextra\n7\n8\n";
        assertEquals("""
                --- treewalk
                +++ bytecode
                @@ first difference at line 6 @@
                 3
                 4
                 5
                -old
                +new
                +extra
                """, OutputDiff.excerpt("treewalk", a, "bytecode", b));
    }

    @Test void aMissingEndIsAllMinus() {
        assertEquals("""
                --- a
                +++ b
                @@ first difference at line 2 @@
                 x
                -y
                """, OutputDiff.excerpt("a", "x\ny", "b", "x\n"));
    }

    @Test void longRunsOfChangedLinesAreCut() {
        String diff = OutputDiff.excerpt("a", "x\n", "b", "y\n".repeat(20));
        assertEquals(true, diff.endsWith("+y\n+... 8 more lines\n"), diff);
    }

    @Test void lineEndingsAloneAreSaidToBeTheDifference() {
        String diff = OutputDiff.excerpt("a", "x\ny\n", "b", "x\r\ny\r\n");
        assertEquals(true, diff.endsWith("(the texts differ only in line endings)\n"), diff);
    }
}
