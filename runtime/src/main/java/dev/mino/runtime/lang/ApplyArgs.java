package dev.mino.runtime.lang;

import java.util.Arrays;

/**
 * The arguments of (apply f ... args) split for a variadic fn: the first values for its fixed parameters,
 * realized, and the rest left as the seq it is, so applying a variadic fn to an infinite seq works as in
 * Clojure. rest is null when args ran out first; head then holds all the arguments there were.
 */
public record ApplyArgs(Object[] head, ISeq rest) {
    /** Splits args after at most fixed values. */
    public static ApplyArgs split(ISeq args, int fixed) {
        Object[] head = new Object[fixed];
        ISeq s = Seqs.seq(args);
        int n = 0;
        while (n < fixed && s != null) {
            head[n++] = s.first();
            s = s.next();
        }
        return new ApplyArgs(n == fixed ? head : Arrays.copyOf(head, n), s);
    }
}
