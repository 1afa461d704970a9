package dev.mino.cli;

import dev.mino.nrepl.NreplServer;
import dev.mino.runtime.embed.MinoOptions;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * What the command line needs from a mino state. The REPL and the tasks depend on this rather than on
 * MinoState itself so that they can be driven by a scripted fake in tests.
 */
public interface Evaluator {

    /** Reads and evaluates every form of src, reporting positions against sourceName; returns the last value. */
    Object eval(String src, String sourceName);

    /**
     * Evaluates every form of src, handing each form's value to onValue as soon as it is computed.
     *
     * @throws IncompleteInputException when src ends inside an unfinished form (more input may complete it);
     *         nothing has been evaluated then
     */
    void evalEach(String src, String sourceName, Consumer<Object> onValue);

    /** Loads a file: every form is evaluated in order; returns the last value. */
    Object loadFile(Path file);

    /**
     * Loads a file, as loadFile does, and returns the bytecode of every fn compiled from it (the bytecode
     * tier's disassembly; on another tier a note saying so).
     *
     * @throws UsageException when the bytecode tier is not on the classpath
     */
    String disassembleFile(Path file);

    /**
     * Sets what clojure.main sets before a program's -e or file runs: *command-line-args* to args, the words after
     * the program's FILE or "-" (nil when there are none), and *print-namespace-maps* to true.
     */
    void setProgramVars(List<String> args);

    /** The value as pr-str prints it. */
    String printString(Object value);

    /** The name of the current namespace. */
    String currentNamespace();

    /** A REPL session, starting in the current namespace with clojure.repl's tools referred as clojure.main does. */
    Session openSession();

    /** Serves the state's meters in Prometheus' format on the loopback port (0: any); answers the port. */
    default int serveMetrics(int port) {
        throw new UsageException("--metrics-port needs a mino state");
    }

    /** Serves the state over nREPL on the loopback port (0: any free one); the server runs until closed. */
    default NreplServer serveNrepl(int port) {
        throw new UsageException("nrepl needs a mino state");
    }

    /** The program is done: anything the state reports at exit (the MINO_CPJIT_STATS dashboard) goes out now. */
    default void finish() {}

    /** What the state's native JIT can do and how it is set. */
    default dev.mino.runtime.embed.JitCapability jitCapability() {
        return dev.mino.runtime.embed.JitControl.absent(dev.mino.runtime.embed.JitMode.AUTO, dev.mino.runtime.embed.JitControl.DEFAULT_THRESHOLD).capability();
    }

    /** Makes the evaluator for one run, with mino's *out* and *err* writing to out and err. */
    @FunctionalInterface
    interface Factory {
        Evaluator create(MinoOptions options, Writer out, Writer err);
    }

    /** The input ended inside an unfinished form; the reader's error is the cause. */
    final class IncompleteInputException extends RuntimeException {
        public IncompleteInputException(Throwable readerError) {
            super(readerError.getMessage(), readerError);
        }
    }
}
