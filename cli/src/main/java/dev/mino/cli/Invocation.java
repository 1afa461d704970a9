package dev.mino.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one command line asks for: options, expressions to evaluate first, then one action.
 *
 * <pre>
 * mino [OPTION]... [FILE [ARG]... | - [ARG]...]
 * mino [OPTION]... --disasm FILE
 * mino [OPTION]... task test [DIR]
 * mino [OPTION]... task bench [--iterations N] [--tiers A,B] [--quick] [--rows FILE]
 * mino [OPTION]... nrepl [--port N]
 * </pre>
 *
 * Everything after FILE or "-" belongs to the program, not to mino: its *command-line-args*. With neither, and no -e, the action is
 * the REPL; -e alone evaluates and exits.
 *
 * @param tier   the --tier value, or null to leave the choice to MinoOptions (MINO_TIER, then the default)
 * @param evals  the -e expressions, in order
 */
public record Invocation(String tier, String jit, String jitThreshold, Integer metricsPort, boolean perfMap, boolean sandbox, List<String> allow, List<String> evals, Action action) {

    static final Path DEFAULT_TEST_DIR = Path.of("tests");
    static final Path DEFAULT_BENCH_ROWS = Path.of("bench", "rows.clj");
    static final int DEFAULT_BENCH_SAMPLES = 11;
    /** Fresh processes per cell for --cold (each costs a JVM start). */
    static final int DEFAULT_COLD_SAMPLES = 5;
    private static final String KNOWN_TASKS = "known tasks: test, test-jit-parity, bench, jit-corpora (and, run by the launcher itself: gen-stencils, stress)";

    public sealed interface Action {}
    public record StartRepl() implements Action {}
    public record EvalOnly() implements Action {}
    public record RunFile(Path file, List<String> args) implements Action {}
    public record RunStdin(List<String> args) implements Action {}
    /** --disasm FILE: load FILE and print the bytecode of every fn compiled from it. */
    public record Disassemble(Path file) implements Action {}
    public record RunTests(Path dir) implements Action {}
    /**
     * task bench: times the rows of the rows file on each tier.
     *
     * @param tiers    tier names, one column each, in order; empty for BenchTask's default columns
     * @param samples  timed samples per row and tier (--iterations)
     * @param quick    a smoke run: short warm-up, few short samples (numbers not meaningful)
     */
    /** cold: first calls in fresh processes; coldSample "tier,index": be one such process (internal). */
    public record RunBench(Path rows, List<String> tiers, int samples, boolean quick, boolean cold, String coldSample) implements Action {}
    public record ShowHelp() implements Action {}
    public record ShowVersion() implements Action {}
    /** task jit-corpora: the corpus programs with the JIT on, their fns' eligibility and the bytes-blocked dashboard. */
    public record RunJitCorpora(Path dir) implements Action {}
    /** task test-jit-parity: the suite in DIR under five JIT configurations, each in its own process. */
    public record RunJitParity(Path dir) implements Action {}
    /** Prints the JIT's capability as the state would have it (available, mode, threshold, host) and exits. */
    public record ShowJitCapability() implements Action {}
    /** nrepl: serves the state to editors over nREPL on 127.0.0.1:port (0: a free port) until killed. */
    public record StartNrepl(int port) implements Action {}

    public static final String USAGE = """
            Usage: mino [OPTION]... [FILE [ARG]... | - [ARG]...]
                   mino [OPTION]... --disasm FILE
                   mino [OPTION]... task test [DIR]
                   mino task bench [--iterations N] [--tiers A,B] [--quick | --cold] [--rows FILE]
                   mino [OPTION]... nrepl [--port N]

            Runs a mino program, evaluates expressions, or starts a REPL (no FILE and no -e).

              -e, --eval EXPR     evaluate EXPR, printing each non-nil value (repeatable; runs before FILE)
                  --tier=NAME     execution tier to prefer, e.g. treewalk (default: $MINO_TIER)
                  --disasm FILE   load FILE, then print the bytecode of every fn it defined
                  --jit=MODE      native JIT: auto (compile hot fns, the default), on (at the first call), off
                  --jit-threshold=N  calls after which auto compiles a fn (default 10)
                  --jit-capability   print what the native JIT can do here and how it is set, and exit
                  --metrics-port=N   serve the JIT's meters as Prometheus text on http://127.0.0.1:N/metrics
                  --sandbox          run with an embedded state's grants: no Java interop, no files, no network
                  --allow=PKG,...    also grant interop with these Java packages (exactly) or classes
                  --perf-map         write each compiled fn to /tmp/perf-PID.map for perf (also MINO_PERF_MAP=1)
              -h, --help          print this help and exit
                  --version       print the version and exit

              FILE                load FILE (relative to the working directory) and exit
              -                   read the program from standard input
              task test [DIR]     run every *.clj test file under DIR (default: tests); exit 1 on any failure
              task test-jit-parity [DIR]  the suite with the JIT auto, on and off, on mino-lean and on the tree-walker:
                                  all must pass and print the same bytes
              nrepl [--port N]    serve an nREPL server for editors (CIDER, Calva, ...) on 127.0.0.1:N (default: a
                                  free port), its port written to .nrepl-port here; runs until killed (a file named
                                  nrepl runs as ./nrepl)
              task jit-corpora [DIR]  run the corpus programs (default bench/corpora) with the JIT on: how many fns
                                  compile, and what blocks the rest
              task bench          time the benchmark rows (default: bench/rows.clj) on every tier and print
                                  a table: --iterations N samples per cell (default 11), --tiers A,B the
                                  columns, --quick a smoke run, --cold first calls in fresh processes,
                                  --rows FILE other rows (see bench/README.md)

            Environment: MINO_TIER (as --tier), MINO_JIT (as --jit), MINO_JIT_HOT_THRESHOLD (as --jit-threshold),
            MINO_CPJIT_STATS=tracing|summary (a log line per compiled fn; the bytes-blocked dashboard at exit), MINO_DEBUG=1 (print mino and Java stack traces of errors).
            """;

    public static Invocation parse(String... args) {
        String tier = null;
        String jit = null;
        String jitThreshold = null;
        Integer metricsPort = null;
        boolean perfMap = false;
        boolean sandbox = false;
        List<String> allow = List.of();
        Path disasm = null;
        List<String> evals = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> { return new Invocation(tier, jit, jitThreshold, metricsPort, perfMap, sandbox, allow, evals, new ShowHelp()); }
                case "--version" -> { return new Invocation(tier, jit, jitThreshold, metricsPort, perfMap, sandbox, allow, evals, new ShowVersion()); }
                case "--perf-map" -> perfMap = true;
                case "--sandbox" -> sandbox = true;
                case "--jit-capability" -> { return new Invocation(tier, jit, jitThreshold, metricsPort, perfMap, sandbox, allow, evals, new ShowJitCapability()); }
                case "-e", "--eval" -> evals.add(valueOf(arg, args, ++i));
                case "--tier" -> tier = tierName(valueOf(arg, args, ++i));
                case "--disasm" -> disasm = disasmFile(disasm, valueOf(arg, args, ++i));
                case "-" -> { return new Invocation(tier, jit, jitThreshold, metricsPort, perfMap, sandbox, allow, evals, alone(disasm, new RunStdin(rest(args, i + 1)))); }
                case "--" -> {
                    Action action = i + 1 < args.length ? alone(disasm, runFile(args, i + 1)) : defaultAction(evals, disasm);
                    return new Invocation(tier, jit, jitThreshold, metricsPort, perfMap, sandbox, allow, evals, action);
                }
                case "task" -> { return new Invocation(tier, jit, jitThreshold, metricsPort, perfMap, sandbox, allow, evals, alone(disasm, task(args, i + 1))); }
                case "nrepl" -> { return new Invocation(tier, jit, jitThreshold, metricsPort, perfMap, sandbox, allow, evals, alone(disasm, nrepl(rest(args, i + 1)))); }
                default -> {
                    if (arg.startsWith("--allow=")) {
                        allow = allowList(arg.substring("--allow=".length()));
                    } else if (arg.startsWith("--metrics-port=")) {
                        metricsPort = port("--metrics-port", arg.substring("--metrics-port=".length()));
                    } else if (arg.startsWith("--jit-threshold=")) {
                        jitThreshold = jitThreshold(arg.substring("--jit-threshold=".length()));
                    } else if (arg.startsWith("--jit=")) {
                        jit = jitMode(arg.substring("--jit=".length()));
                    } else if (arg.startsWith("--tier=")) {
                        tier = tierName(arg.substring("--tier=".length()));
                    } else if (arg.startsWith("--disasm=")) {
                        disasm = disasmFile(disasm, arg.substring("--disasm=".length()));
                    } else if (arg.startsWith("-")) {
                        throw new UsageException("unknown option: " + arg);
                    } else {
                        return new Invocation(tier, jit, jitThreshold, metricsPort, perfMap, sandbox, allow, evals, alone(disasm, runFile(args, i)));
                    }
                }
            }
        }
        return new Invocation(tier, jit, jitThreshold, metricsPort, perfMap, sandbox, allow, evals, defaultAction(evals, disasm));
    }

    private static Action defaultAction(List<String> evals, Path disasm) {
        if (disasm != null) return new Disassemble(disasm);
        return evals.isEmpty() ? new StartRepl() : new EvalOnly();
    }

    private static Path disasmFile(Path earlier, String file) {
        if (earlier != null) throw new UsageException("--disasm takes one FILE");
        if (file.isEmpty()) throw new UsageException("--disasm needs a FILE");
        return Path.of(file);
    }

    /** --disasm FILE is the program: it does not combine with another FILE, stdin or a task. */
    private static Action alone(Path disasm, Action action) {
        if (disasm != null) throw new UsageException("--disasm FILE runs FILE itself; it takes no other program or task");
        return action;
    }

    private static Action runFile(String[] args, int at) {
        return new RunFile(Path.of(args[at]), rest(args, at + 1));
    }

    private static Action task(String[] args, int at) {
        if (at >= args.length) throw new UsageException("task needs a name; " + KNOWN_TASKS);
        String name = args[at];
        List<String> taskArgs = rest(args, at + 1);
        return switch (name) {
            case "test" -> testTask(taskArgs);
            case "test-jit-parity" -> {
                if (taskArgs.size() > 1) throw new UsageException("task test-jit-parity takes at most one directory, got " + taskArgs);
                yield new RunJitParity(taskArgs.isEmpty() ? DEFAULT_TEST_DIR : Path.of(taskArgs.getFirst()));
            }
            case "bench" -> benchTask(taskArgs);
            case "jit-corpora" -> {
                if (taskArgs.size() > 1) throw new UsageException("task jit-corpora takes at most one directory, got " + taskArgs);
                yield new RunJitCorpora(taskArgs.isEmpty() ? JitCorpusTask.DEFAULT_DIR : Path.of(taskArgs.getFirst()));
            }
            default -> throw new UsageException("unknown task: " + name + "; " + KNOWN_TASKS);
        };
    }

    /** nrepl's options: --port N (or --port=N). */
    private static Action nrepl(List<String> nreplArgs) {
        int port = 0;
        String[] words = splitAtEquals(nreplArgs);
        for (int i = 0; i < words.length; i++) {
            if (!words[i].equals("--port")) throw new UsageException("unknown nrepl option: " + words[i] + "; known: --port N");
            port = port("--port", valueOf("--port", words, ++i));
        }
        return new StartNrepl(port);
    }

    private static Action testTask(List<String> taskArgs) {
        if (taskArgs.size() > 1) throw new UsageException("task test takes at most one directory, got " + taskArgs);
        return new RunTests(taskArgs.isEmpty() ? DEFAULT_TEST_DIR : Path.of(taskArgs.getFirst()));
    }

    /** task bench options; those with a value take it as the next word or after "=". */
    private static Action benchTask(List<String> taskArgs) {
        Path rows = DEFAULT_BENCH_ROWS;
        List<String> tiers = List.of();
        int samples = DEFAULT_BENCH_SAMPLES;
        boolean quick = false;
        boolean cold = false;
        String coldSample = null;
        String[] words = splitAtEquals(taskArgs);
        for (int i = 0; i < words.length; i++) {
            switch (words[i]) {
                case "--quick" -> quick = true;
                case "--cold" -> cold = true;
                case "--cold-sample" -> coldSample = valueOf("--cold-sample", words, ++i);
                case "--rows" -> rows = Path.of(nonEmpty("--rows", valueOf("--rows", words, ++i)));
                case "--tiers" -> tiers = tierList(valueOf("--tiers", words, ++i));
                case "--iterations" -> samples = positive("--iterations", valueOf("--iterations", words, ++i));
                default -> throw new UsageException("unknown task bench option: " + words[i]
                        + "; known: --iterations N, --tiers A,B, --quick, --cold, --rows FILE");
            }
        }
        if (cold && quick) throw new UsageException("task bench: --cold and --quick do not combine");
        return new RunBench(rows, tiers, cold && samples == DEFAULT_BENCH_SAMPLES ? DEFAULT_COLD_SAMPLES : samples, quick, cold, coldSample);
    }

    /** "--name=value" as the two words "--name" "value". */
    private static String[] splitAtEquals(List<String> args) {
        List<String> words = new ArrayList<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                words.add(arg.substring(0, eq));
                words.add(arg.substring(eq + 1));
            } else {
                words.add(arg);
            }
        }
        return words.toArray(String[]::new);
    }

    private static List<String> tierList(String value) {
        List<String> names = Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
        if (names.isEmpty()) throw new UsageException("--tiers needs tier names, e.g. --tiers treewalk,bytecode");
        return names;
    }

    private static int positive(String option, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n > 0) return n;
        } catch (NumberFormatException e) {
            // reported below, with the option's name
        }
        throw new UsageException(option + " needs a positive whole number, got " + value);
    }

    private static String nonEmpty(String option, String value) {
        if (value.isEmpty()) throw new UsageException(option + " needs a value");
        return value;
    }

    private static String valueOf(String option, String[] args, int at) {
        if (at >= args.length) throw new UsageException(option + " needs a value");
        return args[at];
    }

    private static String jitMode(String mode) {
        try {
            return dev.mino.runtime.embed.JitMode.parse(mode.isEmpty() ? "?" : mode).flag();
        } catch (IllegalArgumentException e) {
            throw new UsageException("--jit needs auto, on or off, got " + (mode.isEmpty() ? "nothing" : mode));
        }
    }

    /** --allow=PKG,...: Java packages (or classes) granted on top of the command line's (or --sandbox's none). */
    private static List<String> allowList(String value) {
        List<String> names = Arrays.stream(value.split(",")).map(String::strip).filter(x -> !x.isEmpty()).distinct().toList();
        if (names.isEmpty()) throw new UsageException("--allow needs Java package or class names, e.g. --allow=java.net,java.util.regex");
        for (String n : names) {
            if (!n.matches("[A-Za-z_$][\\w$]*(\\.[A-Za-z_$][\\w$]*)*")) throw new UsageException("--allow: not a package or class name: " + n);
        }
        return names;
    }

    private static int port(String option, String text) {
        try {
            int p = Integer.parseInt(text);
            if (p >= 0 && p <= 65535) return p;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException(option + " needs a port number 0-65535 (0: any free port), got " + (text.isEmpty() ? "nothing" : text));
    }

    private static String jitThreshold(String calls) {
        try {
            return Integer.toString(dev.mino.runtime.embed.JitControl.parseThreshold(calls.isEmpty() ? "?" : calls));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--jit-threshold needs a whole number >= 1, got " + (calls.isEmpty() ? "nothing" : calls));
        }
    }

    private static String tierName(String name) {
        if (name.isEmpty()) throw new UsageException("--tier needs a tier name");
        return name;
    }

    private static List<String> rest(String[] args, int from) {
        return List.copyOf(Arrays.asList(args).subList(Math.min(from, args.length), args.length));
    }
}
