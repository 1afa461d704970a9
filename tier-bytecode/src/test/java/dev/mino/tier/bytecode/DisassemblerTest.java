package dev.mino.tier.bytecode;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The disassembly text: specialised ops, caches, constants, positions, nested fns, whole files. */
class DisassemblerTest {
    static TwoTiers t;

    @BeforeAll static void setUp() {
        t = new TwoTiers();
        t.define("(defn fib [n] (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))"
                + " (defn sum-to [n] (loop [i 0 acc 0] (if (< i n) (recur (inc i) (+ acc i)) acc)))"
                + " (defn dec-only [n] (loop [i n] (if (zero? i) i (recur (dec i)))))"
                + " (defn lt-only [n] (loop [i 0] (if (< i n) (recur (inc i)) i)))"
                + " (defn adder [k] (fn [x] (+ x k)))");
    }

    @Test void fibShowsSpecialisedArithmeticAndCachedRecursiveCalls() {
        String text = Disassembler.disassembleAll(t.bytecode.getVar("user/fib"));
        for (String s : new String[] {"fn user/fib", "LT_IK", "SUB_IK", "ADD_II", "CALL_CACHED", "#'user/fib", "guard #'clojure.core/<",
                "test.clj:1:"}) {
            assertTrue(text.contains(s), s + " missing in\n" + text);
        }
    }

    @Test void countedLoopsShowFusedOps() {
        assertTrue(Disassembler.disassembleAll(t.bytecode.getVar("user/sum-to")).contains("LOOP_INT_LT_ACC"));
        assertTrue(Disassembler.disassembleAll(t.bytecode.getVar("user/dec-only")).contains("LOOP_INT_DEC"));
        assertTrue(Disassembler.disassembleAll(t.bytecode.getVar("user/lt-only")).contains("LOOP_INT_LT "));
    }

    @Test void nestedFnsAndEnvironmentOps() {
        String text = Disassembler.disassembleAll(t.bytecode.getVar("user/adder"));
        for (String s : new String[] {"PUSH_ENV", "ENV_BIND", "CLOSURE", "POP_ENV", "fn user/fn--"}) {
            assertTrue(text.contains(s), s + " missing in\n" + text);
        }
    }

    @Test void otherValuesSaySo() {
        assertTrue(Disassembler.disassembleAll(42L).contains("is not a bytecode fn"));
        assertTrue(Disassembler.disassembleAll(t.treewalk.getVar("user/fib")).contains("is not a bytecode fn"));
    }

    @Test void aWholeFile() throws Exception {
        Path f = Files.createTempFile("disasm", ".clj");
        Files.writeString(f, "(defn sq [x] (* x x))\n(defn twice [f x] (f (f x)))\n(println (twice sq 3))\n");
        String text = Disassembler.disassembleFile(new TwoTiers().bytecode, f);
        assertTrue(text.contains("fn user/sq") && text.contains("MUL_II") && text.contains("fn user/twice") && text.contains("TAILCALL"), text);
        assertTrue(text.contains(f + ":1:"), text);
    }
}
