package dev.mino.stencilextract;

/** The object file formats clang writes for the five targets. */
public enum ObjectFormat {
    ELF, MACHO, COFF
}
