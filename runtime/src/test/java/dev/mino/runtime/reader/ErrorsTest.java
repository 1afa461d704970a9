package dev.mino.runtime.reader;

import static dev.mino.runtime.reader.ReaderTesting.error;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.SourcePosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Messages, positions (file:line:column) and incomplete() of reader errors. In the sources, \n (backslash n) is a newline. */
class ErrorsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', value = {
        "(1 2|EOF while reading, starting at line 1|1:1",
        "[1 2|EOF while reading, starting at line 1|1:1",
        "{1 2|EOF while reading, starting at line 1|1:1",
        "#{1 2|EOF while reading, starting at line 1|1:1",
        "x\\n\\n  (a\\n (b|EOF while reading, starting at line 4|4:2",
        "\"abc|EOF while reading string|1:1",
        "\"\\|EOF while reading string|1:1",
        "(a \"b|EOF while reading string|1:4",
        "#\"abc|EOF while reading regex|1:1",
        "#\"\\|EOF while reading regex|1:1",
        "\\|EOF while reading character|1:1",
        "#|EOF while reading character|1:1",
        "~|EOF while reading character|1:1",
        "'|EOF while reading|1:1",
        "@|EOF while reading|1:1",
        "^|EOF while reading|1:1",
        "^:a|EOF while reading|1:1",
        "#_|EOF while reading|1:1",
        "`|EOF while reading|1:1",
        "~@|EOF while reading|1:1",
        "#'|EOF while reading|1:1",
        "#(|EOF while reading, starting at line 1|1:2",
        "#?|EOF while reading character|1:1",
        "#?(|EOF while reading, starting at line 1|1:3",
        "#?(:clj|EOF while reading, starting at line 1|1:3",
        "#:|EOF while reading|1:1",
        "#:a{|EOF while reading, starting at line 1|1:4",
        "##|EOF while reading|1:1",
        "#foo|EOF while reading|1:1",
        "(a '|EOF while reading|1:4",
        "[1 ; comment|EOF while reading, starting at line 1|1:1"})
    void incompleteInput(String source, String message, String position) {
        ReaderException e = error(source.replace("\\n", "\n"));
        assertEquals(message, e.getMessage());
        assertEquals("test.clj:" + position, e.position().toString());
        assertTrue(e.incomplete(), "incomplete");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '§', value = {
        ")|Unmatched delimiter: )|1:1",
        "]|Unmatched delimiter: ]|1:1",
        "}|Unmatched delimiter: }|1:1",
        "(1 2]|Unmatched delimiter: ]|1:5",
        "(1\\n  [2})|Unmatched delimiter: }|2:5",
        "#)|Unmatched delimiter: )|1:2",
        "{1}|Map literal must contain an even number of forms|1:1",
        "\\n  {:a 1 :a 2}|Duplicate key: :a|2:3",
        "(a 1.2.3)|Invalid number: 1.2.3|1:4",
        "[\\foo]|Unsupported character: \\foo|1:2",
        "(x :)|Invalid token: :|1:4",
        "(x ::bad/a)|Invalid token: ::bad/a|1:4",
        "\"ab\\qc\"|Unsupported escape character: \\q|1:4",
        "(f ^1 x)|Metadata must be Symbol,Keyword,String,Vector or Map|1:4",
        "(f #foo 1)|No reader function for tag foo|1:4",
        "#(#(a))|Nested #()s are not allowed|1:3"})
    void errorsAndTheirPositions(String source, String message, String position) {
        ReaderException e = error(source.replace("\\n", "\n"));
        assertEquals(message, e.getMessage());
        assertEquals("test.clj:" + position, e.position().toString());
        assertFalse(e.incomplete(), "complete");
    }

    @Test void isAMinoExceptionWithItsPosition() {
        ReaderException e = error("(1 2");
        MinoException asMino = e;
        assertEquals(new SourcePosition("test.clj", 1, 1), SourcePosition.of(asMino));
    }

    @Test void readReturnsEofAndThenKeepsReturningIt() {
        LispReader reader = new LispReader("1 ; done\n", "t", ReaderContext.STANDALONE);
        assertEquals(1L, reader.read());
        assertSame(LispReader.EOF, reader.read());
        assertSame(LispReader.EOF, reader.read());
        assertSame(LispReader.EOF, new LispReader("", "t", ReaderContext.STANDALONE).read());
    }

    @Test void readingContinuesAfterAnUnmatchedDelimiter() {
        LispReader reader = new LispReader(") 1", "t", ReaderContext.STANDALONE);
        assertThrows(ReaderException.class, reader::read);
        assertEquals(1L, reader.read());
    }

    @Test void lineAndColumnOfTheNextCharacter() {
        LispReader reader = new LispReader("(a)\n  b", "t", ReaderContext.STANDALONE);
        reader.read();
        assertEquals(1, reader.line());
        assertEquals(4, reader.column());
        reader.read();
        assertEquals(2, reader.line());
        assertEquals(4, reader.column());
    }

    @Test void nestingBeyondTheLimitIsAnErrorAtTheBracketThatWentTooDeep() throws Exception {
        int n = LispReader.MAX_DEPTH;
        // mino's own threads have a 16 MB stack; the limit is well within it
        Object fits = onStack(16 << 20, () -> ReaderTesting.read("#{".repeat(n / 2) + "}".repeat(n / 2)));
        assertTrue(fits instanceof java.util.Set, String.valueOf(fits).substring(0, 10));
        Object e = onStack(16 << 20, () -> error("\n " + "'[".repeat(n / 2) + "(" + "]".repeat(n / 2)));
        ReaderException tooDeep = (ReaderException) e;
        assertEquals("Form nested too deeply (more than " + n + " levels)", tooDeep.getMessage());
        assertEquals("test.clj:2:" + (n + 2), tooDeep.position().toString());
        assertFalse(tooDeep.incomplete(), "complete");
    }

    /** An embedder's thread may have a small stack: it overflows before the limit, still a ReaderException. */
    @Test void deepNestingOnASmallThreadStack() throws Exception {
        Object e = onStack(512 << 10, () -> error("[".repeat(100_000)));
        ReaderException tooDeep = (ReaderException) e;
        assertTrue(tooDeep.getMessage().matches("Form nested too deeply \\(more than \\d+ levels\\)"), tooDeep.getMessage());
        int levels = Integer.parseInt(tooDeep.getMessage().replaceAll("\\D", ""));
        assertTrue(levels > 100 && levels < LispReader.MAX_DEPTH, tooDeep.getMessage());
        assertEquals("test.clj:1:" + (levels + 1), tooDeep.position().toString());
    }

    /** What body returns, or throws, run on a new thread with the given stack size. */
    private static Object onStack(long stackBytes, java.util.function.Supplier<Object> body) throws Exception {
        Object[] out = new Object[1];
        Thread t = new Thread(null, () -> {
            try {
                out[0] = body.get();
            } catch (Throwable x) {
                out[0] = x;
            }
        }, "stack-" + stackBytes, stackBytes);
        t.start();
        t.join();
        return out[0];
    }
}
