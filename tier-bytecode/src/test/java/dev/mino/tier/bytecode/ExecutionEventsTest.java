package dev.mino.tier.bytecode;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import dev.mino.tiers.ExecutionListener;
import dev.mino.tiers.TierDiagnostics;
import dev.mino.tiers.TieredEngine;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Execution events are per state: a listener on one state never sees another state's fns. */
class ExecutionEventsTest {
    @Test
    void aListenerSeesItsOwnStatesCompilesOnly() {
        MinoState a = Mino.newState(MinoOptions.commandLine("bytecode", null));
        MinoState b = Mino.newState(MinoOptions.commandLine("bytecode", null));
        List<String> seen = new CopyOnWriteArrayList<>();
        ExecutionListener listener = (tier, artifact) -> seen.add(tier + " " + ((BytecodeFn) artifact).name());
        TieredEngine.events(a).add(listener);
        b.eval("(defn in-b [x] x)");
        assertEquals(List.of(), seen, "b's fns are not a's business");
        a.eval("(defn in-a [x] x)");
        assertEquals(List.of("bytecode user/in-a"), seen);
        TieredEngine.events(a).remove(listener);
        a.eval("(defn later [x] x)");
        assertEquals(1, seen.size());
    }

    @Test
    void theBytecodeTiersDiagnosticsAreFoundWithoutNamingItsClasses() {
        TierDiagnostics d = TierDiagnostics.find().orElseThrow();
        assertEquals("bytecode", d.tier());
        MinoState s = Mino.newState(MinoOptions.commandLine("bytecode", null));
        String listing = d.disassemble(s.eval("(fn [n] (inc n))"));
        assertTrue(listing.contains("INC_I"), listing);
        assertTrue(d.disassemble(42L).contains("is not a bytecode fn"));
    }
}
