package dev.mino.stencilextract;

import java.util.Map;

/**
 * What a hole is filled with: a closed set (STYLE.md, after CPython's Tools/jit). Every relocation of every
 * format is normalised to one of these before anything else sees it. The extern symbols are declared in
 * the stencil ABI header (tier-cpjit/src/main/stencils/mino_stencil.h).
 */
public enum HoleValue {
    /** The instruction's A, B or C field (sC arrives sign-extended). */
    OPERAND_A("_JIT_A"), OPERAND_B("_JIT_B"), OPERAND_C("_JIT_C"),
    /** The second word of a two-word instruction. */
    OPERAND_X("_JIT_X"),
    /** A constant register word. */
    CONSTANT("_JIT_K"),
    /** The op's pc (deopt and exits resume there). */
    PC("_JIT_PC"),
    /** The slow-path site id the helper receives. */
    SITE("_JIT_SITE"),
    /** The slow-path helper's address. */
    HELPER("_JIT_HELPER"),
    /** The next op's code. */
    CONTINUE("_JIT_CONTINUE"),
    /** The branch target's code. */
    JUMP_TARGET("_JIT_JUMP_TARGET"),
    /** This stencil's own code (a reference into its code section). */
    CODE(null),
    /** This stencil's own data (constants the compiler placed in a data section). */
    DATA(null);

    private final String symbol;

    HoleValue(String symbol) {
        this.symbol = symbol;
    }

    /** The extern symbol the stencil sources name for this value, or null for CODE and DATA. */
    public String symbol() {
        return symbol;
    }

    private static final Map<String, HoleValue> BY_SYMBOL = Map.of(
            "_JIT_A", OPERAND_A, "_JIT_B", OPERAND_B, "_JIT_C", OPERAND_C, "_JIT_X", OPERAND_X,
            "_JIT_K", CONSTANT, "_JIT_PC", PC, "_JIT_SITE", SITE, "_JIT_HELPER", HELPER,
            "_JIT_CONTINUE", CONTINUE, "_JIT_JUMP_TARGET", JUMP_TARGET);

    /** The value an extern symbol stands for, or null when stencils may not reference it. */
    public static HoleValue ofSymbol(String name) {
        return BY_SYMBOL.get(name);
    }
}
