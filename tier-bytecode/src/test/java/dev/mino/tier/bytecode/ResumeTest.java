package dev.mino.tier.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The deopt entry: a method stopped at a pc (a SUSPEND planted there), its window saved, then restored
 * and resumed at that pc with Interpreter.resume, gives the value of an uninterrupted call.
 */
class ResumeTest {
    static TwoTiers t;

    @BeforeAll static void setUp() {
        t = new TwoTiers();
        t.define("(defn work [n k] (let [v (vec (range n))]"
                + " (loop [i 0 acc 0] (if (< i n) (recur (inc i) (+ acc (* (nth v i) k))) (str \"sum=\" acc)))))");
    }

    @Test void resumingAtEveryPcOfALoopGivesTheSameResult() {
        BytecodeClosure c = (BytecodeClosure) t.bytecode.getVar("user/work");
        BytecodeFn.Method m = c.fn.methodFor(2);
        Object expected = c.invoke(20L, 3L);
        assertEquals("sum=570", expected);
        int resumed = 0;
        for (int pc = 0; pc < m.code.length; pc += Op.width(m.code[pc])) {
            if (Op.width(m.code[pc]) != 1) continue;
            if (stopAndResume(c, m, pc, expected)) resumed++;
        }
        assertTrue(resumed > 5, "resumed at " + resumed + " pcs");
    }

    /** Runs c with SUSPEND at pc; if it stopped there, snapshots, scribbles, restores and resumes. */
    private static boolean stopAndResume(BytecodeClosure c, BytecodeFn.Method m, int pc, Object expected) {
        int[] code = m.code.clone();
        code[pc] = Insn.abc(Op.SUSPEND, 0, 0, 0);
        BytecodeFn.Method stopping = m.withCode(code);
        RegisterStack st = RegisterStack.current();
        int base = st.top + 8;
        st.ensure(base + m.nregs);
        st.set(base, 20L);
        st.set(base + 1, 3L);
        st.suspendedAt = -1;
        int savedTop = st.top;
        Interpreter.exec(st, c, stopping, base, 0);
        st.top = savedTop;
        if (st.suspendedAt != pc) return false;
        long[] words = Arrays.copyOfRange(st.words, base, base + m.nregs);
        Object[] refs = Arrays.copyOfRange(st.refs, base, base + m.nregs);
        Arrays.fill(st.words, base, base + m.nregs, Words.NIL);
        Arrays.fill(st.refs, base, base + m.nregs, "garbage");
        System.arraycopy(words, 0, st.words, base, words.length);
        System.arraycopy(refs, 0, st.refs, base, refs.length);
        assertEquals(expected, Interpreter.resume(c, m, pc, base), "resumed at pc " + pc);
        return true;
    }

    @Test void resumeContinuesThroughCallsAndTryHandlers() {
        t.define("(defn guarded [x] (let [a (inc x)] (try (/ 10 (- a 1)) (catch ArithmeticException e :div0))))");
        BytecodeClosure c = (BytecodeClosure) t.bytecode.getVar("user/guarded");
        BytecodeFn.Method m = c.fn.methodFor(1);
        List<String> ops = Disassembler.opNames(m);
        assertTrue(ops.contains("PUSHCATCH"), ops.toString());
        // Resume right at the start: the window holds just the argument.
        RegisterStack st = RegisterStack.current();
        int base = st.top + 4;
        st.ensure(base + m.nregs);
        st.set(base, 0L);
        assertEquals(dev.mino.runtime.lang.Keyword.of("div0"), Interpreter.resume(c, m, 0, base));
        st.set(base, 1L);
        assertEquals(10L, Interpreter.resume(c, m, 0, base));
    }
}
