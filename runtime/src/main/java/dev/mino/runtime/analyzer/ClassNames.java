package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.ExceptionInfo;
import dev.mino.runtime.lang.Symbol;
import java.util.Map;

/**
 * Class names that may appear where a form names a type without interop access (catch clauses,
 * instance? tests): throwable and value classes of java.lang, and mino's own exception types under their
 * Clojure names so portable code keeps working.
 */
public final class ClassNames {
    private static final Map<String, Class<?>> ALIASES = Map.of(
            "ExceptionInfo", ExceptionInfo.class,
            "clojure.lang.ExceptionInfo", ExceptionInfo.class);

    private ClassNames() {}

    /** The class a symbol names, or null. */
    public static Class<?> resolve(Symbol sym) {
        if (sym.hasNamespace()) return null;
        String name = sym.getName();
        Class<?> c = ALIASES.get(name);
        if (c != null) return c;
        c = dev.mino.runtime.core.ClojureTypeNames.resolve(name);
        if (c != null) return c;
        if (name.indexOf('.') < 0) name = "java.lang." + name;
        else if (!name.startsWith("java.lang.") || name.indexOf('.', 10) >= 0) return null;
        try {
            return Class.forName(name, false, ClassNames.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }
}
