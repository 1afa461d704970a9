package dev.mino.tier.bytecode;

import java.util.Set;
import java.util.TreeSet;

/**
 * How an op's first word is split into operands (ARCHITECTURE.md 4: op 8 bits, A 8 bits, then B 8 + C 8,
 * or Bx 16 unsigned, or sBx 16 signed), and whether a second word follows. Derived from the op's
 * {@link Op.Spec#operands()}, so it cannot disagree with the declaration.
 */
public enum Format {
    NONE(1), A(1), AB(1), ABC(1), ABx(1), Bx(1), AsBx(1), sBx(1), AB_X(2), ABC_X(2), AsBx_X(2);

    private final int words;

    Format(int words) { this.words = words; }

    public int words() { return words; }

    public boolean hasSecondWord() { return words == 2; }

    /** The format of an operand declaration such as "A:r B:n X:c". */
    static Format of(String operands) {
        Set<String> fields = new TreeSet<>();
        for (String token : operands.trim().split("\\s+")) {
            if (!token.isEmpty()) fields.add(token.substring(0, token.indexOf(':')));
        }
        boolean x = fields.remove("X");
        String key = String.join(",", fields);
        Format f = switch (key) {
            case "" -> NONE;
            case "A" -> A;
            case "A,B" -> x ? AB_X : AB;
            case "A,B,C" -> x ? ABC_X : ABC;
            case "A,Bx" -> ABx;
            case "Bx" -> Bx;
            case "A,sBx" -> x ? AsBx_X : AsBx;
            case "sBx" -> sBx;
            default -> throw new IllegalStateException("no format for operands " + operands);
        };
        if (x && !f.hasSecondWord()) throw new IllegalStateException("no two-word format for operands " + operands);
        return f;
    }
}
