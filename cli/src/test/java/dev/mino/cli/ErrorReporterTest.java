package dev.mino.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ErrorReporterTest {
    private final StringWriter err = new StringWriter();

    @Test void normallyOneLineAndNoTraces() {
        reporter(false, t -> { throw new AssertionError("frames are not asked for"); }).report(new IllegalStateException("x:1:2: boom"));
        assertEquals("x:1:2: boom\n", err.toString());
    }

    @Test void debuggingAddsTheMinoFramesThenTheJavaTrace() {
        reporter(true, t -> "  at user/inner (x:1:2)\n  at user/outer (x:2:2)\n").report(new IllegalStateException("x:1:2: boom"));
        String report = err.toString();
        assertTrue(report.startsWith("""
                x:1:2: boom
                mino stack trace (innermost first):
                  at user/inner (x:1:2)
                  at user/outer (x:2:2)
                java.lang.IllegalStateException: x:1:2: boom
                """), report);
    }

    @Test void withoutMinoFramesOnlyTheJavaTrace() {
        reporter(true, t -> "").report(new IllegalStateException("x:1:2: boom"));
        assertTrue(err.toString().startsWith("x:1:2: boom\njava.lang.IllegalStateException: x:1:2: boom\n"), err.toString());
    }

    private ErrorReporter reporter(boolean debug, java.util.function.Function<Throwable, String> frames) {
        return new ErrorReporter(new PrintWriter(err, true), Throwable::getMessage, debug, frames);
    }
}
