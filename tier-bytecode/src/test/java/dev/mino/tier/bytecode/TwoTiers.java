package dev.mino.tier.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import java.util.List;

/**
 * A bytecode-tier state and a tree-walker state side by side: every check evaluates the same source in both
 * and expects the same printed value or the same error (message and position).
 */
final class TwoTiers {
    final MinoState bytecode = Mino.newState(MinoOptions.commandLine("bytecode", null));
    final MinoState treewalk = Mino.newState(MinoOptions.commandLine("treewalk", null));

    /** Evaluates src in both states (definitions, say). */
    void define(String src) {
        assertEquals(run(treewalk, src), run(bytecode, src), src);
    }

    /** The result of src on the bytecode tier, checked to equal the tree-walker's. */
    String same(String src) {
        String tw = run(treewalk, src);
        String bc = run(bytecode, src);
        assertEquals(tw, bc, "tiers disagree on " + src);
        return bc;
    }

    /** As same, and the result must be expected. */
    void expect(String expected, String src) {
        assertEquals(expected, same(src), src);
    }

    /** As same, and the result must be an error whose text contains message. */
    void expectError(String message, String src) {
        String r = same(src);
        assertTrue(r.startsWith("ERR ") && r.contains(message), src + " gave " + r);
    }

    static String run(MinoState s, String src) {
        try {
            return s.printString(s.eval(src, "test.clj"));
        } catch (Throwable t) {
            return "ERR " + MinoState.describeError(t);
        }
    }

    /** The bytecode fn a var of the bytecode state holds. */
    BytecodeFn fn(String var) {
        Object v = bytecode.getVar(var);
        assertTrue(v instanceof BytecodeClosure, var + " is not a bytecode fn: " + v);
        return ((BytecodeClosure) v).template();
    }

    /** Op names of every method of a var's fn. */
    List<String> ops(String var) {
        return fn(var).methods().stream().flatMap(m -> Disassembler.opNames(m).stream()).toList();
    }

    void assertUses(String var, String op) {
        assertTrue(ops(var).contains(op), var + " should compile to " + op + ": " + ops(var));
    }
}
