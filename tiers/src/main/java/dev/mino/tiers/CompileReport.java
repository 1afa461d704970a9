package dev.mino.tiers;

/**
 * What a JIT did with one method, for metrics and tracing: compiled whole ({@code OK}), compiled up to a
 * deopt point ({@code OK_WITH_DEOPT}, with the op there), or {@code REJECTED} (with the op that blocked it).
 *
 * @param fn            the fn's qualified name
 * @param bytecodeBytes the method's bytecode size (4 bytes a word)
 * @param codeBytes     native code and data bytes installed (0 when rejected)
 * @param nanos         time spent compiling and installing
 */
public record CompileReport(String fn, int arity, Result result, String blockingOp, int blockingPc, int bytecodeBytes,
                            long codeBytes, long nanos) {
    public enum Result {
        OK, OK_WITH_DEOPT, REJECTED;

        /** As a metric tag and in trace lines: ok, ok_with_deopt, rejected. */
        public String tag() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
