package dev.mino.nrepl;

import static dev.mino.nrepl.TestClient.all;
import static dev.mino.nrepl.TestClient.joined;
import static dev.mino.nrepl.TestClient.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as a client sees it: each op over a real socket, with the test's own nREPL client. */
class NreplServerTest {
    private static MinoState state;
    private static NreplServer server;
    private TestClient client;
    private String session;

    @BeforeAll static void startServer() throws Exception {
        state = Mino.newState(MinoOptions.commandLine(null, null));
        server = NreplServer.start(state, 0);
    }

    @AfterAll static void stopServer() {
        server.close();
    }

    @BeforeEach void connect() throws Exception {
        client = TestClient.connect(server.port());
        session = client.cloneSession();
    }

    @AfterEach void disconnect() throws Exception {
        client.close();
    }

    @Test void evalSendsOutputThenEachValueWithTheNamespaceThenDone() throws Exception {
        List<Map<String, Object>> r = client.eval(session, "(println \"hi\") (+ 1 2)");
        assertEquals("hi\n", joined(r, "out"));
        assertEquals(List.of("nil", "3"), all(r, "value"));
        assertEquals(List.of("user", "user"), all(r, "ns"));
        assertEquals(List.of("done"), statuses(r.getLast()));
        assertTrue(r.indexOf(r.stream().filter(m -> m.containsKey("out")).findFirst().orElseThrow())
                < r.indexOf(r.stream().filter(m -> m.containsKey("value")).findFirst().orElseThrow()), "out before the value");
        r.forEach(m -> assertEquals(session, m.get("session")));
    }

    @Test void aFutureStartedInTheSessionPrintsToIt() throws Exception {
        List<Map<String, Object>> r = client.eval(session, "@(future (println \"from a future\") :done)");
        assertEquals("from a future\n", joined(r, "out"));
        assertEquals(List.of(":done"), all(r, "value"));
    }

    @Test void inNsPersistsInTheSession() throws Exception {
        assertEquals(List.of("scratch"), all(client.eval(session, "(in-ns 'scratch)"), "ns"));
        List<Map<String, Object>> r = client.eval(session, "(clojure.core/str clojure.core/*ns*)");
        assertEquals(List.of("\"scratch\""), all(r, "value"));
        assertEquals(List.of("scratch"), all(r, "ns"));
    }

    @Test void theNsFieldSwitchesTheSessionAndAMissingNamespaceIsSaid() throws Exception {
        client.eval(session, "(ns other.place) (def here :there)");
        String fresh = client.cloneSession();
        List<Map<String, Object>> r = client.call(Map.of("op", "eval", "session", fresh, "ns", "other.place", "code", "here"));
        assertEquals(List.of(":there"), all(r, "value"));
        r = client.call(Map.of("op", "eval", "session", fresh, "ns", "no.such.place", "code", "1"));
        assertEquals(List.of("error", "namespace-not-found", "done"), statuses(r.getLast()));
    }

    @Test void anErrorSendsItsReportExAndEvalErrorAndStopsTheEval() throws Exception {
        List<Map<String, Object>> r = client.eval(session, "(def before 1) (/ 1 0) (def after 2)");
        assertTrue(joined(r, "err").contains("Divide by zero"), joined(r, "err"));
        Map<String, Object> error = r.stream().filter(m -> m.containsKey("ex")).findFirst().orElseThrow();
        assertEquals("java.lang.ArithmeticException", error.get("ex"));
        assertEquals("java.lang.ArithmeticException", error.get("root-ex"));
        assertEquals(List.of("eval-error"), statuses(error));
        assertEquals(List.of("done"), statuses(r.getLast()));
        assertEquals(List.of("[1 false]"), all(client.eval(session, "[before (some? (resolve 'after))]"), "value"));
        assertEquals(List.of("\"Divide by zero\""), all(client.eval(session, "(ex-message *e)"), "value"));
    }

    @Test void anUnfinishedFormIsAnError() throws Exception {
        List<Map<String, Object>> r = client.eval(session, "(+ 1");
        assertTrue(joined(r, "err").contains("EOF"), joined(r, "err"));
        assertEquals(List.of("done"), statuses(r.getLast()));
    }

    @Test void positionsCountFromTheGivenLineAndColumn() throws Exception {
        List<Map<String, Object>> r = client.call(Map.of("op", "eval", "session", session, "code", "(/ 1 0)",
                "file", "src/x.clj", "line", 7L, "column", 3L));
        assertTrue(joined(r, "err").startsWith("src/x.clj:7:3: "), joined(r, "err"));
    }

    @Test void valuesAreRememberedAsStar1Star2Star3() throws Exception {
        client.eval(session, "1 2 3");
        assertEquals(List.of("[3 2 1]"), all(client.eval(session, "[*1 *2 *3]"), "value"));
    }

    @Test void loadFileAnswersTheLastValueAndKeepsTheSessionsNamespace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("loaded.clj");
        String content = "(ns loaded.core)\n\n(defn f\n  \"Answers.\"\n  [] 42)\n(f)\n";
        Files.writeString(file, content);
        List<Map<String, Object>> r = client.call(Map.of("op", "load-file", "session", session, "file", content,
                "file-path", file.toString(), "file-name", "loaded.clj"));
        assertEquals(List.of("42"), all(r, "value"));
        assertEquals(List.of("user"), all(r, "ns"), "the value is reported in the namespace the session is left in");
        assertEquals(List.of("user"), all(client.eval(session, "(str *ns*)"), "ns"));
        Map<?, ?> info = (Map<?, ?>) client.call(Map.of("op", "lookup", "session", session, "sym", "loaded.core/f")).getFirst().get("info");
        assertEquals(file.toString(), info.get("file"));
        assertEquals(3L, info.get("line"));
        assertEquals("Answers.", info.get("doc"));
    }

    @Test void completionsComeFromTheNamespacesVarsAliasesAndNamespaces() throws Exception {
        client.eval(session, "(require '[clojure.string :as string]) (def mapping-thing 1)");
        assertTrue(candidates("ma").contains(Map.of("candidate", "map", "ns", "clojure.core", "type", "function")));
        assertTrue(candidates("ma").contains(Map.of("candidate", "mapping-thing", "ns", "user", "type", "var")));
        assertTrue(candidates("whe").contains(Map.of("candidate", "when", "ns", "clojure.core", "type", "macro")));
        assertTrue(candidates("string/jo").contains(Map.of("candidate", "string/join", "ns", "clojure.string", "type", "function")));
        assertTrue(candidates("clojure.str").contains(Map.of("candidate", "clojure.string", "type", "namespace")));
        assertEquals(List.of(), candidates("no-such-prefix-at-all"));
    }

    private List<?> candidates(String prefix) throws Exception {
        return (List<?>) client.call(Map.of("op", "completions", "session", session, "prefix", prefix)).getFirst().get("completions");
    }

    @Test void lookupGivesAVarsMetadata() throws Exception {
        List<Map<String, Object>> r = client.call(Map.of("op", "lookup", "session", session, "sym", "map"));
        Map<?, ?> info = (Map<?, ?>) r.getFirst().get("info");
        assertEquals("clojure.core", info.get("ns"));
        assertEquals("map", info.get("name"));
        assertTrue(((String) info.get("arglists-str")).startsWith("([f]"), String.valueOf(info));
        assertNotNull(info.get("doc"));
        assertTrue(((String) info.get("file")).contains("clojure/core"), String.valueOf(info.get("file")));
        r = client.call(Map.of("op", "lookup", "session", session, "sym", "no-such-var"));
        assertEquals(Map.of(), r.getFirst().get("info"));
        assertEquals(List.of("no-info", "done"), statuses(r.getFirst()));
    }

    @Test void interruptStopsARunawayEvalAndTheSessionGoesOn() throws Exception {
        String evalId = client.send(Map.of("op", "eval", "session", session, "code", "(loop [] (recur))"));
        List<String> answer;
        do {
            answer = statuses(client.call(Map.of("op", "interrupt", "session", session, "interrupt-id", evalId)).getLast());
        } while (answer.contains("session-idle"));
        assertEquals(List.of("done"), answer);
        assertTrue(statuses(client.responses(evalId).getLast()).contains("interrupted"));
        assertEquals(List.of("3"), all(client.eval(session, "(+ 1 2)"), "value"));
        assertEquals(List.of("session-idle", "done"), statuses(client.call(Map.of("op", "interrupt", "session", session)).getLast()));
    }

    @Test void aMismatchedInterruptIdLeavesTheEvalRunning() throws Exception {
        String evalId = client.send(Map.of("op", "eval", "session", session, "code", "(Thread/sleep 300) :slept"));
        List<String> answer = statuses(client.call(Map.of("op", "interrupt", "session", session, "interrupt-id", "nope")).getLast());
        assertTrue(answer.contains("interrupt-id-mismatch") || answer.contains("session-idle"), answer.toString());
        assertEquals(List.of("nil", ":slept"), all(client.responses(evalId), "value"));
    }

    @Test void twoSessionsRunAtOnceEachInItsOwnNamespace() throws Exception {
        String other = client.cloneSession();
        client.eval(session, "(def gate (promise))");
        client.eval(session, "(in-ns 'alpha)");
        client.eval(other, "(in-ns 'beta)");
        // The first waits for the second to open the gate: were sessions run one at a time, it would time out.
        String waiting = client.send(Map.of("op", "eval", "session", session, "code", "(clojure.core/deref user/gate 20000 :timed-out)"));
        client.eval(other, "(clojure.core/deliver user/gate :opened)");
        assertEquals(List.of(":opened"), all(client.responses(waiting), "value"));
        assertEquals(List.of("\"alpha\""), all(client.eval(session, "(clojure.core/str clojure.core/*ns*)"), "value"));
        assertEquals(List.of("\"beta\""), all(client.eval(other, "(clojure.core/str clojure.core/*ns*)"), "value"));
    }

    @Test void setOfADynamicVarStaysInItsSession() throws Exception {
        String other = client.cloneSession();
        client.eval(session, "(set! *print-length* 2)");
        assertEquals(List.of("(0 1 ...)"), all(client.eval(session, "(range 5)"), "value"));
        assertEquals(List.of("(0 1 2 3 4)"), all(client.eval(other, "(range 5)"), "value"));
        String clone = (String) client.call(Map.of("op", "clone", "session", session)).getFirst().get("new-session");
        assertEquals(List.of("(0 1 ...)"), all(client.eval(clone, "(range 5)"), "value"), "a clone copies the vars");
    }

    @Test void printingAnEndlessSeqIsInterruptible() throws Exception {
        String evalId = client.send(Map.of("op", "eval", "session", session, "code", "(range)"));
        List<String> answer;
        do {
            answer = statuses(client.call(Map.of("op", "interrupt", "session", session)).getLast());
        } while (answer.contains("session-idle"));
        assertTrue(statuses(client.responses(evalId).getLast()).contains("interrupted"));
    }

    @Test void stdinFeedsReadLineAfterNeedInput() throws Exception {
        String evalId = client.send(Map.of("op", "eval", "session", session, "code", "(read-line)"));
        assertEquals(List.of("need-input"), statuses(client.next(evalId)));
        assertEquals(List.of("done"), statuses(client.call(Map.of("op", "stdin", "session", session, "stdin", "hello\n")).getLast()));
        assertEquals(List.of("\"hello\""), all(client.responses(evalId), "value"));
    }

    @Test void anEvalWithoutASessionRunsInOneOfItsOwn() throws Exception {
        List<Map<String, Object>> r = client.call(Map.of("op", "eval", "code", "(in-ns 'elsewhere) (clojure.core/str clojure.core/*ns*)"));
        assertEquals("\"elsewhere\"", all(r, "value").getLast());
        assertEquals(List.of("\"user\""), all(client.call(Map.of("op", "eval", "code", "(str *ns*)")), "value"));
        r.forEach(m -> assertFalse(m.containsKey("session"), "a session made for one message is nobody's to name"));
    }

    @Test void sessionsAreListedUntilClosed() throws Exception {
        String other = client.cloneSession();
        assertTrue(sessions().containsAll(List.of(session, other)));
        assertEquals(List.of("session-closed", "done"), statuses(client.call(Map.of("op", "close", "session", other)).getLast()));
        assertFalse(sessions().contains(other));
        assertEquals(List.of("error", "unknown-session", "done"), statuses(client.eval(other, "1").getLast()));
    }

    private List<?> sessions() throws Exception {
        return (List<?>) client.call(Map.of("op", "ls-sessions")).getFirst().get("sessions");
    }

    @Test void describeListsTheOpsAndVersions() throws Exception {
        Map<String, Object> d = client.call(Map.of("op", "describe", "session", session)).getFirst();
        assertEquals(List.of("clone", "close", "completions", "describe", "eval", "interrupt", "load-file", "lookup", "ls-sessions", "stdin"),
                List.copyOf(((Map<?, ?>) d.get("ops")).keySet().stream().map(String::valueOf).sorted().toList()));
        Map<?, ?> versions = (Map<?, ?>) d.get("versions");
        assertTrue(versions.keySet().containsAll(List.of("mino", "clojure", "java", "nrepl")), versions.toString());
        assertEquals("1.12.0", ((Map<?, ?>) versions.get("clojure")).get("version-string"));
        assertEquals(Map.of("current-ns", "user"), d.get("aux"));
    }

    @Test void anUnknownOpIsSaidSo() throws Exception {
        Map<String, Object> r = client.call(Map.of("op", "frobnicate", "session", session)).getFirst();
        assertEquals(List.of("error", "unknown-op", "done"), statuses(r));
        assertEquals("frobnicate", r.get("op"));
    }

    @Test void aMissingFieldIsAnErrorNotAFailure() throws Exception {
        List<Map<String, Object>> r = client.call(Map.of("op", "eval", "session", session));
        assertTrue(joined(r, "err").contains("eval needs code"));
        assertTrue(statuses(r.getLast()).containsAll(List.of("error", "done")));
        assertEquals(List.of("3"), all(client.eval(session, "(+ 1 2)"), "value"));
    }
}
