package dev.mino.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.JitMode;
import dev.mino.runtime.embed.TieringPolicy.Candidate;
import org.junit.jupiter.api.Test;

class DefaultTieringPolicyTest {
    static Candidate fn(boolean loops, boolean callsNatively, boolean leaves, boolean fromNative) {
        return new Candidate("user", "f", 1, 12, 10, loops, callsNatively, leaves, fromNative);
    }

    final DefaultTieringPolicy p = DefaultTieringPolicy.INSTANCE;

    @Test
    void thresholdsFollowTheModeAndTheCalleeRule() {
        assertEquals(1, p.threshold(fn(false, false, false, false), JitMode.ON, 10));
        assertEquals(10, p.threshold(fn(false, false, false, false), JitMode.AUTO, 10));
        assertEquals(1, p.threshold(fn(false, false, false, true), JitMode.AUTO, 10), "a callee of native code: threshold 1");
        assertEquals(Integer.MAX_VALUE, p.threshold(fn(true, false, false, false), JitMode.OFF, 10));
    }

    @Test
    void autoCompilesLoopsAndNativeCallsThatStayNative() {
        assertTrue(p.compile(fn(true, false, false, false), JitMode.AUTO), "a loop");
        assertTrue(p.compile(fn(false, true, false, false), JitMode.AUTO), "recursion");
        assertTrue(p.compile(fn(false, false, false, true), JitMode.AUTO), "a leaf called from native code");
        assertFalse(p.compile(fn(false, false, false, false), JitMode.AUTO), "a leaf called from Java");
        assertFalse(p.compile(fn(true, true, true, false), JitMode.AUTO), "a loop that allocates");
        assertTrue(p.compile(fn(false, false, true, false), JitMode.ON));
        assertFalse(p.compile(fn(true, false, false, false), JitMode.OFF));
    }
}
