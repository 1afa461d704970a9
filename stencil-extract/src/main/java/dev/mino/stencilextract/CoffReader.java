package dev.mino.stencilextract;

import java.util.ArrayList;
import java.util.List;

/**
 * PE/COFF object files for x64 (IMAGE_FILE_MACHINE_AMD64), after Microsoft's PE Format specification:
 * the file header, the section table, the symbol table (auxiliary records skipped), the string table and
 * each section's relocations. Addends come from the relocated bytes.
 */
public final class CoffReader implements ObjectReader {
    private static final int IMAGE_FILE_MACHINE_AMD64 = 0x8664;
    private static final int FILE_HEADER_SIZE = 20;
    private static final int SECTION_HEADER_SIZE = 40;
    private static final int SYMBOL_SIZE = 18;
    private static final int RELOC_SIZE = 10;
    private static final int STRING_TABLE_SIZE_FIELD = 4;
    private static final long IMAGE_SCN_CNT_CODE = 0x20;
    private static final long IMAGE_SCN_CNT_UNINITIALIZED_DATA = 0x80;
    private static final long IMAGE_SCN_LNK_INFO = 0x200;
    private static final long IMAGE_SCN_LNK_REMOVE = 0x800;
    private static final long IMAGE_SCN_ALIGN_MASK = 0x00F00000;
    private static final int IMAGE_SCN_ALIGN_SHIFT = 20;
    private static final int IMAGE_SCN_ALIGN_DEFAULT = 16;
    private static final long IMAGE_SCN_LNK_NRELOC_OVFL = 0x01000000;
    private static final long IMAGE_SCN_MEM_EXECUTE = 0x20000000;
    private static final int IMAGE_SYM_CLASS_EXTERNAL = 2;
    private static final int IMAGE_SYM_CLASS_STATIC = 3;

    /** IMAGE_REL_AMD64_* names by number, for lookups and error messages. */
    private static final List<String> AMD64_TYPES = List.of("IMAGE_REL_AMD64_ABSOLUTE", "IMAGE_REL_AMD64_ADDR64",
            "IMAGE_REL_AMD64_ADDR32", "IMAGE_REL_AMD64_ADDR32NB", "IMAGE_REL_AMD64_REL32", "IMAGE_REL_AMD64_REL32_1",
            "IMAGE_REL_AMD64_REL32_2", "IMAGE_REL_AMD64_REL32_3", "IMAGE_REL_AMD64_REL32_4", "IMAGE_REL_AMD64_REL32_5",
            "IMAGE_REL_AMD64_SECTION", "IMAGE_REL_AMD64_SECREL", "IMAGE_REL_AMD64_SECREL7I", "IMAGE_REL_AMD64_TOKEN",
            "IMAGE_REL_AMD64_SREL32", "IMAGE_REL_AMD64_PAIR", "IMAGE_REL_AMD64_SSPAN32");

    /** A section header; {@code number} is its 1-based index, which symbols refer to. */
    private record RawSection(int number, String name, long virtualAddress, long rawSize, long rawPointer,
                              long relocPointer, int nreloc, long flags) {}

    /** Where the string table lies (offsets into it count from its 4-byte size field). */
    private record Strings(long offset, long size) {}

    /**
     * What a relocation naming a symbol index refers to: a named symbol ({@code section} unused), or, for a
     * section definition symbol, the section itself ({@code name} null).
     */
    private record Target(String name, int section) {}

    @Override
    public ObjectFile read(byte[] bytes, String fileName) throws ObjectFormatException {
        ByteView in = new ByteView(bytes, fileName);
        header(in);
        long symptr = in.u32(8, "PointerToSymbolTable");
        long nsyms = in.u32(12, "NumberOfSymbols");
        in.check(symptr, nsyms * SYMBOL_SIZE, "symbol table");
        Strings strings = strings(in, symptr, nsyms);
        List<RawSection> raw = sectionHeaders(in, strings);
        List<ObjectFile.Symbol> symbols = new ArrayList<>();
        Target[] targets = symbols(in, symptr, nsyms, strings, raw, symbols);
        List<ObjectFile.Section> sections = new ArrayList<>();
        for (RawSection s : raw) {
            boolean bss = (s.flags & IMAGE_SCN_CNT_UNINITIALIZED_DATA) != 0;
            byte[] body = bss ? in.zeros(s.rawSize, "uninitialised section " + s.name) : in.slice(s.rawPointer, s.rawSize, "section " + s.name);
            boolean code = (s.flags & (IMAGE_SCN_CNT_CODE | IMAGE_SCN_MEM_EXECUTE)) != 0;
            boolean alloc = (s.flags & (IMAGE_SCN_LNK_REMOVE | IMAGE_SCN_LNK_INFO)) == 0;
            sections.add(new ObjectFile.Section(s.number, s.name, body, code, alloc, alignment(in, s), relocations(in, s, body, targets)));
        }
        return new ObjectFile(ObjectFormat.COFF, sections, symbols);
    }

    /** Checks the file header's machine and that this is an object file, not an image or an import/bigobj file. */
    private static void header(ByteView in) throws ObjectFormatException {
        if (in.size() >= 2 && in.u16(0, "signature") == 0x5a4d) throw in.error("a PE image (MZ header), not a COFF object file");
        in.check(0, FILE_HEADER_SIZE, "COFF file header");
        int machine = in.u16(0, "Machine");
        if (machine == 0 && in.u16(2, "Sig2") == 0xffff) throw in.error("an import library member or /bigobj object, which is not supported");
        if (machine != IMAGE_FILE_MACHINE_AMD64) {
            throw in.error("unsupported COFF machine 0x" + Integer.toHexString(machine) + " (only IMAGE_FILE_MACHINE_AMD64, 0x8664)");
        }
        int optional = in.u16(16, "SizeOfOptionalHeader");
        if (optional != 0) throw in.error("has a " + optional + "-byte optional header: an image, not an object file");
    }

    /** The string table right after the symbol table; a file without symbols may omit it. */
    private static Strings strings(ByteView in, long symptr, long nsyms) throws ObjectFormatException {
        long at = symptr + nsyms * SYMBOL_SIZE;
        if (nsyms == 0 && (symptr == 0 || at == in.size())) return new Strings(at, 0);
        long size = in.u32(at, "string table size");
        if (size < STRING_TABLE_SIZE_FIELD) size = STRING_TABLE_SIZE_FIELD;
        in.check(at, size, "string table");
        return new Strings(at, size);
    }

    private static List<RawSection> sectionHeaders(ByteView in, Strings strings) throws ObjectFormatException {
        int count = in.u16(2, "NumberOfSections");
        in.check(FILE_HEADER_SIZE, (long) count * SECTION_HEADER_SIZE, "section table");
        List<RawSection> raw = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            long h = FILE_HEADER_SIZE + (long) i * SECTION_HEADER_SIZE;
            String name = sectionName(in, in.fixedString(h, 8, "section name"), strings);
            raw.add(new RawSection(i + 1, name, in.u32(h + 12, "VirtualAddress"), in.u32(h + 16, "SizeOfRawData"),
                    in.u32(h + 20, "PointerToRawData"), in.u32(h + 24, "PointerToRelocations"),
                    in.u16(h + 32, "NumberOfRelocations"), in.u32(h + 36, "Characteristics")));
        }
        return raw;
    }

    /** A section name: the 8-byte field itself, or "/nnn", a decimal offset into the string table. */
    private static String sectionName(ByteView in, String field, Strings strings) throws ObjectFormatException {
        if (!field.startsWith("/")) return field;
        if (field.length() < 2 || !field.substring(1).chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw in.error("section name " + field + " is neither a name nor a /offset into the string table");
        }
        return string(in, strings, Long.parseLong(field.substring(1)), "section name " + field);
    }

    private static String string(ByteView in, Strings strings, long offset, String what) throws ObjectFormatException {
        if (offset < STRING_TABLE_SIZE_FIELD) throw in.error(what + ": string table offset " + offset + " points into its size field");
        return in.cstring(strings.offset + offset, strings.offset + strings.size, what);
    }

    /**
     * Reads the symbol records into {@code out} and returns, by symbol index, what a relocation naming that
     * index refers to: null for auxiliary records and for absolute and debug symbols.
     */
    private static Target[] symbols(ByteView in, long symptr, long nsyms, Strings strings, List<RawSection> raw,
                                    List<ObjectFile.Symbol> out) throws ObjectFormatException {
        Target[] targets = new Target[(int) nsyms];
        for (int i = 0; i < targets.length; i++) {
            long rec = symptr + (long) i * SYMBOL_SIZE;
            String name = in.u32(rec, "symbol name") == 0
                    ? string(in, strings, in.u32(rec + 4, "symbol name offset"), "symbol name")
                    : in.fixedString(rec, 8, "symbol name");
            long value = in.u32(rec + 8, "Value");
            int section = (short) in.u16(rec + 12, "SectionNumber");
            int storageClass = in.u8(rec + 16, "StorageClass");
            int aux = in.u8(rec + 17, "NumberOfAuxSymbols");
            if (aux > targets.length - 1 - i) throw in.error("symbol " + name + "'s " + aux + " auxiliary records run past the symbol table");
            if (section > raw.size()) throw in.error("symbol " + name + " is in section " + section + ", which does not exist");
            if (section > 0) {
                out.add(new ObjectFile.Symbol(name, section, value));
                boolean sectionSymbol = storageClass == IMAGE_SYM_CLASS_STATIC && value == 0 && aux > 0
                        && name.equals(raw.get(section - 1).name);
                targets[i] = sectionSymbol ? new Target(null, section) : new Target(name, -1);
            } else if (section == 0) {
                if (storageClass == IMAGE_SYM_CLASS_EXTERNAL && value != 0) {
                    throw in.error("symbol " + name + " is a common symbol (" + value + " bytes), which stencils may not have");
                }
                out.add(new ObjectFile.Symbol(name, ObjectFile.Symbol.UNDEFINED, 0));
                targets[i] = new Target(name, -1);
            }
            i += aux;
        }
        return targets;
    }

    /** IMAGE_SCN_ALIGN_nBYTES: field value k means 2^(k-1) bytes; 0 means the object-file default. */
    private static int alignment(ByteView in, RawSection s) throws ObjectFormatException {
        int k = (int) ((s.flags & IMAGE_SCN_ALIGN_MASK) >>> IMAGE_SCN_ALIGN_SHIFT);
        if (k == 0) return IMAGE_SCN_ALIGN_DEFAULT;
        if (k == 0xF) throw in.error("section " + s.name + " has an invalid alignment field (0xF)");
        return 1 << (k - 1);
    }

    private static List<ObjectFile.Relocation> relocations(ByteView in, RawSection s, byte[] body, Target[] targets) throws ObjectFormatException {
        if ((s.flags & IMAGE_SCN_LNK_NRELOC_OVFL) != 0) throw in.error("section " + s.name + " has more than 65535 relocations (IMAGE_SCN_LNK_NRELOC_OVFL)");
        if (s.nreloc == 0) return List.of();
        if ((s.flags & IMAGE_SCN_CNT_UNINITIALIZED_DATA) != 0) throw in.error("uninitialised section " + s.name + " has relocations");
        in.check(s.relocPointer, (long) s.nreloc * RELOC_SIZE, "relocations of " + s.name);
        List<ObjectFile.Relocation> out = new ArrayList<>();
        for (int i = 0; i < s.nreloc; i++) {
            long r = s.relocPointer + (long) i * RELOC_SIZE;
            long offset = in.u32(r, "relocation VirtualAddress") - s.virtualAddress;
            long index = in.u32(r + 4, "SymbolTableIndex");
            int type = in.u16(r + 8, "relocation Type");
            String typeName = type < AMD64_TYPES.size() ? AMD64_TYPES.get(type) : "type 0x" + Integer.toHexString(type);
            RelocKind kind = RelocKind.named(ObjectFormat.COFF, typeName);
            if (kind == null) throw in.error("unsupported x64 relocation " + typeName + " in section " + s.name);
            long addend = in.inPlace(body, offset, kind == RelocKind.IMAGE_REL_AMD64_ADDR64 ? 8 : 4, s.name);
            if (index >= targets.length || targets[(int) index] == null) {
                throw in.error(typeName + " in section " + s.name + " names symbol " + index + ", which is missing, auxiliary, absolute or debug");
            }
            Target t = targets[(int) index];
            out.add(new ObjectFile.Relocation(offset, kind, t.name, t.name == null ? t.section : -1, addend));
        }
        return out;
    }
}
