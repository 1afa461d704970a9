package dev.mino.stencilextract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The committed text format: written and read back unchanged; a damaged file is an error naming its line. */
class StencilTableTest {
    static StencilTable sample() {
        byte[] code = new byte[37];
        for (int i = 0; i < code.length; i++) code[i] = (byte) (i * 7);
        Stencil a = new Stencil("ADD_II", code, new byte[] {1, 2, 3}, List.of(
                new Hole(2, RelocKind.R_X86_64_64, HoleValue.OPERAND_B, "_JIT_B", 0),
                new Hole(33, RelocKind.R_X86_64_PLT32, HoleValue.CONTINUE, "_JIT_CONTINUE", -4)));
        Stencil b = new Stencil("RETURN", new byte[] {(byte) 0xC3}, new byte[0], List.of());
        return new StencilTable("x86_64-unknown-linux-gnu", ObjectFormat.ELF, "clang 19", "-O2", List.of(a, b));
    }

    @Test
    void roundTrips() {
        StencilTable t = sample();
        String text = t.toText();
        StencilTable back = StencilTable.parse(text, "t.stencils");
        assertEquals(t, back);
        assertEquals(text, back.toText());
        assertEquals(37 + 3 + 1, t.totalBytes());
    }

    @Test
    void aDamagedTableNamesItsLine() {
        String text = sample().toText().replace("hole 0x0021 R_X86_64_PLT32", "hole 0x0021 R_X86_64_GOTPCREL");
        StencilTable.FormatError e = assertThrows(StencilTable.FormatError.class, () -> StencilTable.parse(text, "t.stencils"));
        assertTrue(e.getMessage().startsWith("t.stencils:") && e.getMessage().contains("R_X86_64_GOTPCREL"), e.getMessage());
        String truncated = sample().toText().substring(0, 400);
        assertThrows(StencilTable.FormatError.class, () -> StencilTable.parse(truncated, "t.stencils"));
    }

    @Test
    void aHoleOutsideTheCodeIsRejected() {
        String text = sample().toText().replace("hole 0x0021", "hole 0x0100");
        StencilTable.FormatError e = assertThrows(StencilTable.FormatError.class, () -> StencilTable.parse(text, "t.stencils"));
        assertTrue(e.getMessage().contains("past the code"), e.getMessage());
    }
}
