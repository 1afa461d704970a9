package dev.mino.stencilextract;

import java.util.ArrayList;
import java.util.List;

/**
 * ELF64 little-endian relocatable objects for x86-64 and AArch64 (System V gABI; the psABIs for the
 * relocation numbers). Reads section headers, the symbol table and every SHT_RELA section; SHT_REL is
 * rejected (clang writes RELA for both machines).
 */
public final class ElfReader implements ObjectReader {
    private static final int EM_X86_64 = 62;
    private static final int EM_AARCH64 = 183;
    private static final int SHT_SYMTAB = 2;
    private static final int SHT_RELA = 4;
    private static final int SHT_NOBITS = 8;
    private static final int SHT_REL = 9;
    private static final long SHF_ALLOC = 0x2;
    private static final long SHF_EXECINSTR = 0x4;
    private static final int SHN_UNDEF = 0;
    private static final int SHN_LORESERVE = 0xff00;
    private static final int STT_SECTION = 3;
    private static final int SHDR_SIZE = 64;
    private static final int SYM_SIZE = 24;
    private static final int RELA_SIZE = 24;

    private record Header(int type, long flags, long offset, long size, int link, int info, long align, int nameOffset) {}

    @Override
    public ObjectFile read(byte[] bytes, String fileName) throws ObjectFormatException {
        ByteView in = new ByteView(bytes, fileName);
        in.check(0, 64, "ELF header");
        if (in.u32(0, "magic") != 0x464c457fL) throw in.error("not an ELF file (bad magic)");
        if (in.u8(4, "EI_CLASS") != 2) throw in.error("not a 64-bit ELF file");
        if (in.u8(5, "EI_DATA") != 1) throw in.error("not a little-endian ELF file");
        if (in.u16(16, "e_type") != 1) throw in.error("not a relocatable object (e_type " + in.u16(16, "e_type") + ")");
        int machine = in.u16(18, "e_machine");
        if (machine != EM_X86_64 && machine != EM_AARCH64) throw in.error("unsupported ELF machine " + machine);
        long shoff = in.u64(40, "e_shoff");
        int shentsize = in.u16(58, "e_shentsize");
        int shnum = in.u16(60, "e_shnum");
        int shstrndx = in.u16(62, "e_shstrndx");
        if (shentsize != SHDR_SIZE) throw in.error("unexpected section header size " + shentsize);
        in.check(shoff, (long) shnum * SHDR_SIZE, "section header table");
        if (shstrndx >= shnum) throw in.error("section name table index " + shstrndx + " out of range");

        List<Header> headers = new ArrayList<>();
        for (int i = 0; i < shnum; i++) {
            long h = shoff + (long) i * SHDR_SIZE;
            headers.add(new Header((int) in.u32(h + 4, "sh_type"), in.u64(h + 8, "sh_flags"), in.u64(h + 24, "sh_offset"),
                    in.u64(h + 32, "sh_size"), (int) in.u32(h + 40, "sh_link"), (int) in.u32(h + 44, "sh_info"),
                    in.u64(h + 48, "sh_addralign"), (int) in.u32(h, "sh_name")));
        }
        Header shstr = headers.get(shstrndx);
        in.check(shstr.offset, shstr.size, "section name table");

        List<ObjectFile.Symbol> symbols = new ArrayList<>();
        List<String> symbolNames = new ArrayList<>();   // by symbol index; a section symbol is null
        List<Integer> symbolSections = new ArrayList<>();
        for (Header h : headers) {
            if (h.type != SHT_SYMTAB) continue;
            if (!symbols.isEmpty()) throw in.error("more than one symbol table");
            if (h.link < 0 || h.link >= shnum) throw in.error("symbol table's string table index out of range");
            Header strtab = headers.get(h.link);
            in.check(strtab.offset, strtab.size, "symbol string table");
            in.check(h.offset, h.size, "symbol table");
            long count = h.size / SYM_SIZE;
            for (long i = 0; i < count; i++) {
                long s = h.offset + i * SYM_SIZE;
                long nameOffset = in.u32(s, "st_name");
                int info = in.u8(s + 4, "st_info");
                int shndx = in.u16(s + 6, "st_shndx");
                long value = in.u64(s + 8, "st_value");
                String name = nameOffset == 0 ? "" : in.cstring(strtab.offset + nameOffset, strtab.offset + strtab.size, "symbol name");
                boolean sectionSymbol = (info & 0xF) == STT_SECTION;
                int section = shndx == SHN_UNDEF || shndx >= SHN_LORESERVE ? ObjectFile.Symbol.UNDEFINED : shndx;
                if (shndx >= shnum && shndx < SHN_LORESERVE) throw in.error("symbol " + name + " in section " + shndx + ", which does not exist");
                symbols.add(new ObjectFile.Symbol(name, section, value));
                symbolNames.add(sectionSymbol ? null : name);
                symbolSections.add(section);
            }
        }

        List<List<ObjectFile.Relocation>> relocations = new ArrayList<>();
        for (int i = 0; i < shnum; i++) relocations.add(new ArrayList<>());
        for (Header h : headers) {
            if (h.type == SHT_REL) throw in.error("SHT_REL relocations (without addends) are not supported");
            if (h.type != SHT_RELA) continue;
            if (h.info <= 0 || h.info >= shnum) throw in.error("relocation section applies to section " + h.info + ", which does not exist");
            in.check(h.offset, h.size, "relocation section");
            long count = h.size / RELA_SIZE;
            for (long i = 0; i < count; i++) {
                long r = h.offset + i * RELA_SIZE;
                long offset = in.u64(r, "r_offset");
                long info = in.u64(r + 8, "r_info");
                long addend = in.u64(r + 16, "r_addend");
                long symIndex = info >>> 32;
                int type = (int) info;
                RelocKind kind = kind(machine, type, in, sectionName(in, shstr, headers.get(h.info)));
                if (symIndex >= symbols.size()) throw in.error("relocation names symbol " + symIndex + ", which does not exist");
                String name = symbolNames.get((int) symIndex);
                int target = name == null ? symbolSections.get((int) symIndex) : -1;
                relocations.get(h.info).add(new ObjectFile.Relocation(offset, kind, name, target, addend));
            }
        }

        List<ObjectFile.Section> sections = new ArrayList<>();
        for (int i = 1; i < shnum; i++) {
            Header h = headers.get(i);
            if (h.type == SHT_SYMTAB || h.type == SHT_RELA || h.type == 3 /* SHT_STRTAB */) continue;
            String name = sectionName(in, shstr, h);
            boolean alloc = (h.flags & SHF_ALLOC) != 0;
            byte[] body = h.type == SHT_NOBITS ? in.zeros(h.size, "SHT_NOBITS section " + name) : in.slice(h.offset, h.size, "section " + name);
            sections.add(new ObjectFile.Section(i, name, body, (h.flags & SHF_EXECINSTR) != 0, alloc,
                    (int) Math.min(Math.max(h.align, 1), 4096), relocations.get(i)));
        }
        return new ObjectFile(ObjectFormat.ELF, sections, symbols);
    }

    private static String sectionName(ByteView in, Header shstr, Header h) throws ObjectFormatException {
        return in.cstring(shstr.offset + h.nameOffset, shstr.offset + shstr.size, "section name");
    }

    private static RelocKind kind(int machine, int type, ByteView in, String section) throws ObjectFormatException {
        RelocKind k = machine == EM_X86_64 ? switch (type) {
            case 1 -> RelocKind.R_X86_64_64;
            case 2 -> RelocKind.R_X86_64_PC32;
            case 4 -> RelocKind.R_X86_64_PLT32;
            default -> null;
        } : switch (type) {
            case 257 -> RelocKind.R_AARCH64_ABS64;
            case 264 -> RelocKind.R_AARCH64_MOVW_UABS_G0_NC;
            case 266 -> RelocKind.R_AARCH64_MOVW_UABS_G1_NC;
            case 268 -> RelocKind.R_AARCH64_MOVW_UABS_G2_NC;
            case 269 -> RelocKind.R_AARCH64_MOVW_UABS_G3;
            case 282 -> RelocKind.R_AARCH64_JUMP26;
            case 283 -> RelocKind.R_AARCH64_CALL26;
            default -> null;
        };
        if (k == null) {
            throw in.error("unsupported " + (machine == EM_X86_64 ? "x86-64" : "AArch64") + " relocation type " + type + " in " + section);
        }
        return k;
    }
}
