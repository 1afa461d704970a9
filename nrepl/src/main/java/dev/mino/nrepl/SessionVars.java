package dev.mino.nrepl;

import dev.mino.runtime.core.PushbackLineReader;
import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.ThreadBindings;
import dev.mino.runtime.lang.Var;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dynamic vars each session keeps its own values of, as a Clojure REPL binds them: *out*, *err* and
 * *in* are the session's streams; *1 *2 *3 *e, the printer's settings and the like start from their root
 * values (or the values of the session cloned) and keep what set! gives them. They are pushed as one frame
 * at the bottom of the session's thread, so each eval there sees them and a future started there carries them.
 */
final class SessionVars {
    private static final List<String> STREAMS = List.of("*out*", "*err*", "*in*");
    private static final List<String> KEPT = List.of("*1", "*2", "*3", "*e", "*print-length*", "*print-level*",
            "*print-meta*", "*print-namespace-maps*", "*print-dup*", "*flush-on-newline*", "*warn-on-reflection*",
            "*unchecked-math*", "*assert*", "*math-context*", "*data-readers*", "*read-eval*");

    /** clojure.core's vars of those names, by name. */
    private final Map<String, Var> vars = new HashMap<>();

    SessionVars(MinoState state) {
        List<String> names = new ArrayList<>(STREAMS);
        names.addAll(KEPT);
        List<?> found = (List<?>) state.eval("(clojure.core/mapv clojure.core/resolve '["
                + String.join(" ", names.stream().map(n -> "clojure.core/" + n).toList()) + "])");
        for (int i = 0; i < names.size(); i++) {
            if (!(found.get(i) instanceof Var v && v.isDynamic())) {
                throw new IllegalStateException("clojure.core/" + names.get(i) + " is not a dynamic var in this state");
            }
            vars.put(names.get(i), v);
        }
    }

    Var get(String name) {
        return vars.get(name);
    }

    /** The kept vars' root values: a new session's start. */
    Map<Var, Object> roots() {
        Map<Var, Object> values = new HashMap<>();
        for (String name : KEPT) values.put(vars.get(name), vars.get(name).getRoot());
        return values;
    }

    /** On the session's thread: binds the kept vars to values and the streams to the session's. */
    Bindings push(Map<Var, Object> values, Writer out, Writer err, Reader in) {
        IPersistentMap frame = PersistentArrayMap.EMPTY.assoc(vars.get("*out*"), out).assoc(vars.get("*err*"), err)
                .assoc(vars.get("*in*"), new PushbackLineReader(in));
        for (Map.Entry<Var, Object> e : values.entrySet()) frame = frame.assoc(e.getKey(), e.getValue());
        ThreadBindings.push(frame);
        Map<Var, ThreadBindings.Box> boxes = new HashMap<>();
        for (Var v : values.keySet()) boxes.put(v, ThreadBindings.lookup(v));
        return new Bindings(this, boxes);
    }
}
