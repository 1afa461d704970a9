package dev.mino.stencilextract;

import java.util.List;

/**
 * What a reader takes from one object file, before normalising (StencilNormaliser): its sections with
 * their relocations, and its symbols. Names are as C spells them (Mach-O's extra leading underscore is
 * already gone).
 */
public record ObjectFile(ObjectFormat format, List<Section> sections, List<Symbol> symbols) {
    public ObjectFile {
        sections = List.copyOf(sections);
        symbols = List.copyOf(symbols);
    }

    /**
     * A section. {@code index} is the format's own number for it (ELF section index, Mach-O 1-based section
     * ordinal, COFF 1-based section number), which symbols and relocations refer to.
     */
    public record Section(int index, String name, byte[] bytes, boolean code, boolean alloc, int alignment,
                          List<Relocation> relocations) {
        public Section {
            relocations = List.copyOf(relocations);
        }
    }

    /** A symbol: {@code section} is a Section index, or {@link #UNDEFINED} for an extern. */
    public record Symbol(String name, int section, long value) {
        public static final int UNDEFINED = -1;

        public boolean defined() {
            return section != UNDEFINED;
        }
    }

    /**
     * A relocation at {@code offset} of its section, against a symbol ({@code symbol} non-null) or against a
     * section ({@code symbol} null, {@code targetSection} its index). {@code addend} is explicit (ELF RELA) or
     * read from the bytes at the offset (Mach-O, COFF).
     */
    public record Relocation(long offset, RelocKind kind, String symbol, int targetSection, long addend) {}
}
