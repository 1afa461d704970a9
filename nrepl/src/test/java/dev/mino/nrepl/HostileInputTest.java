package dev.mino.nrepl;

import static dev.mino.nrepl.TestClient.all;
import static dev.mino.nrepl.TestClient.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** What a client may send or do that it should not: the server answers or hangs up, and serves the others on. */
class HostileInputTest {
    private static NreplServer server;

    @BeforeAll static void startServer() throws Exception {
        server = NreplServer.start(Mino.newState(MinoOptions.commandLine(null, null)), 0);
    }

    @AfterAll static void stopServer() {
        server.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "x",                                  // not bencode at all
            "d2:op4:evalx",                       // a dictionary gone wrong
            "di1e1:xe",                           // a key that is not a string
            "d4:code99999999999:",                // a string longer than a message may be (not allocated)
            "d4:code17000000:",                   // 17 MB: just past the 16 MiB cap
            "i99999999999999999999999e",          // an integer past a long
            "d2:opl1:xe:",                        // a string without its length
    })
    void malformedInputIsAnsweredAndTheConnectionEnds(String bytes) throws Exception {
        try (Socket raw = new Socket(NreplServer.HOST, server.port())) {
            raw.getOutputStream().write(bytes.getBytes(StandardCharsets.US_ASCII));
            raw.getOutputStream().flush();
            String answer = readToEnd(raw.getInputStream());
            assertTrue(answer.contains("malformed-message"), answer);
        }
        assertServes();
    }

    @Test void nestingPastTheLimitIsRefusedWithoutExhaustingTheStack() throws Exception {
        try (Socket raw = new Socket(NreplServer.HOST, server.port())) {
            raw.getOutputStream().write("l".repeat(100_000).getBytes(StandardCharsets.US_ASCII));
            assertTrue(readToEnd(raw.getInputStream()).contains("malformed-message"));
        }
        assertServes();
    }

    @Test void aMessageThatIsNotADictionaryIsAnsweredAndTheConnectionGoesOn() throws Exception {
        try (Socket raw = new Socket(NreplServer.HOST, server.port())) {
            OutputStream out = raw.getOutputStream();
            out.write("i42e".getBytes(StandardCharsets.US_ASCII));
            out.write(TestClient.encode(Map.of("op", "eval", "code", "(+ 1 2)", "id", "after")));
            out.flush();
            String answer = readUntil(raw.getInputStream(), "5:value1:3");
            assertTrue(answer.contains("malformed-message"), answer);
        }
    }

    @Test void aClientLeavingMidEvalStopsItsEvalAndOthersAreServed() throws Exception {
        String left;
        try (TestClient leaving = TestClient.connect(server.port())) {
            left = leaving.cloneSession();
            leaving.send(Map.of("op", "eval", "session", left, "code", "(loop [] (recur))"));
            Thread.sleep(100);
        }
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (sessionThreadAlive(left) && System.nanoTime() < deadline) Thread.sleep(20);
        assertFalse(sessionThreadAlive(left), "the runaway eval was stopped and its session closed");
        try (TestClient other = TestClient.connect(server.port())) {
            assertFalse(((List<?>) other.call(Map.of("op", "ls-sessions")).getFirst().get("sessions")).contains(left));
        }
        assertServes();
    }

    @Test void aClientLeavingMidMessageIsNoMatter() throws Exception {
        try (Socket raw = new Socket(NreplServer.HOST, server.port())) {
            raw.getOutputStream().write("d4:code5:(+ 1".getBytes(StandardCharsets.US_ASCII));
        }
        assertServes();
    }

    @Test void aClientThatNeverReadsDoesNotStopOthers() throws Exception {
        try (Socket deaf = new Socket(NreplServer.HOST, server.port())) {
            // Megabytes of output to a client that reads none of it: its eval blocks once the socket is full.
            deaf.getOutputStream().write(TestClient.encode(Map.of("op", "eval", "id", "1",
                    "code", "(dotimes [i 20000] (println (apply str (repeat 200 \"x\"))))")));
            deaf.getOutputStream().flush();
            Thread.sleep(200);
            assertServes();
        }
        assertServes();
    }

    private static boolean sessionThreadAlive(String id) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("nrepl-session-" + id));
    }

    private static void assertServes() throws Exception {
        try (TestClient client = TestClient.connect(server.port())) {
            String s = client.cloneSession();
            List<Map<String, Object>> r = client.eval(s, "(+ 1 2)");
            assertEquals(List.of("3"), all(r, "value"));
            assertEquals(List.of("done"), statuses(r.getLast()));
        }
    }

    /** What the server sent up to (and with) needle; fails if it hangs up first. */
    private static String readUntil(InputStream in, String needle) throws Exception {
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        while (!seen.toString(StandardCharsets.UTF_8).contains(needle)) {
            int b = in.read();
            if (b == -1) throw new AssertionError("the server hung up before " + needle + ": " + seen);
            seen.write(b);
        }
        return seen.toString(StandardCharsets.UTF_8);
    }

    private static String readToEnd(InputStream in) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }
}
