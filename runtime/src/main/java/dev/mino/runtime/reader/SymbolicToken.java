package dev.mino.runtime.reader;

import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Symbol;

/**
 * Tokens that are not numbers: nil, true, false, symbols and keywords, with Clojure's validity rules:
 * an optional namespace part and a name that do not start with a digit, a namespace that does not end
 * in ':', a name that does not end in ':', no "::" past the start, and "/" alone or after a namespace
 * as a name. As in Clojure 1.12, a symbol may also name an array class: {@code String/1} .. {@code /9}.
 */
final class SymbolicToken {
    /** Returned by {@link #shapeSplit} when the text is not symbol-shaped. */
    private static final int NO_MATCH = -2;

    private SymbolicToken() {}

    /** The value of the token; throws IllegalArgumentException("Invalid token: ...") when it has none. */
    static Object interpret(String token, ReaderContext ctx) {
        switch (token) {
            case "nil": return null;
            case "true": return Boolean.TRUE;
            case "false": return Boolean.FALSE;
            default: break;
        }
        if (!isValid(token)) {
            if (isArrayClassSymbol(token)) {
                int slash = token.length() - 2;
                return Symbol.of(token.substring(0, slash), token.substring(slash + 1));
            }
            throw invalid(token);
        }
        if (token.startsWith("::")) return autoResolvedKeyword(token, ctx);
        if (token.charAt(0) == ':') return Keyword.of(Symbol.parse(token.substring(1)));
        return Symbol.parse(token);
    }

    private static Keyword autoResolvedKeyword(String token, ReaderContext ctx) {
        Symbol sym = Symbol.parse(token.substring(2));
        if (!sym.hasNamespace()) return Keyword.of(ctx.currentNamespace(), sym.getName());
        String ns = ctx.resolveAlias(sym.getNamespace());
        if (ns == null) throw invalid(token);
        return Keyword.of(ns, sym.getName());
    }

    private static boolean isValid(String token) {
        int from = 0;
        int split = NO_MATCH;
        // A leading colon belongs to the keyword syntax when the rest is symbol-shaped, else to the name.
        if (token.charAt(0) == ':') {
            split = shapeSplit(token, 1);
            if (split != NO_MATCH) from = 1;
        }
        if (split == NO_MATCH) split = shapeSplit(token, 0);
        if (split == NO_MATCH) return false;
        if (split > from && token.charAt(split - 1) == ':') return false;
        if (token.charAt(token.length() - 1) == ':') return false;
        return token.indexOf("::", 1) < 0;
    }

    /**
     * For token[from..] shaped as {@code (ns/)?name}: the index of the slash ending ns, or -1 without ns;
     * NO_MATCH when it is not so shaped.
     */
    private static int shapeSplit(String t, int from) {
        int n = t.length();
        if (from >= n) return NO_MATCH;
        if (n - from == 1 && t.charAt(from) == '/') return -1;
        boolean startOk = startsName(t.charAt(from));
        if (t.charAt(n - 1) == '/') {
            // Only "ns//", whose name is "/".
            return n - from >= 3 && t.charAt(n - 2) == '/' && startOk ? n - 2 : NO_MATCH;
        }
        int slash = t.lastIndexOf('/');
        if (slash < from) return startOk ? -1 : NO_MATCH;
        if (slash == from || !startOk || !startsName(t.charAt(slash + 1))) return NO_MATCH;
        return slash;
    }

    private static boolean startsName(char c) {
        return c != '/' && !Syntax.isDigit(c);
    }

    private static boolean isArrayClassSymbol(String t) {
        int n = t.length();
        return n >= 3 && t.charAt(n - 2) == '/' && t.charAt(n - 1) >= '1' && t.charAt(n - 1) <= '9'
                && startsName(t.charAt(0)) && t.charAt(0) != ':';
    }

    static IllegalArgumentException invalid(String token) {
        return new IllegalArgumentException("Invalid token: " + token);
    }
}
