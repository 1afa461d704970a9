package dev.mino.cpjit;

import dev.mino.stencilextract.HoleValue;

import java.util.EnumMap;
import java.util.Map;

/** Small builders for chain steps in tests. */
final class PatchedChains {
    private PatchedChains() {}

    static long fixnum(long v) {
        return v << 1 | 1;
    }

    /** Operand values from alternating (HoleValue, value) pairs. */
    static Map<HoleValue, Long> ops(Object... pairs) {
        Map<HoleValue, Long> m = new EnumMap<>(HoleValue.class);
        for (int i = 0; i < pairs.length; i += 2) m.put((HoleValue) pairs[i], ((Number) pairs[i + 1]).longValue());
        return m;
    }

    static ChainImage.Step step(String stencil, Object... pairs) {
        return new ChainImage.Step(stencil, ops(pairs));
    }

    static ChainImage.Step jump(String stencil, int target, Object... pairs) {
        return new ChainImage.Step(stencil, ops(pairs), target);
    }
}
