package dev.mino.runtime.embed;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How a state is created. Immutable; the with* methods return changed copies. Every capability is off unless
 * granted: an embedded state runs scripts its embedder did not write (docs/security.md).
 *
 * @param tier          preferred execution tier name ("treewalk", "bytecode", ...), or null for the default
 * @param interopAllow  Java packages/classes mino code may reach by interop (empty: none)
 * @param jit           native JIT mode: "auto", "on" or "off", or null for the default (auto)
 * @param jitThreshold  calls after which AUTO compiles a fn, as text (MINO_JIT_HOT_THRESHOLD), or null for 10
 * @param files         what the state's code may do with files and URLs (none unless granted)
 * @param processControl whether interop may act on the whole process (System/exit, Runtime.exec, ...), where
 *                      its class is granted at all (off unless granted)
 * @param stdio         whether *in*, *out* and *err* start as the process's standard streams (off unless granted:
 *                      they refuse until the embedder gives the state its own with MinoState.setOut/setErr/setIn)
 * @param threads       how many threads (futures, pmap's workers) the state's code may run at once, and how many each of
 *                      its agent executors (send, send-off) may hold (0 unless granted)
 */
public record MinoOptions(String tier, List<String> interopAllow, String jit, String jitThreshold, FileAccess files,
                          boolean processControl, boolean stdio, int threads) {

    /** No bound on a state's threads (the command line's grant). */
    public static final int UNBOUNDED_THREADS = Integer.MAX_VALUE;

    /** Copies interopAllow; files is required; threads at least 0. */
    public MinoOptions {
        interopAllow = List.copyOf(interopAllow);
        Objects.requireNonNull(files);
        if (threads < 0) throw new IllegalArgumentException("threads must be at least 0: " + threads);
    }

    /** No grant but the interop ones, the default JIT. */
    public MinoOptions(String tier, List<String> interopAllow) {
        this(tier, interopAllow, null);
    }

    /** No grant but the interop ones. */
    public MinoOptions(String tier, List<String> interopAllow, String jit) {
        this(tier, interopAllow, jit, null, FileAccess.NONE, false, false, 0);
    }

    /** The packages the mino command line grants to the programs it runs. */
    public static final List<String> COMMAND_LINE_INTEROP = List.of(
            "java.lang", "java.util", "java.time", "java.io", "java.nio.file", "java.math",
            // Grants name packages exactly: the value-level subpackages the lines above used to cover, and
            // not java.lang.reflect, java.lang.invoke and the like, which reach past any grant.
            "java.util.concurrent", "java.util.concurrent.atomic", "java.util.concurrent.locks", "java.util.function",
            "java.util.regex", "java.util.stream", "java.time.format", "java.time.temporal", "java.time.chrono",
            "java.nio.charset", "java.nio.file.attribute");

    /** A state as the mino command line makes one: tier and JIT mode as given (null: default), every grant. */
    public static MinoOptions commandLine(String tier, String jit) {
        return new MinoOptions(tier, List.of(), jit).withCommandLineGrants();
    }

    /** An embedded state's options: no grants; MINO_TIER, MINO_JIT and MINO_JIT_HOT_THRESHOLD honoured. */
    public static MinoOptions defaults() {
        return fromEnvironment(System.getenv());
    }

    /** Defaults, with MINO_TIER and MINO_JIT honoured. */
    public static MinoOptions fromEnvironment(Map<String, String> env) {
        return new MinoOptions(env.get("MINO_TIER"), List.of(), env.get("MINO_JIT"))
                .withJitThreshold(env.get("MINO_JIT_HOT_THRESHOLD"));
    }

    /**
     * These options with every grant the mino command line gives the scripts it runs (unless --sandbox): its
     * interop packages, all files and the network, process control, the standard streams and unbounded threads.
     */
    public MinoOptions withCommandLineGrants() {
        return withInteropAllow(COMMAND_LINE_INTEROP).withFileAccess(FileAccess.ALL).withProcessControl(true)
                .withStdio(true).withThreads(UNBOUNDED_THREADS);
    }

    /** These options with tier t (null: the default). */
    public MinoOptions withTier(String t) {
        return new MinoOptions(t, interopAllow, jit, jitThreshold, files, processControl, stdio, threads);
    }

    /** These options granting interop on exactly the classes and packages in allow (the grants before are replaced). */
    public MinoOptions withInteropAllow(List<String> allow) {
        return new MinoOptions(tier, allow, jit, jitThreshold, files, processControl, stdio, threads);
    }

    /** These options with JIT mode "auto", "on" or "off" (null: the default). */
    public MinoOptions withJit(String mode) {
        return new MinoOptions(tier, interopAllow, mode, jitThreshold, files, processControl, stdio, threads);
    }

    /** These options with AUTO's hot threshold, as text (null: the default). */
    public MinoOptions withJitThreshold(String calls) {
        return new MinoOptions(tier, interopAllow, jit, calls, files, processControl, stdio, threads);
    }

    /** These options with what the state's code may do with files and URLs. */
    public MinoOptions withFileAccess(FileAccess access) {
        return new MinoOptions(tier, interopAllow, jit, jitThreshold, access, processControl, stdio, threads);
    }

    /** These options with process control granted or not. */
    public MinoOptions withProcessControl(boolean granted) {
        return new MinoOptions(tier, interopAllow, jit, jitThreshold, files, granted, stdio, threads);
    }

    /** These options with the process's standard streams granted or not. */
    public MinoOptions withStdio(boolean granted) {
        return new MinoOptions(tier, interopAllow, jit, jitThreshold, files, processControl, granted, threads);
    }

    /** At most max threads of the state's code at once (0: none; {@link #UNBOUNDED_THREADS}: no bound). */
    public MinoOptions withThreads(int max) {
        return new MinoOptions(tier, interopAllow, jit, jitThreshold, files, processControl, stdio, max);
    }
}
