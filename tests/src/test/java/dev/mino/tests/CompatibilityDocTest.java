package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/compatibility.md must tell the truth: every public var of Clojure 1.12's namespaces
 * (docs/reference/clojure-1.12-surface.edn) is either present in mino or listed under "## Absent", and
 * nothing listed as absent is actually present.
 */
class CompatibilityDocTest {
    private static final Path ROOT = Path.of("..");

    @Test
    void everyClojureVarIsPresentOrListedAsAbsent() throws Exception {
        Map<String, Set<String>> absent = absentSection(Files.readString(ROOT.resolve("docs/compatibility.md")));
        MinoState mino = Mino.newState();
        mino.define("user/surface-src", Files.readString(ROOT.resolve("docs/reference/clojure-1.12-surface.edn")));
        Object rows = mino.eval("""
            (let [surface (read-string surface-src)]
              (vec (for [[ns vars] (:namespaces surface)
                         :let [loaded (try (require ns) true (catch Throwable _ (some? (find-ns ns))))]
                         sym (keys vars)]
                     [(str ns) (str sym) (boolean (and loaded (find-ns ns) (ns-resolve (find-ns ns) sym)))])))""");
        List<String> problems = new ArrayList<>();
        for (Object row : (Iterable<?>) rows) {
            List<?> r = (List<?>) row;
            String ns = (String) r.get(0);
            String name = (String) r.get(1);
            boolean present = (Boolean) r.get(2);
            boolean listed = absent.getOrDefault(ns, Set.of()).contains(name);
            if (!present && !listed) problems.add("missing and not listed as absent: " + ns + "/" + name);
            if (present && listed) problems.add("listed as absent but present: " + ns + "/" + name);
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems));
    }

    /** Backticked names under "## Absent", grouped by their "### namespace" heading. */
    static Map<String, Set<String>> absentSection(String doc) {
        Map<String, Set<String>> out = new TreeMap<>();
        int start = doc.indexOf("\n## Absent");
        if (start < 0) return out;
        int end = doc.indexOf("\n## ", start + 1);
        String section = end < 0 ? doc.substring(start) : doc.substring(start, end);
        String ns = null;
        Pattern name = Pattern.compile("`([^`]+)`");
        for (String line : section.split("\n")) {
            if (line.startsWith("### ")) {
                ns = line.substring(4).trim();
                out.putIfAbsent(ns, new TreeSet<>());
            } else if (ns != null && line.startsWith("- ")) {
                int dash = line.indexOf(" — ");
                Matcher m = name.matcher(dash < 0 ? line : line.substring(0, dash));
                while (m.find()) out.get(ns).add(m.group(1));
            }
        }
        return out;
    }
}
