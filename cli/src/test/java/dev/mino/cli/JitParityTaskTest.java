package dev.mino.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** task test-jit-parity in ./mvnw verify: the whole suite under five JIT configurations, byte-identical. */
class JitParityTaskTest {
    @Test
    void theSuitePrintsTheSameBytesUnderEveryJitConfiguration() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = new JitParityTask(new PrintWriter(out), new PrintWriter(err), ChildMain.currentClasspath())
                .run(Path.of("..", "tests").toAbsolutePath().normalize());
        assertEquals("jit-parity: OK -- stdout byte-identical across jit-auto / jit-on / jit-off / lean / treewalk, all exit 0\n",
                out.toString(), err.toString());
        assertEquals(0, status);
    }

    @Test
    void theLeanClasspathLeavesOutTheNativeTier() {
        List<String> lean = JitParityTask.lean(List.of("/r/cli/target/classes", "/r/tier-cpjit/target/classes", "/r/deopt/target/classes",
                "/lib/tier-cpjit-0.1.jar", "/lib/deopt-0.1.jar", "/lib/tier-bytecode-0.1.jar", "/r/tiering-policy/target/classes"));
        assertEquals(List.of("/r/cli/target/classes", "/lib/tier-bytecode-0.1.jar", "/r/tiering-policy/target/classes"), lean);
    }

    @Test
    void theFirstDifferenceIsNamed() {
        assertNull(JitParityTask.firstDifference("a", "x\ny", "b", "x\ny"));
        String d = JitParityTask.firstDifference("a", "x\ny\n", "b", "x\nz\n");
        assertTrue(d.contains("line 2") && d.contains("a: y") && d.contains("b: z"), d);
        assertFalse(d.contains("line 1"));
    }
}
