package dev.mino.stencilextract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds small, valid object files in memory: ELF64 (x86-64, AArch64), Mach-O 64 (x86_64, arm64) and COFF
 * x64, each from one {@link Description}. They exist so the readers can be checked (SelfTest, the fuzz test)
 * on any machine, without a compiler: minimal writers of the formats, holding only what the readers read.
 * Like the assemblers, the Mach-O and COFF writers put addends in the relocated bytes (arm64 Mach-O in an
 * ARM64_RELOC_ADDEND entry instead, for kinds other than UNSIGNED).
 */
final class SyntheticObjects {
    /** The section number (ELF index, Mach-O ordinal, COFF number) of the code section, and of the data section. */
    private static final int CODE = 1;
    private static final int DATA_MACHO_COFF = 2;

    private SyntheticObjects() {}

    /** Whether a target's machine is AArch64 (arm64). */
    static boolean arm(Target t) {
        return t.arch().equals("aarch64");
    }

    /** The name a reader gives a target's data section (COFF's is longer than 8 bytes, so it is a "/nnn" name). */
    static String dataSectionName(Target t) {
        return switch (t.format()) {
            case ELF -> ".data";
            case MACHO -> "__DATA,__data";
            case COFF -> ".data$stencil";
        };
    }

    /** A local (non-exported) symbol at {@code offset} of the code section, or of the data section when {@code inData}. */
    record Local(String name, boolean inData, int offset) {}

    /**
     * A relocation at {@code offset} of the code section against {@code symbol} ({@code _JIT_ENTRY}, a local
     * or an extern) or, when {@code symbol} is null, against the start of the data section. {@code rawType}
     * is the number the file stores; {@code kind} is null for a raw type that no RelocKind stands for.
     */
    record Reloc(int offset, RelocKind kind, int rawType, String symbol, long addend) {
        static Reloc of(int offset, RelocKind kind, String symbol, long addend) {
            return new Reloc(offset, kind, RAW_TYPES.get(kind), symbol, addend);
        }

        /** A relocation of a type the readers must reject (written without an in-place addend). */
        static Reloc raw(int offset, int rawType, String symbol) {
            return new Reloc(offset, null, rawType, symbol, 0);
        }

        boolean eightBytes() {
            return kind == RelocKind.R_X86_64_64 || kind == RelocKind.R_AARCH64_ABS64 || kind == RelocKind.X86_64_RELOC_UNSIGNED
                    || kind == RelocKind.ARM64_RELOC_UNSIGNED || kind == RelocKind.IMAGE_REL_AMD64_ADDR64;
        }
    }

    /**
     * What to build: the code (with {@code _JIT_ENTRY} at 0), optional data (null for none), an optional
     * zero-filled section of {@code bssSize} bytes (0 for none; nothing refers to it, it is there for the
     * readers' zero-fill paths), local symbols, undefined externs and the code's relocations. A Mach-O or
     * COFF object with a zero-fill section also has data.
     */
    record Description(Target target, byte[] code, byte[] data, int bssSize, List<Local> locals, List<String> externs,
                       List<Reloc> relocs) {
        Description {
            code = code.clone();
            data = data == null ? null : data.clone();
            locals = List.copyOf(locals);
            externs = List.copyOf(externs);
            relocs = List.copyOf(relocs);
        }

        @Override
        public byte[] code() {
            return code.clone();
        }

        @Override
        public byte[] data() {
            return data == null ? null : data.clone();
        }
    }

    /** The number each format stores for each kind (the psABIs, x86_64/arm64 reloc.h, the PE spec). */
    private static final Map<RelocKind, Integer> RAW_TYPES = new EnumMap<>(Map.ofEntries(
            Map.entry(RelocKind.R_X86_64_64, 1), Map.entry(RelocKind.R_X86_64_PC32, 2), Map.entry(RelocKind.R_X86_64_PLT32, 4),
            Map.entry(RelocKind.R_AARCH64_ABS64, 257), Map.entry(RelocKind.R_AARCH64_MOVW_UABS_G0_NC, 264),
            Map.entry(RelocKind.R_AARCH64_MOVW_UABS_G1_NC, 266), Map.entry(RelocKind.R_AARCH64_MOVW_UABS_G2_NC, 268),
            Map.entry(RelocKind.R_AARCH64_MOVW_UABS_G3, 269), Map.entry(RelocKind.R_AARCH64_JUMP26, 282),
            Map.entry(RelocKind.R_AARCH64_CALL26, 283),
            Map.entry(RelocKind.X86_64_RELOC_UNSIGNED, 0), Map.entry(RelocKind.X86_64_RELOC_BRANCH, 2),
            Map.entry(RelocKind.ARM64_RELOC_UNSIGNED, 0), Map.entry(RelocKind.ARM64_RELOC_BRANCH26, 2),
            Map.entry(RelocKind.ARM64_RELOC_GOT_LOAD_PAGE21, 5), Map.entry(RelocKind.ARM64_RELOC_GOT_LOAD_PAGEOFF12, 6),
            Map.entry(RelocKind.IMAGE_REL_AMD64_ADDR64, 1), Map.entry(RelocKind.IMAGE_REL_AMD64_REL32, 4)));

    /** The object file for a description. */
    static byte[] build(Description d) {
        return switch (d.target.format()) {
            case ELF -> ElfWriter.write(d);
            case MACHO -> MachOWriter.write(d);
            case COFF -> CoffWriter.write(d);
        };
    }

    /** The code section's bytes as {@link #build} writes them: the description's code with in-place addends. */
    static byte[] codeAsWritten(Description d) {
        return switch (d.target.format()) {
            case ELF -> d.code.clone();
            case MACHO -> MachOWriter.code(d);
            case COFF -> CoffWriter.code(d);
        };
    }

    /** A growable little-endian byte buffer, shared by the writers. */
    private static final class Out {
        private byte[] buf = new byte[256];
        private int size;

        int size() {
            return size;
        }

        Out u8(int v) {
            if (size == buf.length) buf = Arrays.copyOf(buf, buf.length * 2);
            buf[size++] = (byte) v;
            return this;
        }

        Out u16(int v) {
            return u8(v).u8(v >>> 8);
        }

        Out u32(long v) {
            return u16((int) v).u16((int) (v >>> 16));
        }

        Out u64(long v) {
            return u32(v).u32(v >>> 32);
        }

        Out bytes(byte[] b) {
            for (byte x : b) u8(x);
            return this;
        }

        /** A name in a fixed-width NUL-padded field (Mach-O and COFF names). */
        Out fixed(String s, int width) {
            byte[] b = s.getBytes(StandardCharsets.ISO_8859_1);
            if (b.length > width) throw new IllegalArgumentException(s + " does not fit in " + width + " bytes");
            return bytes(b).zeros(width - b.length);
        }

        Out zeros(int n) {
            for (int i = 0; i < n; i++) u8(0);
            return this;
        }

        Out alignTo(int a) {
            return zeros(align(size, a) - size);
        }

        byte[] toBytes() {
            return Arrays.copyOf(buf, size);
        }
    }

    /** A string table: NUL-terminated names after a prefix, each added once. */
    private static final class Strings {
        private final Out out = new Out();
        private final Map<String, Integer> offsets = new HashMap<>();
        private final int base;

        /** {@code base} is where the first string goes (COFF counts its 4-byte size field); a NUL comes first when {@code leadingNul}. */
        Strings(int base, boolean leadingNul) {
            this.base = base;
            if (leadingNul) out.u8(0);
        }

        int add(String s) {
            return offsets.computeIfAbsent(s, k -> {
                int at = base + out.size();
                out.bytes(k.getBytes(StandardCharsets.ISO_8859_1)).u8(0);
                return at;
            });
        }

        byte[] bytes() {
            return out.toBytes();
        }
    }

    static int align(int n, int a) {
        return (n + a - 1) / a * a;
    }

    /** Writes {@code value} little-endian into {@code width} bytes of {@code code} at {@code at}. */
    private static void put(byte[] code, int at, int width, long value) {
        for (int i = 0; i < width; i++) code[at + i] = (byte) (value >>> (8 * i));
    }

    /** ELF64 relocatable: .text, .rela.text, optional .data, .symtab (section symbols, locals, globals), .strtab, .shstrtab. */
    private static final class ElfWriter {
        private static final int EHDR_SIZE = 64;
        private static final int SHDR_SIZE = 64;
        private static final int SHT_PROGBITS = 1;
        private static final int SHT_SYMTAB = 2;
        private static final int SHT_STRTAB = 3;
        private static final int SHT_RELA = 4;
        private static final int SHT_NOBITS = 8;
        private static final int SHF_ALLOC = 0x2;
        private static final int SHF_EXECINSTR = 0x4;
        private static final int SHF_WRITE = 0x1;
        private static final int STB_LOCAL = 0;
        private static final int STB_GLOBAL = 1;
        private static final int STT_NOTYPE = 0;
        private static final int STT_FUNC = 2;
        private static final int STT_SECTION = 3;

        private record Header(String name, int type, long flags, int offset, int size, int link, int info, int align, int entsize) {}

        static byte[] write(Description d) {
            boolean hasData = d.data != null;
            int next = 3;   // after .text and .rela.text
            int data = hasData ? next++ : 0;
            if (d.bssSize > 0) next++;
            int symtab = next;
            Strings strtab = new Strings(0, true);
            Out syms = new Out().zeros(24);
            Map<String, Integer> index = new HashMap<>();
            symbol(syms, 0, STB_LOCAL, STT_SECTION, CODE, 0);
            int count = 2;
            int dataSymbol = -1;
            if (hasData) {
                symbol(syms, 0, STB_LOCAL, STT_SECTION, data, 0);
                dataSymbol = count++;
            }
            for (Local l : d.locals) {
                symbol(syms, strtab.add(l.name), STB_LOCAL, STT_FUNC, l.inData ? data : CODE, l.offset);
                index.put(l.name, count++);
            }
            int firstGlobal = count;
            symbol(syms, strtab.add(StencilNormaliser.ENTRY), STB_GLOBAL, STT_FUNC, CODE, 0);
            index.put(StencilNormaliser.ENTRY, count++);
            for (String e : d.externs) {
                symbol(syms, strtab.add(e), STB_GLOBAL, STT_NOTYPE, 0, 0);
                index.put(e, count++);
            }
            Out rela = new Out();
            for (Reloc r : d.relocs) {
                long sym = r.symbol == null ? dataSymbol : index.get(r.symbol);
                rela.u64(r.offset).u64(sym << 32 | r.rawType).u64(r.addend);
            }

            Out file = new Out().zeros(EHDR_SIZE);
            List<Header> headers = new ArrayList<>();
            headers.add(new Header("", 0, 0, 0, 0, 0, 0, 0, 0));
            headers.add(place(file, ".text", SHT_PROGBITS, SHF_ALLOC | SHF_EXECINSTR, d.code, 0, 0, 16, 0));
            headers.add(place(file, ".rela.text", SHT_RELA, 0, rela.toBytes(), symtab, CODE, 8, 24));
            if (hasData) headers.add(place(file, ".data", SHT_PROGBITS, SHF_ALLOC | SHF_WRITE, d.data, 0, 0, 16, 0));
            if (d.bssSize > 0) headers.add(new Header(".bss", SHT_NOBITS, SHF_ALLOC | SHF_WRITE, file.size(), d.bssSize, 0, 0, 16, 0));
            headers.add(place(file, ".symtab", SHT_SYMTAB, 0, syms.toBytes(), symtab + 1, firstGlobal, 8, 24));
            headers.add(place(file, ".strtab", SHT_STRTAB, 0, strtab.bytes(), 0, 0, 1, 0));
            Strings shstrtab = new Strings(0, true);
            for (Header h : headers) if (!h.name.isEmpty()) shstrtab.add(h.name);
            shstrtab.add(".shstrtab");
            headers.add(place(file, ".shstrtab", SHT_STRTAB, 0, shstrtab.bytes(), 0, 0, 1, 0));
            int shoff = file.alignTo(8).size();
            for (Header h : headers) {
                file.u32(h.name.isEmpty() ? 0 : shstrtab.add(h.name)).u32(h.type).u64(h.flags).u64(0).u64(h.offset).u64(h.size)
                        .u32(h.link).u32(h.info).u64(h.align).u64(h.entsize);
            }
            byte[] out = file.toBytes();
            byte[] ehdr = new Out().bytes(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1}).zeros(9)
                    .u16(1).u16(arm(d.target) ? 183 : 62).u32(1).u64(0).u64(0).u64(shoff).u32(0)
                    .u16(EHDR_SIZE).u16(0).u16(0).u16(SHDR_SIZE).u16(headers.size()).u16(headers.size() - 1).toBytes();
            System.arraycopy(ehdr, 0, out, 0, EHDR_SIZE);
            return out;
        }

        private static void symbol(Out syms, int name, int bind, int type, int section, long value) {
            syms.u32(name).u8(bind << 4 | type).u8(0).u16(section).u64(value).u64(0);
        }

        private static Header place(Out file, String name, int type, long flags, byte[] body, int link, int info, int align, int entsize) {
            int at = file.alignTo(align).size();
            file.bytes(body);
            return new Header(name, type, flags, at, body.length, link, info, align, entsize);
        }
    }

    /** Mach-O 64 MH_OBJECT: one LC_SEGMENT_64 with __TEXT,__text and optionally __DATA,__data, then LC_SYMTAB. */
    private static final class MachOWriter {
        private static final int HEADER_SIZE = 32;
        private static final int SEGMENT_SIZE = 72;
        private static final int SECTION_SIZE = 80;
        private static final int SYMTAB_SIZE = 24;
        private static final int N_SO = 0x64;
        private static final int N_EXT = 0x1;
        private static final int N_SECT = 0xe;
        private static final int ARM64_RELOC_ADDEND = 10;
        private static final int TEXT_FLAGS = 0x80000400;   // S_REGULAR | PURE_INSTRUCTIONS | SOME_INSTRUCTIONS
        private static final int S_ZEROFILL = 0x1;

        /** Where the data section sits in the segment (and so its addr): after the code, 16-byte aligned. */
        static int dataAddr(Description d) {
            return align(d.code.length, 16);
        }

        static byte[] code(Description d) {
            byte[] code = d.code.clone();
            for (Reloc r : d.relocs) {
                if (r.kind == RelocKind.X86_64_RELOC_UNSIGNED || r.kind == RelocKind.ARM64_RELOC_UNSIGNED) {
                    put(code, r.offset, 8, r.addend + (r.symbol == null ? dataAddr(d) : 0));
                } else if (r.kind == RelocKind.X86_64_RELOC_BRANCH) {
                    put(code, r.offset, 4, r.addend);
                }
            }
            return code;
        }

        static byte[] write(Description d) {
            boolean arm = arm(d.target);
            int nsects = d.data == null ? 1 : d.bssSize > 0 ? 3 : 2;
            int commandsSize = SEGMENT_SIZE + nsects * SECTION_SIZE + SYMTAB_SIZE;
            int textOff = align(HEADER_SIZE + commandsSize, 16);
            int dataAddr = dataAddr(d);
            int segmentSize = d.data == null ? d.code.length : dataAddr + d.data.length;
            int bssAddr = align(segmentSize, 16);
            int vmSize = d.bssSize > 0 ? bssAddr + d.bssSize : segmentSize;

            Strings strings = new Strings(0, true);
            Out syms = new Out();
            Map<String, Integer> index = new HashMap<>();
            syms.u32(strings.add("stencil.c")).u8(N_SO).u8(0).u16(0).u64(0);   // a debug entry the reader skips
            int count = 1;
            for (Local l : d.locals) {
                syms.u32(strings.add("_" + l.name)).u8(N_SECT).u8(l.inData ? DATA_MACHO_COFF : CODE).u16(0).u64(l.offset + (l.inData ? dataAddr : 0));
                index.put(l.name, count++);
            }
            syms.u32(strings.add("_" + StencilNormaliser.ENTRY)).u8(N_SECT | N_EXT).u8(CODE).u16(0).u64(0);
            index.put(StencilNormaliser.ENTRY, count++);
            for (String e : d.externs) {
                syms.u32(strings.add("_" + e)).u8(N_EXT).u8(0).u16(0).u64(0);
                index.put(e, count++);
            }
            Out relocs = new Out();
            for (Reloc r : d.relocs) {
                boolean unsigned = r.kind == RelocKind.X86_64_RELOC_UNSIGNED || r.kind == RelocKind.ARM64_RELOC_UNSIGNED;
                if (arm && r.kind != null && !unsigned && r.addend != 0) {
                    relocs.u32(r.offset).u32((r.addend & 0xffffff) | 2L << 25 | (long) ARM64_RELOC_ADDEND << 28);
                }
                boolean pcrel = r.kind == RelocKind.X86_64_RELOC_BRANCH || r.kind == RelocKind.ARM64_RELOC_BRANCH26
                        || r.kind == RelocKind.ARM64_RELOC_GOT_LOAD_PAGE21;
                long symbolnum = r.symbol == null ? DATA_MACHO_COFF : index.get(r.symbol);
                relocs.u32(r.offset).u32(symbolnum | (pcrel ? 1L : 0) << 24 | (unsigned ? 3L : 2L) << 25
                        | (r.symbol == null ? 0 : 1L) << 27 | (long) r.rawType << 28);
            }
            int relocOff = align(textOff + segmentSize, 8);
            int nreloc = relocs.size() / 8;
            int symOff = relocOff + relocs.size();
            int strOff = symOff + syms.size();
            byte[] stringBytes = strings.bytes();

            Out file = new Out();
            file.u32(0xfeedfacfL).u32(arm ? 0x0100000c : 0x01000007).u32(arm ? 0 : 3).u32(1)
                    .u32(2).u32(commandsSize).u32(0x2000).u32(0);
            file.u32(0x19).u32(SEGMENT_SIZE + nsects * SECTION_SIZE).fixed("", 16).u64(0).u64(vmSize)
                    .u64(textOff).u64(segmentSize).u32(7).u32(7).u32(nsects).u32(0);
            section(file, "__text", "__TEXT", 0, d.code.length, textOff, arm ? 2 : 4, relocOff, nreloc, TEXT_FLAGS);
            if (d.data != null) section(file, "__data", "__DATA", dataAddr, d.data.length, textOff + dataAddr, 3, 0, 0, 0);
            if (nsects == 3) section(file, "__bss", "__DATA", bssAddr, d.bssSize, 0, 4, 0, 0, S_ZEROFILL);
            file.u32(0x2).u32(SYMTAB_SIZE).u32(symOff).u32(count).u32(strOff).u32(stringBytes.length);
            file.zeros(textOff - file.size()).bytes(code(d));
            if (d.data != null) file.zeros(textOff + dataAddr - file.size()).bytes(d.data);
            file.zeros(relocOff - file.size()).bytes(relocs.toBytes()).bytes(syms.toBytes()).bytes(stringBytes);
            return file.toBytes();
        }

        private static void section(Out file, String name, String segment, long addr, int size, int offset, int alignLog2,
                                    int reloff, int nreloc, int flags) {
            file.fixed(name, 16).fixed(segment, 16).u64(addr).u64(size).u32(offset).u32(alignLog2).u32(reloff).u32(nreloc)
                    .u32(flags).u32(0).u32(0).u32(0);
        }
    }

    /** COFF x64 object: .text and optionally a long-named data section, section symbols with aux records, a string table. */
    private static final class CoffWriter {
        private static final int FILE_HEADER_SIZE = 20;
        private static final int SECTION_HEADER_SIZE = 40;
        private static final int TEXT_FLAGS = 0x60500020;   // CNT_CODE | ALIGN_16BYTES | MEM_EXECUTE | MEM_READ
        private static final int DATA_FLAGS = 0xC0500040;   // CNT_INITIALIZED_DATA | ALIGN_16BYTES | MEM_READ | MEM_WRITE
        private static final int BSS_FLAGS = 0xC0500080;    // CNT_UNINITIALIZED_DATA | ALIGN_16BYTES | MEM_READ | MEM_WRITE
        private static final int CLASS_EXTERNAL = 2;
        private static final int CLASS_STATIC = 3;
        private static final int CLASS_FILE = 103;
        private static final int TYPE_FUNCTION = 0x20;

        static byte[] code(Description d) {
            byte[] code = d.code.clone();
            for (Reloc r : d.relocs) {
                if (r.kind != null) put(code, r.offset, r.eightBytes() ? 8 : 4, r.addend);
            }
            return code;
        }

        static byte[] write(Description d) {
            int nsections = d.data == null ? 1 : d.bssSize > 0 ? 3 : 2;
            Strings strings = new Strings(4, false);
            Out syms = new Out();
            Map<String, Integer> index = new HashMap<>();
            int count = 0;
            count += sectionSymbol(syms, strings, ".text", CODE, d.code.length, d.relocs.size());
            if (d.data != null) count += sectionSymbol(syms, strings, dataSectionName(d.target), DATA_MACHO_COFF, d.data.length, 0);
            symbol(syms, strings, "@feat.00", 0, -1, 0, CLASS_STATIC, 0);   // absolute: skipped, but counted
            count++;
            symbol(syms, strings, StencilNormaliser.ENTRY, 0, CODE, TYPE_FUNCTION, CLASS_EXTERNAL, 0);
            index.put(StencilNormaliser.ENTRY, count++);
            for (Local l : d.locals) {
                symbol(syms, strings, l.name, l.offset, l.inData ? DATA_MACHO_COFF : CODE, 0, CLASS_STATIC, 0);
                index.put(l.name, count++);
            }
            for (String e : d.externs) {
                symbol(syms, strings, e, 0, 0, 0, CLASS_EXTERNAL, 0);
                index.put(e, count++);
            }
            symbol(syms, strings, ".file", 0, -2, 0, CLASS_FILE, 1);   // debug, with one aux record holding the file name
            syms.fixed("stencil.c", 18);
            count += 2;
            int dataName = d.data == null ? 0 : strings.add(dataSectionName(d.target));
            byte[] stringBytes = strings.bytes();

            int textOff = FILE_HEADER_SIZE + nsections * SECTION_HEADER_SIZE;
            int dataOff = textOff + d.code.length;
            int relocOff = dataOff + (d.data == null ? 0 : d.data.length);
            int symOff = relocOff + d.relocs.size() * 10;
            Out file = new Out();
            file.u16(0x8664).u16(nsections).u32(0).u32(symOff).u32(count).u16(0).u16(0);
            sectionHeader(file, ".text", d.code.length, textOff, relocOff, d.relocs.size(), TEXT_FLAGS);
            if (d.data != null) sectionHeader(file, "/" + dataName, d.data.length, dataOff, 0, 0, DATA_FLAGS);
            if (nsections == 3) sectionHeader(file, ".bss", d.bssSize, 0, 0, 0, BSS_FLAGS);
            file.bytes(code(d));
            if (d.data != null) file.bytes(d.data);
            for (Reloc r : d.relocs) {
                file.u32(r.offset).u32(r.symbol == null ? 2 : index.get(r.symbol)).u16(r.rawType);
            }
            file.bytes(syms.toBytes()).u32(4 + stringBytes.length).bytes(stringBytes);
            return file.toBytes();
        }

        private static void sectionHeader(Out file, String name, int size, int offset, int relocOff, int nreloc, int flags) {
            file.fixed(name, 8).u32(0).u32(0).u32(size).u32(offset).u32(nreloc == 0 ? 0 : relocOff).u32(0)
                    .u16(nreloc).u16(0).u32(flags);
        }

        /** A section definition symbol and its aux record (Length, NumberOfRelocations, ..., Number); returns 2 records. */
        private static int sectionSymbol(Out syms, Strings strings, String name, int section, int length, int nreloc) {
            symbol(syms, strings, name, 0, section, 0, CLASS_STATIC, 1);
            syms.u32(length).u16(nreloc).u16(0).u32(0).u16(section).u8(0).zeros(3);
            return 2;
        }

        private static void symbol(Out syms, Strings strings, String name, long value, int section, int type, int storageClass, int aux) {
            if (name.length() <= 8) syms.fixed(name, 8);
            else syms.u32(0).u32(strings.add(name));
            syms.u32(value).u16(section).u16(type).u8(storageClass).u8(aux);
        }
    }
}
