package dev.mino.runtime.core;

import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Named;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.UniqueIds;
import dev.mino.runtime.lang.Var;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Strings and names: str, subs, format, name/namespace, keyword/symbol/gensym, char and the parse-*
 * functions. Printing (pr-str, println, ...) is {@link PrintFns}, regular expressions {@link RegexFns}.
 */
final class StringFns {
    /** A decimal or hexadecimal floating-point number, as Double.valueOf's documented grammar spells it. */
    private static final String FLOATING_NUMBER = "(\\p{Digit}+\\.?\\p{Digit}*([eE][+-]?\\p{Digit}+)?)"
            + "|(\\.\\p{Digit}+([eE][+-]?\\p{Digit}+)?)"
            + "|(0[xX]((\\p{XDigit}+\\.?)|(\\p{XDigit}*\\.\\p{XDigit}+))[pP][+-]?\\p{Digit}+)";
    /**
     * What Double.valueOf accepts, which is what parse-double reads in Clojure 1.12: surrounding whitespace, a
     * sign, NaN, Infinity, or a number with an optional f or d type suffix.
     */
    private static final Pattern DOUBLE_TEXT = Pattern.compile(
            "[\\x00-\\x20]*[+-]?(NaN|Infinity|((" + FLOATING_NUMBER + ")[fFdD]?))[\\x00-\\x20]*");

    private StringFns() {}

    static void install(CoreLibrary lib, PrintFns printing) {
        lib.fn("str", "[] [x] [x & ys]", "The text of the arguments joined together; nil adds nothing. (str) is \"\".")
                .a0(() -> "").a1(printing::str).rest(2, a -> {
            StringBuilder sb = new StringBuilder();
            for (Object x : a) sb.append(printing.str(x));
            return sb.toString();
        });
        lib.fn("subs", "[s start] [s start end]",
                "The characters of s at indexes start up to but not including end (default: to the end of s).")
                .a2((s, b) -> string(s).substring(Numbers.toIndex(b)))
                .a3((s, b, e) -> string(s).substring(Numbers.toIndex(b), Numbers.toIndex(e)));
        lib.fn("format", "[fmt & args]", "Formats the args by the java.util.Formatter pattern fmt.").rest(1, StringFns::format);
        lib.fn("name", "[x]", "The name of a keyword or symbol, without its namespace; a string is returned as is.")
                .a1(x -> x instanceof String s ? s : named(x).getName());
        lib.fn("namespace", "[x]", "The namespace part of a keyword or symbol, as a string; nil when it has none.")
                .a1(x -> named(x).getNamespace());
        lib.fn("keyword", "[name] [ns name]",
                "The keyword with the given namespace and name. With one argument, a keyword for a keyword, symbol or\n"
                + "  string (a / in the string separates the namespace); nil for other values.")
                .a1(StringFns::keyword)
                .a2((ns, n) -> Keyword.of((String) ns, string(n)));
        lib.fn("symbol", "[name] [ns name]",
                "The symbol with the given namespace and name. With one argument, a symbol for a symbol, keyword, var\n"
                + "  or string.")
                .a1(StringFns::symbol)
                .a2((ns, n) -> Symbol.of((String) ns, string(n)));
        UniqueIds ids = lib.evaluator.ids();
        lib.fn("gensym", "[] [prefix-string]",
                "A new symbol named with prefix-string (default G__) and a number, unique within the state.")
                .a0(() -> gensym("G__", ids)).a1(p -> gensym(printing.str(p), ids));
        lib.fn("char", "[x]", "The character with the code x; a character is returned as is.").a1(StringFns::toChar);
        lib.fn("parse-long", "[s]", "The long the string s spells in decimal, or nil when it spells none.")
                .a1(s -> parseLong(expectString(s)));
        lib.fn("parse-double", "[s]", "The double the string s spells, or nil when it spells none.")
                .a1(s -> parseDouble(expectString(s)));
        lib.fn("parse-boolean", "[s]", "true for \"true\", false for \"false\", nil for any other string.")
                .a1(s -> switch (expectString(s)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> null;
        });
        lib.fn("parse-uuid", "[s]", "The UUID the string s spells, or nil when it spells none.")
                .a1(s -> parseUuid(expectString(s)));
        lib.def("char-escape-string", "Map from a character to its escape in a string literal, such as \\n for newline.", charMap(
                '\n', "\\n", '\t', "\\t", '\r', "\\r", '"', "\\\"", '\\', "\\\\", '\f', "\\f", '\b', "\\b"));
        lib.def("char-name-string", "Map from a character to its name in a character literal, such as newline.", charMap(
                '\n', "newline", '\t', "tab", ' ', "space", '\b', "backspace", '\f', "formfeed", '\r', "return"));
        RegexFns.install(lib);
        NativeLibs.install(lib);
    }

    static String string(Object s) {
        if (s instanceof String str) return str;
        if (s == null) throw new NullPointerException("Cannot invoke \"String.length()\" because \"s\" is null");
        throw new ClassCastException(Numbers.describe(s) + " cannot be cast to class java.lang.String");
    }

    private static Named named(Object x) {
        if (x instanceof Named n) return n;
        if (x == null) throw new NullPointerException("Cannot invoke \"clojure.lang.Named.getName()\" because \"x\" is null");
        throw new ClassCastException("class " + x.getClass().getName() + " cannot be cast to class clojure.lang.Named");
    }

    private static Object keyword(Object x) {
        if (x instanceof Keyword) return x;
        if (x instanceof Symbol s) return Keyword.of(s.getNamespace(), s.getName());
        if (x instanceof String s) return Keyword.parse(s);
        return null;
    }

    private static Object symbol(Object x) {
        if (x instanceof Symbol) return x;
        if (x instanceof String s) return Symbol.parse(s);
        if (x instanceof Var v) return v.qualifiedName();
        if (x instanceof Keyword k) return k.sym();
        throw new IllegalArgumentException("no conversion to symbol");
    }

    /** The state's one counter for gensym, x# and #() parameters, as in Clojure, so generated names never collide. */
    private static Symbol gensym(String prefix, UniqueIds ids) {
        return Symbol.parse(prefix + ids.next());
    }

    private static Object toChar(Object x) {
        if (x instanceof Character) return x;
        long n = Numbers.toLong(x);
        if (n < Character.MIN_VALUE || n > Character.MAX_VALUE) {
            throw new IllegalArgumentException("Value out of range for char: " + n);
        }
        return (char) n;
    }

    /** java.util.Formatter over the arguments as they are: mino's numbers are Java's Long, Double, BigInteger... */
    static String format(Object[] a) {
        Object[] args = new Object[a.length - 1];
        System.arraycopy(a, 1, args, 0, args.length);
        return String.format(string(a[0]), args);
    }

    /** The parse-* functions reject non-strings (nil included) rather than answering nil. */
    private static String expectString(Object s) {
        if (s instanceof String str) return str;
        throw new IllegalArgumentException("Expected string, got " + (s == null ? "nil" : s.getClass().getName()));
    }

    private static Object parseLong(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Object parseDouble(String s) {
        return DOUBLE_TEXT.matcher(s).matches() ? Double.valueOf(s) : null;
    }

    private static Object parseUuid(String s) {
        try {
            return UUID.fromString(s);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static IPersistentMap charMap(Object... kvs) {
        IPersistentMap m = PersistentArrayMap.EMPTY;
        for (int i = 0; i < kvs.length; i += 2) m = m.assoc(kvs[i], kvs[i + 1]);
        return m;
    }
}
