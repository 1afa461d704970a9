package dev.mino.stencilextract;

import java.util.ArrayList;
import java.util.List;

/**
 * Mach-O 64-bit little-endian relocatable objects (MH_OBJECT) for x86_64 and arm64, after Apple's
 * {@code <mach-o/loader.h>}, {@code <mach-o/nlist.h>} and {@code <mach-o/reloc.h>} with the per-CPU
 * relocation headers. Reads the sections of every LC_SEGMENT_64, the LC_SYMTAB symbols and each section's
 * relocation entries; addends come from the relocated bytes (and from ARM64_RELOC_ADDEND on arm64).
 */
public final class MachOReader implements ObjectReader {
    private static final long MH_MAGIC_64 = 0xfeedfacfL;
    private static final long MH_CIGAM_64 = 0xcffaedfeL;
    private static final long MH_MAGIC = 0xfeedfaceL;
    private static final long MH_CIGAM = 0xcefaedfeL;
    private static final long FAT_MAGIC_READ_LE = 0xbebafecaL;
    private static final int CPU_TYPE_X86_64 = 0x01000007;
    private static final int CPU_TYPE_ARM64 = 0x0100000c;
    private static final int MH_OBJECT = 1;
    private static final long LC_SEGMENT_64 = 0x19;
    private static final long LC_SYMTAB = 0x2;
    private static final int HEADER_SIZE = 32;
    private static final int LOAD_COMMAND_SIZE = 8;
    private static final int SEGMENT_SIZE = 72;
    private static final int SECTION_SIZE = 80;
    private static final int NLIST_SIZE = 16;
    private static final int RELOC_SIZE = 8;
    private static final int SECTION_TYPE = 0xff;
    private static final int S_ZEROFILL = 0x1;
    private static final int S_GB_ZEROFILL = 0xc;
    private static final int S_THREAD_LOCAL_ZEROFILL = 0x12;
    private static final int S_ATTR_PURE_INSTRUCTIONS = 0x80000000;
    private static final int S_ATTR_SOME_INSTRUCTIONS = 0x00000400;
    private static final int S_ATTR_DEBUG = 0x02000000;
    private static final int N_STAB = 0xe0;
    private static final int N_TYPE = 0x0e;
    private static final int N_EXT = 0x01;
    private static final int N_UNDF = 0x0;
    private static final int N_SECT = 0xe;
    private static final long R_SCATTERED = 0x80000000L;
    private static final int ARM64_RELOC_ADDEND = 10;
    private static final int MAX_ALIGN_LOG2 = 12;

    /** Relocation type names by number (x86_64/reloc.h, arm64/reloc.h), for lookups and error messages. */
    private static final List<String> X86_64_TYPES = List.of("X86_64_RELOC_UNSIGNED", "X86_64_RELOC_SIGNED",
            "X86_64_RELOC_BRANCH", "X86_64_RELOC_GOT_LOAD", "X86_64_RELOC_GOT", "X86_64_RELOC_SUBTRACTOR",
            "X86_64_RELOC_SIGNED_1", "X86_64_RELOC_SIGNED_2", "X86_64_RELOC_SIGNED_4", "X86_64_RELOC_TLV");
    private static final List<String> ARM64_TYPES = List.of("ARM64_RELOC_UNSIGNED", "ARM64_RELOC_SUBTRACTOR",
            "ARM64_RELOC_BRANCH26", "ARM64_RELOC_PAGE21", "ARM64_RELOC_PAGEOFF12", "ARM64_RELOC_GOT_LOAD_PAGE21",
            "ARM64_RELOC_GOT_LOAD_PAGEOFF12", "ARM64_RELOC_POINTER_TO_GOT", "ARM64_RELOC_TLVP_LOAD_PAGE21",
            "ARM64_RELOC_TLVP_LOAD_PAGEOFF12", "ARM64_RELOC_ADDEND", "ARM64_RELOC_AUTHENTICATED_POINTER");

    /** A section_64 header; {@code ordinal} is its 1-based index over all sections, which n_sect and r_symbolnum use. */
    private record RawSection(int ordinal, String name, long addr, long size, long offset, long align,
                              long reloff, long nreloc, int flags) {
        boolean zerofill() {
            int type = flags & SECTION_TYPE;
            return type == S_ZEROFILL || type == S_GB_ZEROFILL || type == S_THREAD_LOCAL_ZEROFILL;
        }
    }

    /** The fields of LC_SYMTAB. */
    private record Symtab(long symoff, long nsyms, long stroff, long strsize) {}

    /** One relocation_info, its packed second word unpacked (bit-field order of a little-endian file). */
    private record Entry(long address, int symbolnum, int length, boolean external, int type) {
        static Entry decode(long word0, long word1) {
            return new Entry(word0, (int) (word1 & 0xffffff), (int) (word1 >>> 25) & 3, ((word1 >>> 27) & 1) != 0,
                    (int) (word1 >>> 28));
        }
    }

    @Override
    public ObjectFile read(byte[] bytes, String fileName) throws ObjectFormatException {
        ByteView in = new ByteView(bytes, fileName);
        boolean arm = header(in) == CPU_TYPE_ARM64;
        List<RawSection> raw = new ArrayList<>();
        Symtab symtab = loadCommands(in, raw);
        List<ObjectFile.Symbol> symbols = new ArrayList<>();
        String[] relocatable = symbols(in, symtab, raw, symbols);
        List<ObjectFile.Section> sections = new ArrayList<>();
        for (RawSection s : raw) {
            byte[] body = s.zerofill() ? in.zeros(s.size, "zero-fill section " + s.name) : in.slice(s.offset, s.size, "section " + s.name);
            boolean code = (s.flags & (S_ATTR_PURE_INSTRUCTIONS | S_ATTR_SOME_INSTRUCTIONS)) != 0;
            sections.add(new ObjectFile.Section(s.ordinal, s.name, body, code, (s.flags & S_ATTR_DEBUG) == 0,
                    1 << Math.min(s.align, MAX_ALIGN_LOG2), relocations(in, arm, s, body, raw, relocatable)));
        }
        return new ObjectFile(ObjectFormat.MACHO, sections, symbols);
    }

    /** Checks the mach_header_64 and returns the CPU type. */
    private static int header(ByteView in) throws ObjectFormatException {
        long magic = in.u32(0, "Mach-O magic");
        if (magic == MH_CIGAM_64 || magic == MH_CIGAM) throw in.error("big-endian Mach-O is not supported (only little-endian x86_64 and arm64)");
        if (magic == MH_MAGIC) throw in.error("32-bit Mach-O (MH_MAGIC) is not supported, only 64-bit (MH_MAGIC_64)");
        if (magic == FAT_MAGIC_READ_LE) throw in.error("a universal (fat) Mach-O file: give one architecture's object instead");
        if (magic != MH_MAGIC_64) throw in.error("not a Mach-O file (bad magic 0x" + Long.toHexString(magic) + ")");
        in.check(0, HEADER_SIZE, "Mach-O header");
        int cpu = (int) in.u32(4, "cputype");
        if (cpu != CPU_TYPE_X86_64 && cpu != CPU_TYPE_ARM64) {
            throw in.error("unsupported Mach-O CPU type 0x" + Integer.toHexString(cpu) + " (only CPU_TYPE_X86_64 and CPU_TYPE_ARM64)");
        }
        long filetype = in.u32(12, "filetype");
        if (filetype != MH_OBJECT) throw in.error("not a relocatable object (filetype " + filetype + ", expected MH_OBJECT)");
        return cpu;
    }

    /** Walks the load commands, collecting every LC_SEGMENT_64's sections; returns LC_SYMTAB (null without one). */
    private static Symtab loadCommands(ByteView in, List<RawSection> raw) throws ObjectFormatException {
        long ncmds = in.u32(16, "ncmds");
        long sizeofcmds = in.u32(20, "sizeofcmds");
        in.check(HEADER_SIZE, sizeofcmds, "load commands");
        if (ncmds > sizeofcmds / LOAD_COMMAND_SIZE) throw in.error(ncmds + " load commands cannot fit in " + sizeofcmds + " bytes");
        long end = HEADER_SIZE + sizeofcmds;
        Symtab symtab = null;
        long at = HEADER_SIZE;
        for (long i = 0; i < ncmds; i++) {
            long cmd = in.u32(at, "load command");
            long size = in.u32(at + 4, "cmdsize");
            if (size < LOAD_COMMAND_SIZE || size > end - at) {
                throw in.error("load command " + i + " has size " + size + ", which does not fit in the load command area");
            }
            if (cmd == LC_SEGMENT_64) {
                segment(in, at, size, raw);
            } else if (cmd == LC_SYMTAB) {
                if (symtab != null) throw in.error("more than one LC_SYMTAB");
                if (size < 24) throw in.error("LC_SYMTAB is " + size + " bytes, too short");
                symtab = new Symtab(in.u32(at + 8, "symoff"), in.u32(at + 12, "nsyms"), in.u32(at + 16, "stroff"), in.u32(at + 20, "strsize"));
            }
            at += size;
        }
        return symtab;
    }

    /** The section_64 headers that follow one segment_command_64. */
    private static void segment(ByteView in, long at, long size, List<RawSection> raw) throws ObjectFormatException {
        if (size < SEGMENT_SIZE) throw in.error("LC_SEGMENT_64 is " + size + " bytes, too short");
        long nsects = in.u32(at + 64, "nsects");
        if (nsects > (size - SEGMENT_SIZE) / SECTION_SIZE) throw in.error("LC_SEGMENT_64 claims " + nsects + " sections but has room for fewer");
        for (long j = 0; j < nsects; j++) {
            long s = at + SEGMENT_SIZE + j * SECTION_SIZE;
            String name = in.fixedString(s + 16, 16, "segname") + "," + in.fixedString(s, 16, "sectname");
            raw.add(new RawSection(raw.size() + 1, name, in.u64(s + 32, "addr"), in.u64(s + 40, "size"), in.u32(s + 48, "offset"),
                    in.u32(s + 52, "align"), in.u32(s + 56, "reloff"), in.u32(s + 60, "nreloc"), (int) in.u32(s + 64, "flags")));
        }
    }

    /**
     * Reads the nlist_64 entries into {@code out} (section symbols get section-relative values) and returns,
     * by symbol index, the name a relocation may refer to: null for debug (N_STAB), absolute and indirect
     * entries, which stencils have no use for.
     */
    private static String[] symbols(ByteView in, Symtab symtab, List<RawSection> raw, List<ObjectFile.Symbol> out) throws ObjectFormatException {
        if (symtab == null) return new String[0];
        in.check(symtab.symoff, symtab.nsyms * NLIST_SIZE, "symbol table");
        in.check(symtab.stroff, symtab.strsize, "string table");
        String[] names = new String[(int) symtab.nsyms];
        for (int i = 0; i < names.length; i++) {
            long e = symtab.symoff + (long) i * NLIST_SIZE;
            long strx = in.u32(e, "n_strx");
            int type = in.u8(e + 4, "n_type");
            int sect = in.u8(e + 5, "n_sect");
            long value = in.u64(e + 8, "n_value");
            if ((type & N_STAB) != 0) continue;
            String name = strx == 0 ? "" : cName(in.cstring(symtab.stroff + strx, symtab.stroff + symtab.strsize, "symbol name"));
            if ((type & N_TYPE) == N_SECT) {
                if (sect < 1 || sect > raw.size()) throw in.error("symbol " + name + " is in section " + sect + ", which does not exist");
                out.add(new ObjectFile.Symbol(name, sect, value - raw.get(sect - 1).addr));
                names[i] = name;
            } else if ((type & N_TYPE) == N_UNDF && (type & N_EXT) != 0) {
                if (value != 0) throw in.error("symbol " + name + " is a common symbol (a tentative definition of " + value + " bytes), which stencils may not have");
                out.add(new ObjectFile.Symbol(name, ObjectFile.Symbol.UNDEFINED, 0));
                names[i] = name;
            }
        }
        return names;
    }

    /** A C name as Mach-O spells it minus the leading underscore the ABI adds (labels like ltmp0 have none). */
    private static String cName(String name) {
        return name.startsWith("_") ? name.substring(1) : name;
    }

    /** A section's relocation entries, with ARM64_RELOC_ADDEND folded into the entry that follows it. */
    private static List<ObjectFile.Relocation> relocations(ByteView in, boolean arm, RawSection s, byte[] body,
                                                           List<RawSection> raw, String[] names) throws ObjectFormatException {
        if (s.nreloc == 0) return List.of();
        if (s.zerofill()) throw in.error("zero-fill section " + s.name + " has relocations");
        in.check(s.reloff, s.nreloc * RELOC_SIZE, "relocations of " + s.name);
        List<ObjectFile.Relocation> out = new ArrayList<>();
        Long pending = null;   // the addend of a preceding ARM64_RELOC_ADDEND
        for (long i = 0; i < s.nreloc; i++) {
            long at = s.reloff + i * RELOC_SIZE;
            Entry e = Entry.decode(in.u32(at, "r_address"), in.u32(at + 4, "relocation info"));
            if ((e.address & R_SCATTERED) != 0) throw in.error("scattered relocation in section " + s.name + " is not supported");
            if (arm && e.type == ARM64_RELOC_ADDEND) {
                if (pending != null) throw in.error("two ARM64_RELOC_ADDEND in a row in section " + s.name);
                pending = (long) (e.symbolnum << 8 >> 8);   // r_symbolnum holds a signed 24-bit addend
                continue;
            }
            out.add(relocation(in, arm, s, body, e, pending == null ? 0 : pending, raw, names));
            pending = null;
        }
        if (pending != null) throw in.error("ARM64_RELOC_ADDEND ends section " + s.name + "'s relocations, with no relocation to apply to");
        return out;
    }

    /** One relocation: its kind, what it refers to and its addend (in place, plus any ARM64_RELOC_ADDEND). */
    private static ObjectFile.Relocation relocation(ByteView in, boolean arm, RawSection s, byte[] body, Entry e, long extra,
                                                    List<RawSection> raw, String[] names) throws ObjectFormatException {
        List<String> typeNames = arm ? ARM64_TYPES : X86_64_TYPES;
        String typeName = e.type < typeNames.size() ? typeNames.get(e.type) : "type " + e.type;
        RelocKind kind = RelocKind.named(ObjectFormat.MACHO, typeName);
        if (kind == null) throw in.error("unsupported " + (arm ? "arm64" : "x86_64") + " relocation " + typeName + " in section " + s.name);
        boolean unsigned = kind == RelocKind.X86_64_RELOC_UNSIGNED || kind == RelocKind.ARM64_RELOC_UNSIGNED;
        int width = unsigned ? 8 : 4;
        if (e.length != Integer.numberOfTrailingZeros(width)) {
            throw in.error(typeName + " of " + (1 << e.length) + " bytes in section " + s.name + " is not supported (only " + width + ")");
        }
        long field = in.inPlace(body, e.address, width, s.name);
        long addend = extra + switch (kind) {
            case X86_64_RELOC_UNSIGNED, ARM64_RELOC_UNSIGNED, X86_64_RELOC_BRANCH -> field;
            case ARM64_RELOC_BRANCH26 -> (field << 38 >> 38) * 4;   // imm26, sign-extended, in instructions
            default -> 0;                                            // a GOT load's instruction holds no addend
        };
        if (e.external) {
            if (e.symbolnum >= names.length || names[e.symbolnum] == null) {
                throw in.error(typeName + " in section " + s.name + " names symbol " + e.symbolnum + ", which is missing or not a section or undefined symbol");
            }
            return new ObjectFile.Relocation(e.address, kind, names[e.symbolnum], -1, addend);
        }
        if (!unsigned) throw in.error("section-relative (r_extern=0) " + typeName + " in section " + s.name + " is not supported");
        if (e.symbolnum < 1 || e.symbolnum > raw.size()) {
            throw in.error(typeName + " in section " + s.name + " refers to section " + e.symbolnum + ", which does not exist");
        }
        return new ObjectFile.Relocation(e.address, kind, null, e.symbolnum, addend - raw.get(e.symbolnum - 1).addr);
    }
}
