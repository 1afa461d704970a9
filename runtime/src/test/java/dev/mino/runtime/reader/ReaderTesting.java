package dev.mino.runtime.reader;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.printer.Printer;
import java.util.List;
import java.util.Map;

/** Shared helpers: read with a context that knows a few aliases, print with pr. */
final class ReaderTesting {
    /** Namespace my.app, aliases str -> clojure.string and s -> clojure.set; map resolves to clojure.core. */
    static final ReaderContext CTX = new ReaderContext() {
        private final Map<String, String> aliases = Map.of("str", "clojure.string", "s", "clojure.set");

        @Override public String currentNamespace() {
            return "my.app";
        }

        @Override public String resolveAlias(String alias) {
            return aliases.get(alias);
        }

        @Override public String resolveClass(String name) {
            return ReaderContext.STANDALONE.resolveClass(name);
        }

        @Override public Symbol resolveSymbol(Symbol sym) {
            if (!sym.hasNamespace() && List.of("map", "let", "fn").contains(sym.getName())) {
                return Symbol.of("clojure.core", sym.getName());
            }
            return ReaderContext.STANDALONE.resolveSymbol(sym) instanceof Symbol s && "user".equals(s.getNamespace())
                    ? Symbol.of("my.app", s.getName())
                    : ReaderContext.STANDALONE.resolveSymbol(sym);
        }
    };

    private ReaderTesting() {}

    static Object read(String source) {
        return new LispReader(source, "test.clj", CTX).read();
    }

    static List<Object> readAll(String source) {
        return new LispReader(source, "test.clj", CTX).readAll();
    }

    /** pr-str of the first form read from source. */
    static String pr(String source) {
        return Printer.prStr(read(source));
    }

    static ReaderException error(String source) {
        return assertThrows(ReaderException.class, () -> readAll(source), source);
    }
}
