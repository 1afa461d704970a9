package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoState;
import java.io.StringWriter;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** One state used from two threads, and its output as an embedder sees it. */
class StateThreadsTest {
    @Test
    void twoThreadsNeverSeeEachOthersInNs() throws Exception {
        MinoState s = Mino.newState();
        s.eval("(ns tenant.a)");
        assertEquals("tenant.a", s.currentNamespace());
        String other = CompletableFuture.supplyAsync(() -> {
            String before = s.currentNamespace();
            s.eval("(ns tenant.b)");
            return before + " " + s.currentNamespace();
        }).get();
        assertEquals("user tenant.b", other, "a new thread starts in user");
        assertEquals("tenant.a", s.currentNamespace(), "this thread's in-ns is its own");
        assertEquals("tenant.a", s.eval("(str *ns*)"));
    }

    @Test
    void outputIsFlushedAfterEachEval() {
        MinoState s = Mino.newState();
        StringWriter sink = new StringWriter();
        java.io.BufferedWriter buffered = new java.io.BufferedWriter(sink, 1 << 16);
        s.setOut(buffered);
        s.eval("(print \"partial line\")");
        assertEquals("partial line", sink.toString());
    }
}
