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
 * mino [OPTION]... task test [DIR]
 * </pre>
 *
 * Everything after FILE or "-" belongs to the program, not to mino. With neither, and no -e, the action is
 * the REPL; -e alone evaluates and exits.
 *
 * @param tier   the --tier value, or null to leave the choice to MinoOptions (MINO_TIER, then the default)
 * @param evals  the -e expressions, in order
 */
public record Invocation(String tier, List<String> evals, Action action) {

    static final Path DEFAULT_TEST_DIR = Path.of("tests");

    public sealed interface Action {}
    public record StartRepl() implements Action {}
    public record EvalOnly() implements Action {}
    public record RunFile(Path file, List<String> args) implements Action {}
    public record RunStdin(List<String> args) implements Action {}
    public record RunTests(Path dir) implements Action {}
    public record ShowHelp() implements Action {}
    public record ShowVersion() implements Action {}

    public static final String USAGE = """
            Usage: mino [OPTION]... [FILE [ARG]... | - [ARG]...]
                   mino [OPTION]... task test [DIR]

            Runs a mino program, evaluates expressions, or starts a REPL (no FILE and no -e).

              -e, --eval EXPR   evaluate EXPR, printing each non-nil value (repeatable; runs before FILE)
                  --tier=NAME   execution tier to prefer, e.g. treewalk (default: $MINO_TIER)
              -h, --help        print this help and exit
                  --version     print the version and exit

              FILE              load FILE (relative to the working directory) and exit
              -                 read the program from standard input
              task test [DIR]   run every *.clj test file under DIR (default: tests); exit 1 on any failure

            Environment: MINO_TIER (as --tier), MINO_DEBUG=1 (print Java stack traces of errors).
            """;

    public static Invocation parse(String... args) {
        String tier = null;
        List<String> evals = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "-h", "--help" -> { return new Invocation(tier, evals, new ShowHelp()); }
                case "--version" -> { return new Invocation(tier, evals, new ShowVersion()); }
                case "-e", "--eval" -> evals.add(valueOf(arg, args, ++i));
                case "--tier" -> tier = tierName(valueOf(arg, args, ++i));
                case "-" -> { return new Invocation(tier, evals, new RunStdin(rest(args, i + 1))); }
                case "--" -> {
                    Action action = i + 1 < args.length ? runFile(args, i + 1) : defaultAction(evals);
                    return new Invocation(tier, evals, action);
                }
                case "task" -> { return new Invocation(tier, evals, task(args, i + 1)); }
                default -> {
                    if (arg.startsWith("--tier=")) {
                        tier = tierName(arg.substring("--tier=".length()));
                    } else if (arg.startsWith("-")) {
                        throw new UsageException("unknown option: " + arg);
                    } else {
                        return new Invocation(tier, evals, runFile(args, i));
                    }
                }
            }
        }
        return new Invocation(tier, evals, defaultAction(evals));
    }

    private static Action defaultAction(List<String> evals) {
        return evals.isEmpty() ? new StartRepl() : new EvalOnly();
    }

    private static Action runFile(String[] args, int at) {
        return new RunFile(Path.of(args[at]), rest(args, at + 1));
    }

    private static Action task(String[] args, int at) {
        if (at >= args.length) throw new UsageException("task needs a name; known tasks: test");
        String name = args[at];
        if (!name.equals("test")) throw new UsageException("unknown task: " + name + "; known tasks: test");
        List<String> taskArgs = rest(args, at + 1);
        if (taskArgs.size() > 1) throw new UsageException("task test takes at most one directory, got " + taskArgs);
        return new RunTests(taskArgs.isEmpty() ? DEFAULT_TEST_DIR : Path.of(taskArgs.getFirst()));
    }

    private static String valueOf(String option, String[] args, int at) {
        if (at >= args.length) throw new UsageException(option + " needs a value");
        return args[at];
    }

    private static String tierName(String name) {
        if (name.isEmpty()) throw new UsageException("--tier needs a tier name");
        return name;
    }

    private static List<String> rest(String[] args, int from) {
        return List.copyOf(Arrays.asList(args).subList(Math.min(from, args.length), args.length));
    }
}
