package dev.mino.runtime.core;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.PersistentVector;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.printer.Printer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * clojure.string: the 21 functions of Clojure 1.12, over java.lang.String. As in Clojure, the case
 * functions, capitalize, replace, replace-first, re-quote-replacement and the searches (starts-with?,
 * includes?, index-of...) take any object as their string and use its toString (a number, a keyword);
 * the others take a CharSequence. Results are Strings (split: a vector of them, index-of: an Integer or nil, as in Clojure).
 */
final class StringLib {
    private static final Pattern LINE_BREAK = Pattern.compile("\r?\n");

    private StringLib() {}

    static void install(NativeNamespace ns) {
        ns.fn("join", "[coll] [separator coll]", "The items of coll as strings (nil as \"\"), joined by separator when given.")
                .a1(coll -> join("", coll)).a2((sep, coll) -> join(Printer.str(sep), coll));
        ns.fn("split", "[s re] [s re limit]",
                "Cuts s at each match of the regex re into a vector of the pieces between. A limit caps the number of\n"
                + "  pieces; without one, empty pieces at the end are left out.")
                .a2((s, re) -> PersistentVector.of((Object[]) RegexFns.pattern(re).split(text(s))))
                .a3((s, re, limit) -> PersistentVector.of((Object[]) RegexFns.pattern(re).split(text(s), Numbers.toIndex(limit))));
        ns.fn("split-lines", "[s]", "The lines of s, cut at each \\n or \\r\\n, as a vector (without empty lines at the end).")
                .a1(s -> PersistentVector.of((Object[]) LINE_BREAK.split(text(s))));
        ns.fn("replace", "[s match replacement]",
                "s with every match replaced: match is a char (replacement a char), a string (replacement a string)\n"
                + "  or a regex (replacement a string with $1 group references, or a fn of the match).")
                .a3(StringLib::replaceAll);
        ns.fn("replace-first", "[s match replacement]", "s with the first match replaced; match and replacement as for replace.")
                .a3(StringLib::replaceFirst);
        ns.fn("upper-case", "[s]", "s in upper case.").a1(s -> asText(s).toUpperCase());
        ns.fn("lower-case", "[s]", "s in lower case.").a1(s -> asText(s).toLowerCase());
        ns.fn("capitalize", "[s]", "s with its first character in upper case and the rest in lower case.")
                .a1(s -> capitalize(asText(s)));
        ns.fn("trim", "[s]", "s without whitespace at either end.").a1(s -> trim(text(s), true, true));
        ns.fn("triml", "[s]", "s without whitespace at its start.").a1(s -> trim(text(s), true, false));
        ns.fn("trimr", "[s]", "s without whitespace at its end.").a1(s -> trim(text(s), false, true));
        ns.fn("trim-newline", "[s]", "s without the newline and return characters at its end.").a1(s -> trimNewline(text(s)));
        ns.fn("blank?", "[s]", "Whether s has no visible content: nil, \"\", or whitespace alone.")
                .a1(s -> s == null || isAllWhitespace(text(s)));
        ns.fn("starts-with?", "[s substr]", "Whether substr is a prefix of s.")
                .a2((s, sub) -> asText(s).startsWith(StringFns.string(sub)));
        ns.fn("ends-with?", "[s substr]", "Whether substr is a suffix of s.")
                .a2((s, sub) -> asText(s).endsWith(StringFns.string(sub)));
        ns.fn("includes?", "[s substr]", "Whether substr appears somewhere in s.")
                .a2((s, sub) -> asText(s).contains(charSequence(sub)));
        ns.fn("index-of", "[s value] [s value from-index]",
                "Where value (a char or string) first occurs in s, at or after from-index when given, as an index;\n"
                + "  nil when it does not occur.")
                .a2((s, v) -> index(v instanceof Character c ? asText(s).indexOf(c) : asText(s).indexOf(StringFns.string(v))))
                .a3((s, v, from) -> {
                    int i = Numbers.toIndex(from);
                    return index(v instanceof Character c ? asText(s).indexOf(c, i) : asText(s).indexOf(StringFns.string(v), i));
                });
        ns.fn("last-index-of", "[s value] [s value from-index]",
                "Where value (a char or string) last occurs in s, at or before from-index when given, as an index;\n"
                + "  nil when it does not occur.")
                .a2((s, v) -> index(v instanceof Character c ? asText(s).lastIndexOf(c) : asText(s).lastIndexOf(StringFns.string(v))))
                .a3((s, v, from) -> {
                    int i = Numbers.toIndex(from);
                    return index(v instanceof Character c ? asText(s).lastIndexOf(c, i) : asText(s).lastIndexOf(StringFns.string(v), i));
                });
        ns.fn("reverse", "[s]", "The characters of s from last to first, as a string.")
                .a1(s -> new StringBuilder(text(s)).reverse().toString());
        ns.fn("escape", "[s cmap]",
                "Rewrites s character by character through cmap: where (cmap c) gives a value, its str is used\n"
                + "  instead of c.")
                .a2((s, cmap) -> escape(text(s), Callables.asFn(cmap)));
        ns.fn("re-quote-replacement", "[replacement]",
                "replacement with $ and \\ escaped, so that a regex replacement uses it literally.")
                .a1(r -> Matcher.quoteReplacement(asText(r)));
    }

    /** The String of a CharSequence argument; nil and other types fail as a ^CharSequence hint would. */
    private static String text(Object s) {
        return charSequence(s).toString();
    }

    /**
     * The text of an argument Clojure's function takes as any Object and calls toString on (a number, a
     * keyword, a StringBuilder...); nil fails as that call does.
     */
    private static String asText(Object s) {
        if (s == null) throw new NullPointerException("Cannot invoke \"Object.toString()\" because \"s\" is null");
        return s.toString();
    }

    private static CharSequence charSequence(Object s) {
        if (s instanceof CharSequence cs) return cs;
        if (s == null) throw new NullPointerException("Cannot invoke \"java.lang.CharSequence.toString()\" because \"s\" is null");
        throw new ClassCastException(Numbers.describe(s) + " cannot be cast to class java.lang.CharSequence");
    }

    /** An index as Clojure's index-of answers it: Java's boxed int, nil for none. */
    private static Object index(int i) {
        return i < 0 ? null : (Object) i;
    }

    private static String join(String sep, Object coll) {
        StringBuilder sb = new StringBuilder();
        for (ISeq s = Seqs.seq(coll); s != null; s = s.next()) {
            sb.append(Printer.str(s.first()));
            if (s.next() != null) sb.append(sep);
        }
        return sb.toString();
    }

    private static Object replaceAll(Object s, Object match, Object replacement) {
        String str = asText(s);
        if (match instanceof Character c) return str.replace(c, character(replacement));
        if (match instanceof CharSequence m) return str.replace(m, charSequence(replacement));
        if (match instanceof Pattern p) {
            Matcher m = p.matcher(str);
            if (!(replacement instanceof CharSequence)) {
                Fn f = replacementFn(replacement);
                return m.replaceAll(r -> Matcher.quoteReplacement(fnReplacement(f, m)));
            }
            return m.replaceAll(text(replacement));
        }
        throw new IllegalArgumentException("Invalid match arg: " + Printer.str(match));
    }

    private static Object replaceFirst(Object s, Object match, Object replacement) {
        String str = asText(s);
        if (match instanceof Character || match instanceof CharSequence) {
            String m = match.toString();
            int i = str.indexOf(m);
            return i < 0 ? str : str.substring(0, i) + asText(replacement) + str.substring(i + m.length());
        }
        if (match instanceof Pattern p) {
            Matcher m = p.matcher(str);
            if (!(replacement instanceof CharSequence)) {
                Fn f = replacementFn(replacement);
                return m.find() ? str.substring(0, m.start()) + fnReplacement(f, m) + str.substring(m.end()) : str;
            }
            return m.replaceFirst(text(replacement));
        }
        throw new IllegalArgumentException("Invalid match arg: " + Printer.str(match));
    }

    /** A regex's replacement that is not text is called as a function (keywords and maps too, as in Clojure). */
    private static Fn replacementFn(Object replacement) {
        if (replacement == null) throw new NullPointerException("the replacement is nil");
        return Callables.asFn(replacement);
    }

    /** A replacement fn gets what re-groups would return and must answer a string, used literally. */
    private static String fnReplacement(Fn f, Matcher m) {
        Object r = f.invoke(RegexFns.groups(m));
        if (r instanceof String s) return s;
        if (r == null) throw new NullPointerException("the replacement fn returned nil");
        throw new ClassCastException(Numbers.describe(r) + " cannot be cast to class java.lang.String");
    }

    private static char character(Object c) {
        if (c instanceof Character ch) return ch;
        throw new ClassCastException(Numbers.describe(c) + " cannot be cast to class java.lang.Character");
    }

    private static String capitalize(String s) {
        if (s.length() < 2) return s.toUpperCase();
        return s.substring(0, 1).toUpperCase() + s.substring(1).toLowerCase();
    }

    /** Trims by Character.isWhitespace (not String.trim's "<= space"), as Clojure does. */
    private static String trim(String s, boolean left, boolean right) {
        int start = 0;
        int end = s.length();
        if (right) while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
        if (left) while (start < end && Character.isWhitespace(s.charAt(start))) start++;
        return s.substring(start, end);
    }

    private static String trimNewline(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '\n' || s.charAt(end - 1) == '\r')) end--;
        return s.substring(0, end);
    }

    private static boolean isAllWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) return false;
        }
        return true;
    }

    private static String escape(String s, Fn cmap) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            Object r = cmap.invoke(c);
            if (r == null) sb.append(c); else sb.append(Printer.str(r));
        }
        return sb.toString();
    }
}
