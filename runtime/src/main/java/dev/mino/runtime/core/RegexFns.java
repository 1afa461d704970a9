package dev.mino.runtime.core;

import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.LazySeq;
import dev.mino.runtime.lang.PersistentVector;
import dev.mino.runtime.lang.Seqs;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Regular expressions as java.util.regex: re-pattern, re-matcher, re-find, re-matches, re-groups, re-seq.
 * A match is the matched string when the pattern has no groups, else a vector of the whole match and
 * each group (nil for a group that did not take part).
 */
final class RegexFns {
    private RegexFns() {}

    static void install(CoreLibrary lib) {
        lib.fn("re-pattern", "[s]", "A java.util.regex.Pattern compiled from the string s; a pattern is returned as is.")
                .a1(s -> s instanceof Pattern ? s : Pattern.compile(StringFns.string(s)));
        lib.fn("re-matcher", "[re s]", "A java.util.regex.Matcher of the pattern re over s.")
                .a2((re, s) -> pattern(re).matcher(text(s)));
        lib.fn("re-find", "[m] [re s]",
                "The next match of re in s (or of the matcher m): the matched string, or a vector of it and its groups\n"
                + "  when re has groups; nil when there is no match.")
                .a1(m -> find(matcher(m)))
                .a2((re, s) -> find(pattern(re).matcher(text(s))));
        lib.fn("re-matches", "[re s]", "The match of re against the whole of s, as re-find returns it, or nil.").a2((re, s) -> {
            Matcher m = pattern(re).matcher(text(s));
            return m.matches() ? groups(m) : null;
        });
        lib.fn("re-groups", "[m]", "The last match of the matcher m: a string, or a vector with its groups.")
                .a1(m -> groups(matcher(m)));
        lib.fn("re-seq", "[re s]", "Every match of re in s, left to right, as a lazy seq; each is given as re-find gives it.")
                .a2((re, s) -> matches(pattern(re).matcher(text(s))));
    }

    static Pattern pattern(Object re) {
        if (re instanceof Pattern p) return p;
        throw new ClassCastException(Numbers.describe(re) + " cannot be cast to class java.util.regex.Pattern");
    }

    private static Matcher matcher(Object m) {
        if (m instanceof Matcher matcher) return matcher;
        throw new ClassCastException(Numbers.describe(m) + " cannot be cast to class java.util.regex.Matcher");
    }

    private static CharSequence text(Object s) {
        if (s instanceof CharSequence cs) return cs;
        if (s == null) throw new NullPointerException("Cannot invoke \"java.lang.CharSequence.length()\" because \"this.text\" is null");
        throw new ClassCastException(Numbers.describe(s) + " cannot be cast to class java.lang.CharSequence");
    }

    private static Object find(Matcher m) {
        return m.find() ? groups(m) : null;
    }

    static Object groups(Matcher m) {
        int n = m.groupCount();
        if (n == 0) return m.group();
        Object[] g = new Object[n + 1];
        for (int i = 0; i <= n; i++) g[i] = m.group(i);
        return PersistentVector.of(g);
    }

    /** The successive matches, found one at a time as the seq is walked. */
    private static ISeq matches(Matcher m) {
        if (!m.find()) return null;
        return Seqs.cons(groups(m), new LazySeq(new Builtin("clojure.core/re-seq").a0(() -> matches(m))));
    }
}
