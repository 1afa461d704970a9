package dev.mino.stencilextract;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Little-endian reads from an object file's bytes, every one bounds-checked: a truncated or corrupt file
 * gives an {@link ObjectFormatException} naming what was being read, never an index error.
 */
final class ByteView {
    /** The most zero-filled bytes a section may ask for: a stencil has a few words of data, never megabytes. */
    static final int MAX_ZERO_FILL = 1 << 20;

    private final byte[] bytes;
    private final String file;

    ByteView(byte[] bytes, String file) {
        this.bytes = bytes;
        this.file = file;
    }

    int size() {
        return bytes.length;
    }

    String file() {
        return file;
    }

    ObjectFormatException error(String message) {
        return new ObjectFormatException(file + ": " + message);
    }

    /** Fails unless [offset, offset+length) lies inside the file. */
    void check(long offset, long length, String what) throws ObjectFormatException {
        if (offset < 0 || length < 0 || offset > bytes.length || length > bytes.length - offset) {
            throw error("truncated or corrupt: " + what + " (" + length + " bytes at offset " + offset
                    + ") lies outside the file's " + bytes.length + " bytes");
        }
    }

    int u8(long at, String what) throws ObjectFormatException {
        check(at, 1, what);
        return bytes[(int) at] & 0xFF;
    }

    int u16(long at, String what) throws ObjectFormatException {
        check(at, 2, what);
        int i = (int) at;
        return (bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8;
    }

    long u32(long at, String what) throws ObjectFormatException {
        check(at, 4, what);
        int i = (int) at;
        return ((bytes[i] & 0xFF) | (bytes[i + 1] & 0xFF) << 8 | (bytes[i + 2] & 0xFF) << 16 | (long) (bytes[i + 3] & 0xFF) << 24);
    }

    long s32(long at, String what) throws ObjectFormatException {
        return (int) u32(at, what);
    }

    long u64(long at, String what) throws ObjectFormatException {
        return u32(at, what) | u32(at + 4, what) << 32;
    }

    /** A u32 or u64 that must be a usable size or offset (non-negative and below 2 GiB). */
    int index(long value, String what) throws ObjectFormatException {
        if (value < 0 || value > Integer.MAX_VALUE) throw error(what + " is out of range: " + value);
        return (int) value;
    }

    byte[] slice(long offset, long length, String what) throws ObjectFormatException {
        check(offset, length, what);
        return Arrays.copyOfRange(bytes, (int) offset, (int) (offset + length));
    }

    /** A NUL-terminated string starting at offset, which must end before limit. */
    String cstring(long offset, long limit, String what) throws ObjectFormatException {
        long end = Math.min(limit, bytes.length);
        if (offset < 0 || offset >= end) throw error(what + ": string offset " + offset + " is outside its table");
        int i = (int) offset;
        while (i < end && bytes[i] != 0) i++;
        if (i == end) throw error(what + ": string at offset " + offset + " is not terminated");
        return new String(bytes, (int) offset, i - (int) offset, StandardCharsets.ISO_8859_1);
    }

    /** A fixed-width field of up to n bytes, NUL-padded (Mach-O and COFF names). */
    String fixedString(long offset, int n, String what) throws ObjectFormatException {
        check(offset, n, what);
        int len = 0;
        while (len < n && bytes[(int) offset + len] != 0) len++;
        return new String(bytes, (int) offset, len, StandardCharsets.ISO_8859_1);
    }

    /**
     * The contents of a section the file does not store (ELF SHT_NOBITS, Mach-O zerofill, COFF uninitialised
     * data). The size is bounded first, so a corrupt size field cannot exhaust memory.
     */
    byte[] zeros(long size, String what) throws ObjectFormatException {
        if (size < 0 || size > MAX_ZERO_FILL) {
            throw error(what + " asks for " + Long.toUnsignedString(size) + " zero bytes; a stencil may have at most " + MAX_ZERO_FILL);
        }
        return new byte[(int) size];
    }

    /**
     * A relocation's in-place field, where Mach-O and COFF keep the addend: {@code width} (4 or 8) bytes at
     * {@code offset} of a section's contents, little-endian, a 4-byte field sign-extended.
     */
    long inPlace(byte[] contents, long offset, int width, String section) throws ObjectFormatException {
        if (offset < 0 || offset > contents.length - width) {
            throw error("relocation at offset " + offset + " of section " + section + " needs " + width
                    + " bytes, but the section has " + contents.length);
        }
        long v = 0;
        for (int i = width - 1; i >= 0; i--) v = v << 8 | (contents[(int) offset + i] & 0xFF);
        return width == 4 ? (int) v : v;
    }
}
