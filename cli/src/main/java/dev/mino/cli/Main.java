package dev.mino.cli;

import dev.mino.nrepl.NreplServer;
import dev.mino.nrepl.PortFile;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import dev.mino.tiers.TierDiagnostics;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import java.util.function.Supplier;

/** The {@code mino} command: parses the command line, makes the state, and hands over to the action. */
public final class Main {
    static final String EVAL_SOURCE_NAME = "NO_SOURCE_FILE";
    static final String STDIN_SOURCE_NAME = "<stdin>";

    private final InputStream in;
    private final PrintWriter out;
    private final PrintWriter err;
    private final Evaluator.Factory evaluators;
    private final Supplier<LineSource> replInput;
    private final ErrorReporter errors;

    Main(InputStream in, PrintWriter out, PrintWriter err, Evaluator.Factory evaluators,
            Supplier<LineSource> replInput, ErrorReporter errors) {
        this.in = in;
        this.out = out;
        this.err = err;
        this.evaluators = evaluators;
        this.replInput = replInput;
        this.errors = errors;
    }

    public static void main(String[] args) {
        PrintWriter out = utf8Writer(FileDescriptor.out);
        PrintWriter err = utf8Writer(FileDescriptor.err);
        Path history = Path.of(System.getProperty("user.home"), ".mino_history");
        // Line editing only when a person is typing: System.console() is null unless stdin and stdout are terminals.
        Supplier<LineSource> replInput = () -> System.console() != null
                ? TerminalLineSource.open(history)
                : new StreamLineSource(System.in, out);
        boolean debug = "1".equals(System.getenv("MINO_DEBUG"));
        ErrorReporter errors = new ErrorReporter(err, MinoState::describeError, debug,
                debug ? framesFormatter() : t -> "");
        int status = new Main(System.in, out, err, MinoStateEvaluator::create, replInput, errors).run(args);
        // Exit explicitly: threads mino code started (futures, agents) must not keep the process alive.
        System.exit(status);
    }

    /**
     * A function from an error to the mino frames it unwound through (the tier's diagnostics), "" when
     * none were recorded or no tier keeps them. Debug output only: a failure there yields "".
     */
    static Function<Throwable, String> framesFormatter() {
        return TierDiagnostics.find().<Function<Throwable, String>>map(d -> t -> {
            try {
                return d.frames(t);
            } catch (Throwable e) {
                ErrorReporter.rethrowIfFatal(e);
                return "";
            }
        }).orElse(t -> "");
    }

    /** Runs one command line; returns the exit status. */
    int run(String... args) {
        Invocation invocation;
        try {
            invocation = Invocation.parse(args);
            checkJitEnvironment();
        } catch (UsageException e) {
            // A command-line mistake (options, or the environment standing in for them): status 2.
            err.println("mino: " + e.getMessage());
            err.println("Try 'mino --help' for more information.");
            err.flush();
            return 2;
        }
        try {
            return perform(invocation);
        } catch (UsageException e) {
            out.flush();
            err.println("mino: " + e.getMessage());
            return 1;
        } catch (Throwable t) {
            ErrorReporter.rethrowIfFatal(t);
            out.flush();
            errors.report(t);
            return 1;
        } finally {
            out.flush();
            err.flush();
        }
    }

    /** MINO_JIT and MINO_JIT_HOT_THRESHOLD, checked like the options they stand for. */
    private static void checkJitEnvironment() {
        MinoOptions env = MinoOptions.defaults();
        try {
            dev.mino.runtime.embed.JitMode.parse(env.jit());
        } catch (IllegalArgumentException e) {
            throw new UsageException("MINO_JIT: " + e.getMessage());
        }
        try {
            dev.mino.runtime.embed.JitControl.parseThreshold(env.jitThreshold());
        } catch (IllegalArgumentException e) {
            throw new UsageException("MINO_JIT_HOT_THRESHOLD: " + e.getMessage());
        }
    }

    private int perform(Invocation invocation) {
        switch (invocation.action()) {
            case Invocation.ShowHelp _ -> {
                out.print(Invocation.USAGE);
                return 0;
            }
            case Invocation.ShowVersion _ -> {
                out.println("mino " + dev.mino.runtime.embed.Mino.version());
                return 0;
            }
            case Invocation.RunBench bench -> {
                return runBench(invocation, bench);
            }
            case Invocation.RunJitCorpora corpora -> {
                return new JitCorpusTask(out).run(corpora.dir());
            }
            case Invocation.RunJitParity parity -> {
                return new JitParityTask(out, err, ChildMain.currentClasspath()).run(parity.dir());
            }
            default -> {}
        }
        // The perf map is the process's (perf reads one per pid): a process-wide switch, set before any state.
        if (invocation.perfMap()) System.setProperty("mino.perf.map", "1");
        Evaluator evaluator = evaluators.create(options(invocation), out, err);
        if (invocation.metricsPort() != null) {
            int port = evaluator.serveMetrics(invocation.metricsPort());
            err.println("mino: metrics on http://127.0.0.1:" + port + "/metrics");
            err.flush();
        }
        try {
            return performWith(evaluator, invocation);
        } finally {
            evaluator.finish();
        }
    }

    private int performWith(Evaluator evaluator, Invocation invocation) {
        // As clojure.main does, the program's arguments are bound before -e runs too.
        evaluator.setProgramVars(programArgs(invocation.action()));
        for (String expr : invocation.evals()) evalPrinting(evaluator, expr);
        return switch (invocation.action()) {
            case Invocation.StartRepl _ -> {
                try (LineSource lines = replInput.get()) {
                    new Repl(evaluator, lines, out, errors).run();
                }
                yield 0;
            }
            case Invocation.EvalOnly _ -> 0;
            case Invocation.RunFile run -> {
                evaluator.loadFile(existingFile(run.file()));
                yield 0;
            }
            case Invocation.Disassemble disasm -> {
                out.print(evaluator.disassembleFile(existingFile(disasm.file())));
                yield 0;
            }
            case Invocation.RunStdin _ -> {
                evaluator.eval(readStdin(), STDIN_SOURCE_NAME);
                yield 0;
            }
            case Invocation.RunTests tests -> new TestTask(evaluator, err).run(tests.dir());
            case Invocation.ShowJitCapability _ -> {
                out.println(evaluator.jitCapability().describe());
                yield 0;
            }
            case Invocation.StartNrepl nrepl -> serveNrepl(evaluator, nrepl.port());
            case Invocation.ShowHelp _, Invocation.ShowVersion _, Invocation.RunBench _, Invocation.RunJitParity _, Invocation.RunJitCorpora _ ->
                    throw new IllegalStateException("handled above");
        };
    }

    /** The words after FILE or "-"; none for the other actions. */
    private static java.util.List<String> programArgs(Invocation.Action action) {
        return switch (action) {
            case Invocation.RunFile run -> run.args();
            case Invocation.RunStdin run -> run.args();
            default -> java.util.List.of();
        };
    }

    /**
     * Serves the state over nREPL until the process is killed, announcing it as Clojure's nREPL does (editors
     * that start the server read that line) and in .nrepl-port, which goes when the process does.
     */
    private int serveNrepl(Evaluator evaluator, int port) {
        try (NreplServer server = evaluator.serveNrepl(port);
             PortFile _ = PortFile.write(Path.of(""), server.port())) {
            int p = server.port();
            out.println("nREPL server started on port " + p + " on host " + NreplServer.HOST + " - nrepl://" + NreplServer.HOST + ":" + p);
            out.flush();
            server.awaitClose();
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        }
    }

    /** The bench makes a state per tier itself; the command line's own state and -e have no part in it. */
    private int runBench(Invocation invocation, Invocation.RunBench bench) {
        if (!invocation.evals().isEmpty() || invocation.tier() != null) {
            throw new UsageException("task bench takes neither -e nor --tier (it names its tiers with --tiers)");
        }
        if (bench.coldSample() != null) {
            String[] at = bench.coldSample().split(",", 2);
            return ColdBench.sampleHere(out, bench.rows(), at[0], Integer.parseInt(at[1]));
        }
        BenchSettings settings = bench.quick() ? BenchSettings.quick() : BenchSettings.standard(bench.samples());
        BenchTask task = new BenchTask(out, err, settings, TierNames.onClasspath(), LoadedRows::load);
        if (bench.cold()) return task.runCold(bench.rows(), bench.tiers(), new ColdBench(out, err, bench.samples()));
        return task.run(bench.rows(), bench.tiers());
    }

    /** The command line grants its programs the standard Java packages (MinoOptions.COMMAND_LINE_INTEROP). */
    private static MinoOptions options(Invocation invocation) {
        // Scripts run from the command line get its grants (interop with the standard packages, files and the
        // network, the standard streams, threads); --sandbox gives them an embedded state's: none (the command line
        // still hands a sandboxed script its own output, as an embedder would).
        MinoOptions options = invocation.sandbox() ? MinoOptions.defaults()
                : MinoOptions.defaults().withCommandLineGrants();
        if (!invocation.allow().isEmpty()) {
            java.util.List<String> granted = new java.util.ArrayList<>(options.interopAllow());
            granted.addAll(invocation.allow());
            options = options.withInteropAllow(granted);
        }
        if (invocation.jit() != null) options = options.withJit(invocation.jit());
        if (invocation.jitThreshold() != null) options = options.withJitThreshold(invocation.jitThreshold());
        return invocation.tier() == null ? options : options.withTier(invocation.tier());
    }

    /** -e prints every non-nil value with prn, as clojure -e does. */
    private void evalPrinting(Evaluator evaluator, String expr) {
        evaluator.evalEach(expr, EVAL_SOURCE_NAME, value -> {
            if (value != null) {
                out.println(evaluator.printString(value));
                out.flush();
            }
        });
    }

    private static Path existingFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new UsageException((Files.exists(file) ? "not a file: " : "no such file: ") + file);
        }
        return file;
    }

    private String readStdin() {
        try {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PrintWriter utf8Writer(FileDescriptor fd) {
        return new PrintWriter(new BufferedWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8)));
    }
}
