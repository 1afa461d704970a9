package dev.mino.cpjit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mino.runtime.embed.MinoState;
import dev.mino.tier.bytecode.BytecodeClosure;
import dev.mino.tier.bytecode.BytecodeFn;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The perf map names each installed chain at its real address and size. */
class PerfMapTest {
    @Test
    void eachCompiledFnIsMappedAtItsCode() throws Exception {
        assumeTrue(JitPreparation.hostStencils().isPresent(), "no native code on this host");
        System.setProperty("mino.perf.map", "1");
        try {
            MinoState s = JitRuntimeTest.state("on");
            s.eval("(defn mapped-fib [n] (if (< n 2) n (+ (mapped-fib (- n 1)) (mapped-fib (- n 2)))))", "perf.clj");
            s.eval("(mapped-fib 10)");
            BytecodeFn.Method m = ((BytecodeClosure) s.getVar("user/mapped-fib")).template().methodFor(1);
            NativeCode code = (NativeCode) m.entry();
            String expected = PerfMap.line(code.entryAddress(), code.bytes(), m);
            List<String> lines = Files.readAllLines(PerfMap.file());
            assertTrue(lines.contains(expected), "no " + expected + " in " + PerfMap.file());
            assertTrue(expected.matches("[0-9a-f]+ [0-9a-f]+ mino:user/mapped-fib/1 perf\\.clj:1"), expected);
            for (String line : lines) assertEquals(3, line.split(" ", 3).length, line);
        } finally {
            System.clearProperty("mino.perf.map");
        }
    }
}
