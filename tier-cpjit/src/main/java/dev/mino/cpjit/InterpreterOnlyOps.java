package dev.mino.cpjit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The ops of tier-bytecode's {@code Op} table that run only in the interpreter: no stencil exists for
 * them, so a method using one is never compiled to native code (or deopts before it). Each entry gives
 * the reason. Every other op has a stencil in {@code src/main/stencils} (file name = op name + ".c"); a
 * test checks that each op of the table has one or the other.
 */
public final class InterpreterOnlyOps {
    private InterpreterOnlyOps() {}

    /** Op name to the reason it has no stencil, in opcode order. */
    public static final Map<String, String> REASONS;

    static {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("RETHROW", "only reachable from a catch handler, and handlers live in Java (the interpreter's handler stack)");
        m.put("PUSHCATCH", "installs a try handler on the interpreter's handler stack, which lives in Java");
        m.put("POPCATCH", "removes a try handler from the interpreter's handler stack, which lives in Java");
        m.put("CASE", "a multi-way jump through a table of JMPs; a stencil has a single jump target");
        m.put("SUSPEND", "a debugger/test stop that must leave the interpreter's own frame suspended at its pc");
        REASONS = Collections.unmodifiableMap(m);
    }

    /** Whether opName (e.g. "CASE") runs only in the interpreter. */
    public static boolean contains(String opName) {
        return REASONS.containsKey(opName);
    }
}
