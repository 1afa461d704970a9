package dev.mino.cli;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import java.io.Writer;
import java.nio.file.Path;
import java.util.function.Consumer;

/** The real {@link Evaluator}: a MinoState whose *out* and *err* are the command line's streams. */
final class MinoStateEvaluator implements Evaluator {
    private final MinoState state;

    private MinoStateEvaluator(MinoState state) {
        this.state = state;
    }

    static Evaluator create(MinoOptions options, Writer out, Writer err) {
        MinoState state = Mino.newState(options);
        state.setOut(out);
        state.setErr(err);
        return new MinoStateEvaluator(state);
    }

    @Override public Object eval(String src, String sourceName) {
        return state.eval(src, sourceName);
    }

    /** One state.eval per form, each read in the namespace the previous one left current (as a REPL reads). */
    @Override public void evalEach(String src, String sourceName, Consumer<Object> onValue) {
        for (String form : TopLevelForms.split(src, sourceName)) onValue.accept(state.eval(form, sourceName));
    }

    @Override public Object loadFile(Path file) {
        return state.loadFile(file);
    }

    @Override public String printString(Object value) {
        return state.printString(value);
    }

    @Override public String currentNamespace() {
        return state.currentNamespace();
    }
}
