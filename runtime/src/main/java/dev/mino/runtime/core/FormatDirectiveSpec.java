package dev.mino.runtime.core;

import java.util.HashMap;
import java.util.Map;

/**
 * What cl-format accepts for one directive character: its parameters (name, default, and whether it is
 * a character or an integer parameter), its flags (@, :, both), whether it needs the pretty writer, and
 * for an opening bracket the closing character, whether ~; separates clauses and where ~:; may go.
 */
record FormatDirectiveSpec(char name, String[] params, Object[] defaults, boolean[] charParams,
                           boolean at, boolean colon, boolean both, boolean pretty,
                           char close, boolean separators, ElsePosition elsePosition) {
    /** Where an opening bracket allows its ~:; clause: ~[ takes it last, ~< first (its line-break text). */
    enum ElsePosition { NONE, LAST, FIRST }

    private static final Map<Character, FormatDirectiveSpec> TABLE = new HashMap<>();

    static {
        String integerFlags = "@:b";
        plain('A', "mincol 0, colinc 1, minpad 0, padchar ' '", "@:b");
        plain('S', "mincol 0, colinc 1, minpad 0, padchar ' '", "@:b");
        for (char c : new char[] {'D', 'B', 'O', 'X'}) plain(c, "mincol 0, padchar ' ', commachar ',', commainterval 3", integerFlags);
        plain('R', "base -, mincol 0, padchar ' ', commachar ',', commainterval 3", integerFlags);
        plain('P', "", "@:b");
        plain('C', "char-format '-", "@:b");
        plain('F', "w -, d -, k 0, overflowchar '-, padchar ' '", "@");
        plain('E', "w -, d -, e -, k 1, overflowchar '-, padchar ' ', exponentchar '-", "@");
        plain('G', "w -, d -, e -, k 1, overflowchar '-, padchar ' ', exponentchar '-", "@");
        plain('$', "d 2, n 1, w 0, padchar ' '", "@:b");
        plain('%', "count 1", "");
        plain('&', "count 1", "p");
        plain('|', "count 1", "");
        plain('~', "n 1", "");
        plain('\n', "", "@:");
        plain('T', "colnum 1, colinc 1", "@p");
        plain('*', "n 1", "@:");
        plain('?', "", "@");
        bracket('(', "", "@:b", ')', false, ElsePosition.NONE);
        plain(')', "", "");
        bracket('[', "selector -", "@:", ']', true, ElsePosition.LAST);
        plain(';', "min-remaining -, max-columns -", ":");
        plain(']', "", "");
        bracket('{', "max-iterations -", "@:b", '}', false, ElsePosition.NONE);
        plain('}', "", ":");
        bracket('<', "mincol 0, colinc 1, minpad 0, padchar ' '", "@:bp", '>', true, ElsePosition.FIRST);
        plain('>', "", ":");
        plain('^', "arg1 -, arg2 -, arg3 -", ":");
        plain('W', "", "@:bp");
        plain('_', "", "@:b");
        plain('I', "n 0", ":");
    }

    /** The spec for a directive character (case-insensitive), or null. */
    static FormatDirectiveSpec lookup(char c) {
        return TABLE.get(Character.toUpperCase(c));
    }

    boolean isOpening() {
        return close != 0;
    }

    private static void plain(char name, String params, String flags) {
        bracket(name, params, flags, (char) 0, false, ElsePosition.NONE);
    }

    /**
     * Registers a directive. params reads "name default, ...": a default of - means none, 'c a character
     * parameter defaulting to c ('- for none), a number an integer parameter. flags: @ : b(oth) p(retty).
     */
    private static void bracket(char name, String params, String flags, char close, boolean separators, ElsePosition elsePosition) {
        String[] specs = params.isEmpty() ? new String[0] : params.split(", ");
        String[] names = new String[specs.length];
        Object[] defaults = new Object[specs.length];
        boolean[] chars = new boolean[specs.length];
        for (int i = 0; i < specs.length; i++) {
            String[] parts = specs[i].split(" ", 2);
            names[i] = parts[0];
            String d = parts[1];
            chars[i] = d.startsWith("'");
            if (chars[i]) {
                defaults[i] = d.equals("'-") ? null : d.charAt(1);
            } else {
                defaults[i] = d.equals("-") ? null : Long.parseLong(d);
            }
        }
        TABLE.put(name, new FormatDirectiveSpec(name, names, defaults, chars, flags.contains("@"), flags.contains(":"),
                flags.contains("b"), flags.contains("p"), close, separators, elsePosition));
    }
}
