package dev.mino.stencilextract;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one stencil's object file into the {@link Stencil} model: the code section is the one holding
 * {@code _JIT_ENTRY} (found by its symbol's section, not by the name ".text": the x86_64 large model says
 * ".ltext"), every relocation in it becomes a hole whose value is an ABI symbol, the stencil's own code, or
 * a data section it references (appended after the code). Anything else is an error naming the stencil.
 */
public final class StencilNormaliser {
    public static final String ENTRY = "_JIT_ENTRY";
    private static final int DATA_ALIGNMENT = 16;

    private StencilNormaliser() {}

    public static Stencil normalise(String stencilName, String fileName, ObjectFile obj) throws ObjectFormatException {
        String where = fileName + " (stencil " + stencilName + ")";
        ObjectFile.Symbol entry = null;
        for (ObjectFile.Symbol s : obj.symbols()) {
            if (s.name().equals(ENTRY) && s.defined()) entry = s;
        }
        if (entry == null) throw new ObjectFormatException(where + ": no " + ENTRY + " function");
        ObjectFile.Section code = section(obj, entry.section(), where);
        if (!code.code()) throw new ObjectFormatException(where + ": " + ENTRY + " is not in a code section (" + code.name() + ")");
        if (entry.value() != 0) throw new ObjectFormatException(where + ": " + ENTRY + " is at offset " + entry.value() + " of " + code.name() + ", not 0");
        for (ObjectFile.Section s : obj.sections()) {
            if (s != code && s.alloc() && s.code() && s.bytes().length > 0) {
                throw new ObjectFormatException(where + ": code outside " + code.name() + " (section " + s.name() + ")");
            }
        }
        Map<String, ObjectFile.Symbol> defined = new HashMap<>();
        for (ObjectFile.Symbol s : obj.symbols()) if (s.defined() && !s.name().isEmpty()) defined.putIfAbsent(s.name(), s);

        Map<Integer, Integer> dataOffsets = new LinkedHashMap<>();
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        List<Hole> holes = new ArrayList<>();
        for (ObjectFile.Relocation r : code.relocations()) {
            if (r.offset() < 0 || r.offset() >= code.bytes().length) {
                throw new ObjectFormatException(where + ": relocation " + r.kind() + " at offset " + r.offset() + " outside " + code.name());
            }
            int target = r.targetSection();
            long addend = r.addend();
            String symbol = r.symbol();
            if (symbol != null) {
                HoleValue abi = HoleValue.ofSymbol(symbol);
                ObjectFile.Symbol local = defined.get(symbol);
                if (abi != null && local == null) {
                    holes.add(new Hole((int) r.offset(), r.kind(), abi, symbol, addend));
                    continue;
                }
                if (local == null) {
                    throw new ObjectFormatException(where + ": " + r.kind() + " at offset " + r.offset()
                            + " references " + symbol + ", which is neither defined in the stencil nor an ABI symbol of mino_stencil.h");
                }
                target = local.section();
                addend += local.value();
            }
            ObjectFile.Section t = section(obj, target, where);
            String name = symbol != null ? symbol : t.name();
            if (t == code) {
                holes.add(new Hole((int) r.offset(), r.kind(), HoleValue.CODE, name, addend));
            } else {
                Integer at = dataOffsets.get(target);
                if (at == null) {
                    at = appendData(t, data, where);
                    dataOffsets.put(target, at);
                }
                holes.add(new Hole((int) r.offset(), r.kind(), HoleValue.DATA, name, addend + at));
            }
        }
        holes.sort((a, b) -> Integer.compare(a.offset(), b.offset()));
        return new Stencil(stencilName, code.bytes(), data.toByteArray(), holes);
    }

    private static int appendData(ObjectFile.Section t, ByteArrayOutputStream data, String where) throws ObjectFormatException {
        if (!t.alloc()) throw new ObjectFormatException(where + ": a relocation targets non-loaded section " + t.name());
        if (t.code()) throw new ObjectFormatException(where + ": a relocation targets a second code section " + t.name());
        if (!t.relocations().isEmpty()) {
            throw new ObjectFormatException(where + ": data section " + t.name() + " has relocations of its own ("
                    + t.relocations().getFirst().kind() + "), e.g. a jump table: build with -fno-jump-tables");
        }
        while (data.size() % DATA_ALIGNMENT != 0) data.write(0);
        int at = data.size();
        data.writeBytes(t.bytes());
        return at;
    }

    private static ObjectFile.Section section(ObjectFile obj, int index, String where) throws ObjectFormatException {
        for (ObjectFile.Section s : obj.sections()) if (s.index() == index) return s;
        throw new ObjectFormatException(where + ": reference to section " + index + ", which the file does not have");
    }
}
