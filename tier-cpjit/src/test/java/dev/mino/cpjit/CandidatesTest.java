package dev.mino.cpjit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.policy.DefaultTieringPolicy;
import dev.mino.runtime.embed.JitMode;
import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.embed.TieringPolicy.Candidate;
import dev.mino.tier.bytecode.BytecodeClosure;
import dev.mino.tier.bytecode.BytecodeFn;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CandidatesTest {
    /** A stencil body that starts by calling its helper has no fast lane. */
    private static final Pattern HELPER_FIRST = Pattern.compile("STENCIL \\{\\s*int64_t status = call_helper\\(regs, ctx\\);");

    @Test
    void theAlwaysExitOpsAreTheStencilsWithoutAFastLane() throws IOException {
        Set<String> found = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/stencils"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".c")).toList()) {
                String src = Files.readString(p);
                if (src.contains("HELPER_STENCIL") || src.contains("EXIT_STENCIL") || HELPER_FIRST.matcher(src).find()) {
                    found.add(p.getFileName().toString().replace(".c", ""));
                }
            }
        }
        assertEquals(found, new TreeSet<>(Candidates.ALWAYS_EXIT));
    }

    @Test
    void featuresAndTheDefaultAutoRule() {
        MinoState s = Mino.newState(MinoOptions.commandLine("bytecode", "off"));
        s.eval("(defn sum-to [n] (loop [i 0 acc 0] (if (< i n) (recur (inc i) (+ acc i)) acc)))"
                + "(defn fib [n] (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))"
                + "(defn triple [x] (* 3 x))"
                + "(defn add-key [m i] (assoc m i i))"
                + "(defn walk [s] (loop [s (seq s) n 0] (if s (recur (next s) (inc n)) n)))");
        Candidate sum = Candidates.of(method(s, "sum-to", 1), 10, false);
        assertEquals("user", sum.namespace());
        assertEquals("sum-to", sum.name());
        assertTrue(sum.loops() && !sum.leavesNativeCode());
        assertTrue(Candidates.of(method(s, "fib", 1), 10, false).callsNatively());
        assertTrue(auto(Candidates.of(method(s, "sum-to", 1), 10, false)));
        assertTrue(auto(Candidates.of(method(s, "fib", 1), 10, false)));
        assertFalse(auto(Candidates.of(method(s, "triple", 1), 10, false)), "a leaf called from Java");
        assertTrue(auto(Candidates.of(method(s, "triple", 1), 1, true)), "a leaf called from native code");
        assertFalse(auto(Candidates.of(method(s, "add-key", 2), 1, true)), "allocates on every call");
        assertFalse(auto(Candidates.of(method(s, "walk", 1), 10, false)), "a loop calling builtins through the helper");
    }

    private static boolean auto(Candidate c) {
        return DefaultTieringPolicy.INSTANCE.compile(c, JitMode.AUTO);
    }

    private static BytecodeFn.Method method(MinoState s, String name, int arity) {
        return ((BytecodeClosure) s.getVar("user/" + name)).template().methodFor(arity);
    }
}
