package dev.mino.runtime.lang;

import java.util.Map;

/**
 * Clojure's munging of names into JVM class names (clojure.core/munge): defined types print under the
 * munged name of their namespace and symbol, e.g. my-app.core/Point is my_app.core.Point.
 */
public final class ClassNaming {
    private static final Map<Character, String> CHARS = Map.ofEntries(
            Map.entry('-', "_"), Map.entry(':', "_COLON_"), Map.entry('+', "_PLUS_"), Map.entry('>', "_GT_"),
            Map.entry('<', "_LT_"), Map.entry('=', "_EQ_"), Map.entry('~', "_TILDE_"), Map.entry('!', "_BANG_"),
            Map.entry('@', "_CIRCA_"), Map.entry('#', "_SHARP_"), Map.entry('\'', "_SINGLEQUOTE_"),
            Map.entry('"', "_DOUBLEQUOTE_"), Map.entry('%', "_PERCENT_"), Map.entry('^', "_CARET_"),
            Map.entry('&', "_AMPERSAND_"), Map.entry('*', "_STAR_"), Map.entry('|', "_BAR_"),
            Map.entry('{', "_LBRACE_"), Map.entry('}', "_RBRACE_"), Map.entry('[', "_LBRACK_"),
            Map.entry(']', "_RBRACK_"), Map.entry('/', "_SLASH_"), Map.entry('\\', "_BSLASH_"),
            Map.entry('?', "_QMARK_"));

    private ClassNaming() {}

    public static String munge(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            String sub = CHARS.get(c);
            if (sub != null) sb.append(sub); else sb.append(c);
        }
        return sb.toString();
    }

    /** The class name of a type defined in namespace ns, e.g. ("my-app.core", "Point") -> "my_app.core.Point". */
    public static String typeName(String ns, String name) {
        return munge(ns) + "." + munge(name);
    }
}
