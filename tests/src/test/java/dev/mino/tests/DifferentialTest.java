package dev.mino.tests;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import dev.mino.tiers.TieredEngine;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Random programs (ProgramGenerator) run on the tree-walker, the reference semantics, and on the bytecode
 * tier: each program's printed value, or its error message, must be the same on both. 10,000 programs in
 * ./mvnw verify; set -Dmino.differential.programs=100000 (and -Dmino.differential.seed=S to start
 * elsewhere) for a longer run. A divergence fails with the seed and the program.
 */
class DifferentialTest {
    static final int PROGRAMS = Integer.getInteger("mino.differential.programs", 10_000);
    static final long FIRST_SEED = Long.getLong("mino.differential.seed", 1);
    /** A fresh pair of states every so many programs: definitions pile up otherwise. */
    static final int PROGRAMS_PER_STATE = 500;

    @Test
    void treeWalkerAndBytecodeAgreeOnRandomPrograms() {
        assumeTrue(TieredEngine.discover().stream().anyMatch(t -> t.name().equals("bytecode")), "no bytecode tier on the classpath");
        List<String> divergences = new ArrayList<>();
        int errors = 0;
        MinoState reference = null;
        MinoState bytecode = null;
        MinoState jit = null;
        boolean jitPresent = TieredEngine.discover().stream().anyMatch(t -> t.name().equals("cpjit"));
        long started = System.nanoTime();
        for (int i = 0; i < PROGRAMS; i++) {
            if (i % PROGRAMS_PER_STATE == 0) {
                reference = Mino.newState(MinoOptions.commandLine("treewalk", null));
                bytecode = Mino.newState(MinoOptions.commandLine("bytecode", "off"));
                // The JIT column: every fn compiled to native code at its first call.
                jit = jitPresent ? Mino.newState(MinoOptions.commandLine("bytecode", "on")) : null;
            }
            long seed = FIRST_SEED + i;
            String program = new ProgramGenerator(seed).program();
            String expected = run(reference, program);
            String actual = run(bytecode, program);
            if (expected.startsWith("ERR ")) errors++;
            if (!expected.equals(actual) && divergences.size() < 10) {
                divergences.add("seed " + seed + ":\n" + program + "  treewalk: " + expected + "\n  bytecode: " + actual);
            }
            String jitted = jit == null ? expected : run(jit, program);
            if (!expected.equals(jitted) && divergences.size() < 10) {
                divergences.add("seed " + seed + ":\n" + program + "  treewalk: " + expected + "\n  JIT on: " + jitted);
            }
        }
        System.out.printf("differential: %,d programs (%,d ending in an error) on %s in %,d ms, %d divergences%n",
                PROGRAMS, errors, jitPresent ? "tree-walk, bytecode and JIT on" : "tree-walk and bytecode", (System.nanoTime() - started) / 1_000_000, divergences.size());
        assertEquals(List.of(), divergences, "tiers disagree");
        assertTrue(errors > PROGRAMS / 100 && errors < PROGRAMS / 2, "the programs exercise both values and errors: " + errors);
    }

    /** The program's value as pr-str prints it, or "ERR " and its error message. */
    static String run(MinoState state, String program) {
        try {
            return state.printString(state.eval(program, "generated.clj"));
        } catch (RuntimeException | StackOverflowError e) {
            return "ERR " + MinoState.describeError(e);
        }
    }
}
