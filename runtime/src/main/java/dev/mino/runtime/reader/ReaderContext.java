package dev.mino.runtime.reader;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.UniqueIds;

/**
 * What the reader needs from the environment it reads for: the current namespace (for ::kw), aliases
 * (for ::alias/kw and syntax-quote), and symbol/class resolution for syntax-quote.
 */
public interface ReaderContext {
    /** Name of the namespace forms are read in, e.g. "user". */
    String currentNamespace();

    /** The namespace name an alias stands for in the current namespace, or null. */
    String resolveAlias(String alias);

    /**
     * Syntax-quote's qualification of a symbol the reader does not handle itself. The reader keeps special
     * forms, {@code x#}, {@code .method} and {@code Class.} symbols, and expands aliases, before asking.
     * It passes unqualified symbols (answer: the var's ns/name, a class's full name, or currentNs/name)
     * and qualified symbols whose namespace is not an alias (answer them unchanged, or with a class's
     * full name as namespace, e.g. Integer/MAX_VALUE -> java.lang.Integer/MAX_VALUE).
     */
    Symbol resolveSymbol(Symbol sym);

    /** The full name of the class a symbol name denotes here (imported short name or full name), or null. */
    default String resolveClass(String name) {
        return null;
    }

    /** The function reading tagged literal #tag (a *data-readers* entry), or null when there is none. */
    default Fn dataReader(Symbol tag) {
        return null;
    }

    /** The function of tag and value reading a tag that has no reader and is not built in, or null. */
    default Fn defaultDataReader() {
        return null;
    }

    /** The counter for x# gensyms and #() parameters: the state's own; outside a state, one shared by all. */
    default UniqueIds ids() {
        return UniqueIds.STATELESS;
    }

    /** A context for tests and standalone use: namespace user, no aliases, classes from java.lang. */
    ReaderContext STANDALONE = new StandaloneReaderContext();
}
