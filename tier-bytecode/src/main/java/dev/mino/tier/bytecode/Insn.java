package dev.mino.tier.bytecode;

/**
 * Encoding and decoding of one 32-bit instruction word: op in bits 0-7, A in 8-15, then B in 16-23 and C
 * in 24-31, or Bx (unsigned) / sBx (signed) in 16-31.
 */
public final class Insn {
    private Insn() {}

    public static final int MAX_REG = 255;
    public static final int MAX_BX = 0xFFFF;
    public static final int MIN_SBX = Short.MIN_VALUE;
    public static final int MAX_SBX = Short.MAX_VALUE;

    public static int abc(int op, int a, int b, int c) {
        return (op & 0xFF) | (a & 0xFF) << 8 | (b & 0xFF) << 16 | (c & 0xFF) << 24;
    }

    public static int abx(int op, int a, int bx) {
        return (op & 0xFF) | (a & 0xFF) << 8 | (bx & 0xFFFF) << 16;
    }

    public static int asbx(int op, int a, int sbx) {
        return (op & 0xFF) | (a & 0xFF) << 8 | sbx << 16;
    }

    public static int op(int insn) { return insn & 0xFF; }

    public static int a(int insn) { return (insn >>> 8) & 0xFF; }

    public static int b(int insn) { return (insn >>> 16) & 0xFF; }

    public static int c(int insn) { return insn >>> 24; }

    /** C as a signed byte (the immediate of the _IK ops). */
    public static int sc(int insn) { return insn >> 24; }

    public static int bx(int insn) { return insn >>> 16; }

    public static int sbx(int insn) { return insn >> 16; }

    /** Whether v fits the signed-byte immediate of an _IK op. */
    public static boolean fitsImmediate(long v) { return v >= -128 && v <= 127; }
}
