package dev.mino.runtime.core;

import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Seqs;

/**
 * Where cl-format is in its argument list: the whole list, what remains of it, and the position. Immutable:
 * each directive returns the position it leaves the arguments at (~* can move back as well as forward).
 */
record FormatArgs(ISeq all, ISeq rest, int pos) implements FormatResult {
    static FormatArgs of(Object args) {
        ISeq s = Seqs.seq(args);
        return new FormatArgs(s, s, 0);
    }

    boolean isEmpty() {
        return rest == null;
    }

    int remaining() {
        return Seqs.count(rest);
    }

    /** The next argument (read with {@link #next()} for the position after it). */
    Object peek() {
        if (rest == null) throw new RuntimeException("Not enough arguments for format definition");
        return rest.first();
    }

    FormatArgs next() {
        peek();
        return new FormatArgs(all, rest.next(), pos + 1);
    }

    /** The next argument or nil, and the position after it (which stays put at the end). */
    FormatArgs nextOrStay() {
        return rest == null ? this : new FormatArgs(all, rest.next(), pos + 1);
    }

    FormatArgs moveTo(int position) {
        if (position >= pos) return moveBy(position - pos);
        return new FormatArgs(all, drop(all, position), position);
    }

    FormatArgs moveBy(int n) {
        if (n < 0) return moveTo(pos + n);
        return new FormatArgs(all, drop(rest, n), pos + n);
    }

    private static ISeq drop(ISeq s, int n) {
        for (int i = 0; i < n && s != null; i++) s = s.next();
        return s;
    }
}
