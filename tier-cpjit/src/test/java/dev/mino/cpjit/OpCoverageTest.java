package dev.mino.cpjit;

import dev.mino.stencilextract.StencilTable;
import dev.mino.stencilextract.Target;
import dev.mino.tier.bytecode.Op;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every op of tier-bytecode's Op table has a stencil on every target, or a stated reason to stay in the interpreter. */
class OpCoverageTest {
    /** Stencils that are no op of the table: the JIT plants them itself. */
    static final Set<String> SYNTHETIC = Set.of("DEOPT_TO_INTERP", "DEOPT_POINT");

    static Set<String> sources() throws Exception {
        try (Stream<Path> files = Files.list(Path.of("src/main/stencils"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".c"))
                    .map(n -> n.substring(0, n.length() - 2)).collect(TreeSet::new, Set::add, Set::addAll);
        }
    }

    @Test
    void everyOpHasAStencilOrAReason() throws Exception {
        Set<String> stencils = sources();
        List<String> missing = new ArrayList<>();
        List<String> both = new ArrayList<>();
        for (int op : Op.all()) {
            String name = Op.name(op);
            boolean native_ = stencils.contains(name);
            boolean interpreted = InterpreterOnlyOps.contains(name);
            if (!native_ && !interpreted) missing.add(name);
            if (native_ && interpreted) both.add(name);
        }
        assertEquals(List.of(), missing, "ops with neither a stencil nor an entry in InterpreterOnlyOps");
        assertEquals(List.of(), both, "ops with a stencil that InterpreterOnlyOps also lists");
        for (var e : InterpreterOnlyOps.REASONS.entrySet()) {
            assertTrue(Op.byName(e.getKey()) >= 0, "InterpreterOnlyOps lists " + e.getKey() + ", which is no op");
            assertTrue(e.getValue().length() > 10, "a reason for " + e.getKey());
        }
    }

    @Test
    void everyStencilIsAnOpOrSynthetic() throws Exception {
        for (String s : sources()) assertTrue(Op.byName(s) >= 0 || SYNTHETIC.contains(s), s + " is neither an op nor synthetic");
        assertTrue(sources().containsAll(SYNTHETIC));
    }

    @Test
    void everyTargetsTableHoldsExactlyTheSources() throws Exception {
        Set<String> sources = sources();
        for (Target t : Target.values()) {
            StencilTable table = StencilLibrary.load(t).orElseThrow(() -> new AssertionError("no table for " + t.triple()));
            assertEquals(t.triple(), table.target());
            assertEquals(sources, new TreeSet<>(table.byName().keySet()), t.triple() + " is stale: run ./mino task gen-stencils");
        }
    }
}
