package dev.mino.nrepl;

import dev.mino.runtime.embed.MinoState;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/** describe, completions and lookup: what an editor asks about the server and the state's vars. */
final class ToolOps {
    /** The nREPL release whose ops and messages this server follows (clients check it, as CIDER does). */
    private static final Map<String, Object> NREPL_VERSION =
            Map.of("major", 1L, "minor", 3L, "incremental", 0L, "version-string", "1.3.0");

    private final Tools tools;
    private final Map<String, String> opDocs;

    ToolOps(MinoState state, Map<String, String> opDocs) {
        this.tools = new Tools(state);
        this.opDocs = opDocs;
    }

    void describe(Request r) {
        boolean verbose = r.message().get("verbose?") != null;
        Map<String, Object> ops = new LinkedHashMap<>();
        opDocs.forEach((op, doc) -> ops.put(op, verbose ? Map.of("doc", doc) : Map.of()));
        Map<String, Object> versions = new LinkedHashMap<>();
        versions.put("mino", Map.of("version-string", minoVersion()));
        versions.put("clojure", tools.clojureVersion());
        versions.put("java", Map.of("major", (long) Runtime.version().feature(), "version-string", Runtime.version().toString()));
        versions.put("nrepl", NREPL_VERSION);
        r.reply().done(Map.of("ops", ops, "versions", versions, "aux", Map.of("current-ns", namespace(r))));
    }

    void completions(Request r) {
        r.reply().done(Map.of("completions", tools.completions(r.text("prefix"), namespace(r))));
    }

    /** The symbol is "sym" (older clients send "symbol"); no info is an empty "info" and the status no-info. */
    void lookup(Request r) {
        String sym = r.text("sym", null);
        Map<String, Object> info = tools.lookup(sym != null ? sym : r.text("symbol"), namespace(r));
        r.reply().done(Map.of("info", info), info.isEmpty() ? new String[] {"no-info"} : new String[0]);
    }

    /** The request's "ns", else its session's namespace, else user. */
    private static String namespace(Request r) {
        return r.text("ns", r.session() != null ? r.session().namespace() : "user");
    }

    private static String minoVersion() {
        try (InputStream in = ToolOps.class.getResourceAsStream("version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
