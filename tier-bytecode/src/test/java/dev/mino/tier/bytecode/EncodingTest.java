package dev.mino.tier.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The instruction encoding, the opcode table and the register word encoding. */
class EncodingTest {
    @Test void everyOpIsDeclaredWithAFormatAndADoc() throws IllegalAccessException {
        assertTrue(Op.all().size() >= 80);
        for (java.lang.reflect.Field f : Op.class.getFields()) {
            if (f.getType() == int.class) assertEquals(f.getName(), Op.name(f.getInt(null)), "the spec of " + f.getName() + " names it");
        }
        for (int op : Op.all()) {
            assertNotNull(Op.format(op), Op.name(op));
            assertFalse(Op.doc(op).isBlank(), Op.name(op));
            assertEquals(op, Op.byName(Op.name(op)));
        }
        for (String name : new String[] {"MOVE", "LOAD_K", "GETGLOBAL", "SETGLOBAL", "JMP", "JMPIFNOT", "CALL", "TAILCALL", "RETURN",
                "CLOSURE", "THROW", "PUSHCATCH", "POPCATCH", "PUSHDYN", "POPDYN", "MAKE_LAZY", "ADD_II", "SUB_II", "MUL_II", "ADD_IK",
                "SUB_IK", "MOD", "QUOT", "REM", "EQ_II", "LT_II", "LE_II", "GT_II", "GE_II", "LT_IK", "LE_IK", "EQ_IK", "BAND_II",
                "BOR_II", "BXOR_II", "SHL_II", "SHR_II", "USHR_II", "BNOT_I", "ZERO_INT_P", "POS_P_I", "NEG_P_I", "EVEN_P_I", "ODD_P_I",
                "INC_I", "DEC_I", "LOOP_INT_LT", "LOOP_INT_DEC", "LOOP_INT_LT_INC", "LOOP_INT_DEC_INC", "LOOP_INT_LT_ACC",
                "LOOP_INT_DEC_ACC", "NTH_VEC", "FIRST_VEC", "COUNT_VEC", "EMPTY_VEC", "CONJ_VEC", "GET_KW_MAP", "ASSOC", "DISSOC",
                "CALL_CACHED", "PROTOCOL_CALL_CACHED", "PROTOCOL_TAILCALL_CACHED", "GETGLOBAL_CACHED", "PUSH_ENV", "POP_ENV", "ENV_BIND",
                "LOAD_K_RETURN"}) {
            assertTrue(Op.byName(name) >= 0, name);
        }
    }

    @Test void twoWordOpsAreTheOnesTheArchitectureNames() {
        for (String name : new String[] {"CALL_CACHED", "PROTOCOL_CALL_CACHED", "PROTOCOL_TAILCALL_CACHED", "LOOP_INT_LT_ACC", "LOOP_INT_DEC_ACC"}) {
            assertEquals(2, Op.width(Op.byName(name)), name);
        }
        assertEquals(1, Op.width(Op.ADD_II));
        assertEquals(Format.ABC, Op.format(Op.ADD_II));
        assertEquals(Format.ABx, Op.format(Op.LOAD_K));
        assertEquals(Format.AsBx, Op.format(Op.JMPIFNOT));
        assertEquals(Format.sBx, Op.format(Op.JMP));
    }

    @Test void fieldsRoundTrip() {
        int i = Insn.abc(Op.ADD_II, 255, 1, 200);
        assertEquals(Op.ADD_II, Insn.op(i));
        assertEquals(255, Insn.a(i));
        assertEquals(1, Insn.b(i));
        assertEquals(200, Insn.c(i));
        assertEquals(-128, Insn.sc(Insn.abc(Op.ADD_IK, 0, 0, -128)));
        assertEquals(65535, Insn.bx(Insn.abx(Op.LOAD_K, 3, 65535)));
        assertEquals(-32768, Insn.sbx(Insn.asbx(Op.JMP, 0, -32768)));
        assertEquals(32767, Insn.sbx(Insn.asbx(Op.JMP, 0, 32767)));
    }

    @Test void fixnumsCover63Bits() {
        long max = (1L << 62) - 1;
        long min = -(1L << 62);
        assertTrue(Words.fits(max));
        assertTrue(Words.fits(min));
        assertFalse(Words.fits(max + 1));
        assertFalse(Words.fits(min - 1));
        assertFalse(Words.fits(Long.MAX_VALUE));
        for (long v : new long[] {0, 1, -1, max, min, 12345}) {
            long w = Words.fixnum(v);
            assertTrue(Words.isFixnum(w));
            assertEquals(v, Words.value(w));
            assertEquals(v, Words.toObject(w, null));
        }
    }

    @Test void immediatesConstantsAndRefs() {
        assertEquals(2, Words.NIL);
        assertEquals(10, Words.FALSE);
        assertEquals(18, Words.TRUE);
        assertEquals(null, Words.toObject(Words.NIL, "ignored"));
        assertSame(Boolean.FALSE, Words.toObject(Words.FALSE, null));
        assertSame(Boolean.TRUE, Words.toObject(Words.TRUE, null));
        Object big = Long.MAX_VALUE;
        assertEquals(Words.REF, Words.literalOf(big));
        assertEquals(Words.REF, Words.literalOf("a constant"), "object constants are refs (LOAD_K stores the ref)");
        Object ref = new Object();
        assertSame(ref, Words.toObject(Words.REF, ref));
        // A Long from Java that fits is a fixnum whose ref slot keeps the box (identity); a literal that fits is a fixnum.
        assertEquals(Words.fixnum(1000), Words.literalOf(1000L));
        long[] w = new long[1];
        Object[] r = new Object[1];
        Long box = 1000L;
        Words.store(w, r, 0, box);
        assertEquals(Words.fixnum(1000), w[0]);
        assertSame(box, Words.toObject(w[0], r[0]));
        w[0] = Words.fixnum(1001);
        assertEquals(1001L, Words.toObject(w[0], r[0]), "a stale box of another value is ignored");
        Words.store(w, r, 0, Long.MAX_VALUE);
        assertEquals(Words.REF, w[0]);
    }
}
