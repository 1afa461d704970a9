package dev.mino.stencilextract;

/** Reads one object file format into an {@link ObjectFile}. */
public interface ObjectReader {
    ObjectFile read(byte[] bytes, String fileName) throws ObjectFormatException;

    /** The reader for a format. */
    static ObjectReader of(ObjectFormat format) {
        return switch (format) {
            case ELF -> new ElfReader();
            case MACHO -> new MachOReader();
            case COFF -> new CoffReader();
        };
    }
}
