package dev.mino.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.nrepl.NreplServer;
import dev.mino.runtime.embed.MinoOptions;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** mino nrepl's server: the command line's state, served on loopback (the protocol is the nrepl module's to test). */
class NreplCliTest {
    @Test void theStateIsServedOverNrepl() throws Exception {
        Evaluator evaluator = MinoStateEvaluator.create(MinoOptions.commandLine(null, null), new StringWriter(), new StringWriter());
        evaluator.eval("(def served :yes)", "setup.clj");
        try (NreplServer server = evaluator.serveNrepl(0); Socket client = new Socket(NreplServer.HOST, server.port())) {
            client.getOutputStream().write("d4:code6:served2:id1:12:op4:evale".getBytes(StandardCharsets.US_ASCII));
            ByteArrayOutputStream seen = new ByteArrayOutputStream();
            while (!seen.toString(StandardCharsets.UTF_8).contains("4:done")) seen.write(client.getInputStream().read());
            assertTrue(seen.toString(StandardCharsets.UTF_8).contains("5:value4::yes"), seen.toString(StandardCharsets.UTF_8));
        }
    }
}
