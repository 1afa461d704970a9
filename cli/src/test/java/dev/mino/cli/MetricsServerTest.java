package dev.mino.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.MinoOptions;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** --metrics-port: the JIT's meters scraped over HTTP on loopback, in Prometheus' text format. */
class MetricsServerTest {
    @Test
    void theJitsMetersAreScrapedOverHttp() throws Exception {
        Evaluator evaluator = MinoStateEvaluator.create(MinoOptions.defaults().withJit("on"), new StringWriter(), new StringWriter());
        int port = evaluator.serveMetrics(0);
        evaluator.eval("(defn fib [n] (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))) (fib 15)", "metrics.clj");
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
        String body = response.body();
        Matcher ok = Pattern.compile("(?m)^mino_jit_compilations_total\\{result=\"ok\"} (\\S+)$").matcher(body);
        assertTrue(ok.find(), body);
        assertTrue(Double.parseDouble(ok.group(1)) >= 1, "fib was compiled: " + ok.group());
        assertTrue(body.contains("# TYPE mino_jit_code_bytes gauge"), body);
        assertTrue(body.contains("mino_jit_compile_time_seconds_count"), body);
        assertTrue(body.contains("mino_jit_native_entries_total"), body);
    }
}
