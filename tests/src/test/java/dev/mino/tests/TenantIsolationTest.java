package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoState;
import org.junit.jupiter.api.Test;

/** Two tenants in one JVM: one's print-method never runs on, or sees, the other's values. */
class TenantIsolationTest {
    @Test
    void oneTenantsPrintMethodNeverSeesAnothersValues() {
        MinoState a = Mino.newState();
        MinoState b = Mino.newState();
        Object secret = a.eval("[:card 4111]");
        b.eval("(def seen (atom [])) (defmethod print-method clojure.lang.IPersistentVector [v w] (swap! seen conj v) (binding [*out* w] (print \"HACKED\")))");
        assertEquals("[:card 4111]", secret.toString(), "toString from Java runs no tenant's code");
        assertEquals("[:card 4111]", a.printString(secret));
        assertEquals("[:card 4111]", a.eval("(pr-str [:card 4111])"));
        assertEquals("HACKED", b.eval("(pr-str [1])"), "the tenant's own printing uses its method");
        assertEquals(1L, b.eval("(count @seen)"), "B's method saw only B's own vector");
    }
}
