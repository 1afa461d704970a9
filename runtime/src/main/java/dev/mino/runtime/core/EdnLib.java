package dev.mino.runtime.core;

import dev.mino.runtime.lang.Colls;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Var;
import dev.mino.runtime.reader.LispReader;
import dev.mino.runtime.reader.ReaderContext;
import dev.mino.runtime.reader.ReaderOptions;
import java.io.PushbackReader;
import java.io.StringReader;

/**
 * clojure.edn: read and read-string of EDN data. Options: :eof (the value at the end of input; without it
 * the end of input is an error), :readers (tag symbol -> fn, consulted before the built-in #inst and
 * #uuid) and :default (fn of tag and value for any other tag). *data-readers* plays no part, as in Clojure.
 */
final class EdnLib {
    private static final Keyword EOF = Keyword.of("eof");
    private static final Keyword READERS = Keyword.of("readers");
    private static final Keyword DEFAULT = Keyword.of("default");

    private EdnLib() {}

    static void install(NativeNamespace ns) {
        Var in = ns.coreVar("*in*");
        IPersistentMap eofNil = PersistentArrayMap.EMPTY.assoc(EOF, null);
        ns.fn("read-string", "[s] [opts s]",
                "The first EDN value in the string s (nil for nil). opts: :eof, the value at the end of input (nil\n"
                + "  here by default); :readers, a map from tag symbol to reader fn; :default, a fn of tag and value for\n"
                + "  other tags.")
                .a1(s -> readString(eofNil, s))
                .a2(EdnLib::readString);
        ns.fn("read", "[] [stream] [opts stream]",
                "The next EDN value from the PushbackReader stream (default *in*), with read-string's options; the end\n"
                + "  of input is an error unless :eof gives a value for it.")
                .a0(() -> read(null, in.deref()))
                .a1(stream -> read(null, stream))
                .a2(EdnLib::read);
    }

    private static Object readString(Object opts, Object s) {
        if (s == null) return null;
        return read(opts, new PushbackReader(new StringReader(StringFns.string(s))));
    }

    private static Object read(Object opts, Object stream) {
        if (!(stream instanceof PushbackReader in)) {
            throw new ClassCastException(Numbers.describe(stream) + " cannot be cast to class java.io.PushbackReader");
        }
        String text = new EdnScanner(in).next();
        if (text == null) {
            if (opts instanceof IPersistentMap m && m.containsKey(EOF)) return m.valAt(EOF);
            throw new MinoException("EOF while reading");
        }
        return new LispReader(text, "NO_SOURCE_FILE", new Context(opts), ReaderOptions.DATA).read();
    }

    /** The reader's environment for EDN: no namespace to resolve against, tags from the options. */
    private static final class Context implements ReaderContext {
        private final Object readers;
        private final Object defaultReader;

        Context(Object opts) {
            readers = Colls.get(opts, READERS);
            defaultReader = Colls.get(opts, DEFAULT);
        }

        @Override public String currentNamespace() {
            return "user";
        }

        @Override public String resolveAlias(String alias) {
            return null;
        }

        @Override public Symbol resolveSymbol(Symbol sym) {
            return sym;
        }

        @Override public Fn dataReader(Symbol tag) {
            Object f = Colls.get(readers, tag);
            return f == null ? null : Callables.asFn(f);
        }

        @Override public Fn defaultDataReader() {
            return defaultReader == null ? null : Callables.asFn(defaultReader);
        }
    }
}
