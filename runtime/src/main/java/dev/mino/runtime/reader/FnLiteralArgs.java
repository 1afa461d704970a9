package dev.mino.runtime.reader;

import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.UniqueIds;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** The parameters a #() body mentions: %/%1..%n become p1__N#.., %& becomes rest__N#. */
final class FnLiteralArgs {
    private final UniqueIds ids;
    private final TreeMap<Integer, Symbol> positional = new TreeMap<>();
    private Symbol rest;

    FnLiteralArgs(UniqueIds ids) {
        this.ids = ids;
    }

    Symbol positional(int n) {
        return positional.computeIfAbsent(n, k -> Symbol.of("p" + k + "__" + ids.next() + "#"));
    }

    Symbol rest() {
        if (rest == null) rest = Symbol.of("rest__" + ids.next() + "#");
        return rest;
    }

    /** [p1 .. pmax & rest]: parameters up to the highest one used, the unused ones given fresh names. */
    List<Object> params() {
        List<Object> params = new ArrayList<>();
        int max = positional.isEmpty() ? 0 : positional.lastKey();
        for (int i = 1; i <= max; i++) params.add(positional(i));
        if (rest != null) {
            params.add(LispReader.AMPERSAND);
            params.add(rest);
        }
        return params;
    }

    /** n for the text after % when it is a positive integer literal, else 0. */
    static int argNumber(String text) {
        try {
            return NumberLiteral.parse(text) instanceof Long n && n >= 1 && n <= Integer.MAX_VALUE ? n.intValue() : 0;
        } catch (IllegalArgumentException | ArithmeticException e) {
            return 0;
        }
    }
}
