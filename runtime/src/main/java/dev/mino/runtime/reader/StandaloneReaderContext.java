package dev.mino.runtime.reader;

import dev.mino.runtime.lang.Symbol;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** {@link ReaderContext#STANDALONE}: reads in namespace user with no aliases; knows java.lang classes. */
final class StandaloneReaderContext implements ReaderContext {
    @Override public String currentNamespace() {
        return "user";
    }

    @Override public String resolveAlias(String alias) {
        return null;
    }

    @Override public String resolveClass(String name) {
        return classNames.computeIfAbsent(name, StandaloneReaderContext::findClass).orElse(null);
    }

    /** A failed Class.forName is slow (it throws), and syntax-quote asks about every symbol: cache. */
    private final Map<String, Optional<String>> classNames = new ConcurrentHashMap<>();

    private static Optional<String> findClass(String name) {
        String full = name.indexOf('.') < 0 ? "java.lang." + name : name;
        try {
            return Optional.of(Class.forName(full, false, StandaloneReaderContext.class.getClassLoader()).getName());
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }

    @Override public Symbol resolveSymbol(Symbol sym) {
        if (sym.hasNamespace()) {
            String cls = resolveClass(sym.getNamespace());
            return cls == null ? sym : Symbol.of(cls, sym.getName());
        }
        // A dotted name is a class name, which syntax-quote leaves as it is.
        if (sym.getName().indexOf('.') > 0) return sym;
        String cls = resolveClass(sym.getName());
        return cls != null ? Symbol.of(cls) : Symbol.of(currentNamespace(), sym.getName());
    }
}
