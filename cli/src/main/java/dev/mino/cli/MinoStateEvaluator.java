package dev.mino.cli;

import dev.mino.runtime.core.Builtin;
import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.metrics.JitStats;
import dev.mino.metrics.MinoMetrics;
import dev.mino.nrepl.NreplServer;
import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.reader.ReaderException;
import dev.mino.runtime.reader.TopLevelForms;
import dev.mino.tiers.TierDiagnostics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The real {@link Evaluator}: a MinoState whose *out* and *err* are the command line's streams. With the
 * bytecode tier present, the state also has {@code (mino.repl/disasm f)}, which prints f's bytecode.
 */
final class MinoStateEvaluator implements Evaluator {
    static final String DISASM_FN = "mino.repl/disasm";

    private final MinoState state;
    private final Optional<TierDiagnostics> diagnostics;

    /** MINO_CPJIT_STATS's dashboard, or null when stats are off. */
    private final JitStats stats;
    private final PrintWriter err;
    private MetricsServer metrics;

    private MinoStateEvaluator(MinoState state, Optional<TierDiagnostics> diagnostics, Writer err) {
        this.state = state;
        this.diagnostics = diagnostics;
        this.err = err instanceof PrintWriter p ? p : new PrintWriter(err, true);
        this.stats = JitStats.attach(System.getenv("MINO_CPJIT_STATS"), state, null);
    }

    static Evaluator create(MinoOptions options, Writer out, Writer err) {
        TierNames.requireKnown(options.tier());
        MinoState state = Mino.newState(options);
        state.setOut(out);
        state.setErr(err);
        Optional<TierDiagnostics> diagnostics = TierDiagnostics.find();
        diagnostics.ifPresent(d -> state.define(DISASM_FN, disasmFn(state, d)));
        return new MinoStateEvaluator(state, diagnostics, err);
    }

    /** (disasm f): prints to *out* (as it is bound when called), returns nil, so the REPL shows the text as is. */
    private static Builtin disasmFn(MinoState state, TierDiagnostics diagnostics) {
        return new Builtin("disasm").a1(fn -> {
            Writer out = (Writer) state.getVar("clojure.core/*out*");
            try {
                out.write(diagnostics.disassemble(fn));
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    @Override public String disassembleFile(Path file) {
        return diagnostics
                .orElseThrow(() -> new UsageException("--disasm needs the bytecode tier (tier-bytecode), which is not on the classpath"))
                .disassembleFile(state, file);
    }

    @Override public Object eval(String src, String sourceName) {
        return state.eval(src, sourceName);
    }

    /** One state.eval per form, each read in the namespace the previous one left current (as a REPL reads). */
    @Override public void evalEach(String src, String sourceName, Consumer<Object> onValue) {
        for (String form : forms(src, sourceName)) onValue.accept(state.eval(form, sourceName));
    }

    private static java.util.List<String> forms(String src, String sourceName) {
        try {
            return TopLevelForms.split(src, sourceName);
        } catch (ReaderException e) {
            if (e.incomplete()) throw new IncompleteInputException(e);
            throw e;
        }
    }

    /** The arguments as a list of the strings, as Clojure's is a seq of them; nil when there are none. */
    @Override public void setProgramVars(List<String> args) {
        state.setVar("clojure.core/*command-line-args*", args.isEmpty() ? null : Seqs.list(args.toArray()));
        state.setVar("clojure.core/*print-namespace-maps*", true);
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

    @Override public Session openSession() {
        return StateSession.open(state);
    }

    @Override public dev.mino.runtime.embed.JitCapability jitCapability() {
        return state.jitCapability();
    }

    @Override public int serveMetrics(int port) {
        if (metrics == null) {
            var registry = MetricsServer.registry();
            MinoMetrics.bind(state, registry);
            metrics = MetricsServer.start(registry, port);
        }
        return metrics.port();
    }

    @Override public NreplServer serveNrepl(int port) {
        try {
            return NreplServer.start(state, port);
        } catch (IOException e) {
            throw new UsageException("nrepl: cannot listen on " + NreplServer.HOST + ":" + port + " (" + e.getMessage() + ")");
        }
    }

    @Override public void finish() {
        if (stats != null) stats.printDashboard(err);
    }
}
