package dev.mino.runtime.embed;

import java.util.Map;

/**
 * How a state is created. Immutable; the with* methods return changed copies.
 *
 * @param tier          preferred execution tier name ("treewalk", "bytecode", ...), or null for the default
 * @param interopAllow  Java packages/classes mino code may reach by interop (empty: none)
 * @param jit           native JIT mode: "auto", "on" or "off", or null for the default (auto)
 * @param jitThreshold  calls after which AUTO compiles a fn, as text (MINO_JIT_HOT_THRESHOLD), or null for 10
 * @param files         what the state's code may do with files and URLs (none unless granted)
 * @param processControl whether interop may act on the whole process (System/exit, Runtime.exec, ...), where
 *                      its class is granted at all (off unless granted)
 */
public record MinoOptions(String tier, java.util.List<String> interopAllow, String jit, String jitThreshold, FileAccess files,
                          boolean processControl) {

    public MinoOptions(String tier, java.util.List<String> interopAllow) {
        this(tier, interopAllow, null, null, FileAccess.NONE, false);
    }

    public MinoOptions(String tier, java.util.List<String> interopAllow, String jit) {
        this(tier, interopAllow, jit, null, FileAccess.NONE, false);
    }

    /** The packages the mino command line grants to the programs it runs. */
    public static final java.util.List<String> COMMAND_LINE_INTEROP = java.util.List.of(
            "java.lang", "java.util", "java.time", "java.io", "java.nio.file", "java.math",
            // Grants name packages exactly: the value-level subpackages the lines above used to cover, and
            // not java.lang.reflect, java.lang.invoke and the like, which reach past any grant.
            "java.util.concurrent", "java.util.concurrent.atomic", "java.util.concurrent.locks", "java.util.function",
            "java.util.regex", "java.util.stream", "java.time.format", "java.time.temporal", "java.time.chrono",
            "java.nio.charset", "java.nio.file.attribute");

    public static MinoOptions defaults() {
        return fromEnvironment(System.getenv());
    }

    /** Defaults, with MINO_TIER and MINO_JIT honoured. */
    public static MinoOptions fromEnvironment(Map<String, String> env) {
        return new MinoOptions(env.get("MINO_TIER"), java.util.List.of(), env.get("MINO_JIT"), env.get("MINO_JIT_HOT_THRESHOLD"), FileAccess.NONE, false);
    }

    public MinoOptions withTier(String t) { return new MinoOptions(t, interopAllow, jit, jitThreshold, files, processControl); }

    public MinoOptions withInteropAllow(java.util.List<String> allow) { return new MinoOptions(tier, java.util.List.copyOf(allow), jit, jitThreshold, files, processControl); }

    public MinoOptions withJit(String mode) { return new MinoOptions(tier, interopAllow, mode, jitThreshold, files, processControl); }

    public MinoOptions withJitThreshold(String calls) { return new MinoOptions(tier, interopAllow, jit, calls, files, processControl); }

    public MinoOptions withFileAccess(FileAccess access) { return new MinoOptions(tier, interopAllow, jit, jitThreshold, java.util.Objects.requireNonNull(access), processControl); }

    public MinoOptions withProcessControl(boolean granted) { return new MinoOptions(tier, interopAllow, jit, jitThreshold, files, granted); }
}
