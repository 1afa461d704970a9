package dev.mino.stencilextract;

/**
 * Every relocation kind that clang emits for our stencils on the five targets, named as its format names
 * it. A kind that is not here is rejected by the reader with an error naming it, the file and the stencil.
 * The runtime patcher (tier-cpjit) has one method per kind, with the bit layout it writes.
 */
public enum RelocKind {
    // ELF x86-64
    R_X86_64_64(ObjectFormat.ELF), R_X86_64_PC32(ObjectFormat.ELF), R_X86_64_PLT32(ObjectFormat.ELF),
    // ELF AArch64
    R_AARCH64_ABS64(ObjectFormat.ELF),
    R_AARCH64_MOVW_UABS_G0_NC(ObjectFormat.ELF), R_AARCH64_MOVW_UABS_G1_NC(ObjectFormat.ELF),
    R_AARCH64_MOVW_UABS_G2_NC(ObjectFormat.ELF), R_AARCH64_MOVW_UABS_G3(ObjectFormat.ELF),
    R_AARCH64_CALL26(ObjectFormat.ELF), R_AARCH64_JUMP26(ObjectFormat.ELF),
    // Mach-O x86_64
    X86_64_RELOC_UNSIGNED(ObjectFormat.MACHO), X86_64_RELOC_BRANCH(ObjectFormat.MACHO),
    // Mach-O arm64
    ARM64_RELOC_UNSIGNED(ObjectFormat.MACHO), ARM64_RELOC_BRANCH26(ObjectFormat.MACHO),
    ARM64_RELOC_GOT_LOAD_PAGE21(ObjectFormat.MACHO), ARM64_RELOC_GOT_LOAD_PAGEOFF12(ObjectFormat.MACHO),
    // COFF x64
    IMAGE_REL_AMD64_ADDR64(ObjectFormat.COFF), IMAGE_REL_AMD64_REL32(ObjectFormat.COFF);

    private final ObjectFormat format;

    RelocKind(ObjectFormat format) {
        this.format = format;
    }

    public ObjectFormat format() {
        return format;
    }

    /**
     * The kind that {@code format} calls {@code name}, or null when stencils may not use it. Mach-O and COFF
     * readers name a relocation type by its spec name and look it up here, so the list of supported kinds
     * lives only in this enum.
     */
    public static RelocKind named(ObjectFormat format, String name) {
        for (RelocKind k : values()) if (k.format == format && k.name().equals(name)) return k;
        return null;
    }
}
