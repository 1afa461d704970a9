package dev.mino.runtime.core;

import dev.mino.runtime.eval.Evaluator;
import dev.mino.runtime.lang.ExceptionInfo;
import dev.mino.runtime.lang.IMapEntry;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Var;
import dev.mino.runtime.reader.LispReader;
import dev.mino.runtime.reader.ReaderContext;
import dev.mino.runtime.reader.ReaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;

/**
 * The data_readers.clj and data_readers.cljc files at the root of the classpath, as Clojure reads them when
 * it starts: each holds a map from tag symbol to the qualified symbol of a var, and *data-readers* starts as
 * all of them merged, tag -> var. The var is interned (unbound) in its namespace; the tag works once the
 * namespace defining it is loaded. The files are the embedder's (the classpath is theirs, not the script's).
 */
final class DataReaderFiles {
    private static final String[] NAMES = {"data_readers.clj", "data_readers.cljc"};
    private static final Keyword URL_KEY = Keyword.of("url");

    private DataReaderFiles() {}

    /** Every mapping of the classpath's data reader files; the same tag mapped to two vars is an error. */
    static IPersistentMap mappings(Evaluator ev) {
        IPersistentMap tags = PersistentArrayMap.EMPTY;
        ClassLoader loader = DataReaderFiles.class.getClassLoader();
        for (String name : NAMES) {
            try {
                for (URL url : Collections.list(loader.getResources(name))) tags = merge(ev, tags, url);
            } catch (IOException e) {
                throw Rethrow.unchecked(e);
            }
        }
        return tags;
    }

    private static IPersistentMap merge(Evaluator ev, IPersistentMap tags, URL url) throws IOException {
        Object form = read(url);
        if (!(form instanceof IPersistentMap m)) throw invalid("Not a valid data-reader map", url, form);
        for (Object o : m) {
            IMapEntry e = (IMapEntry) o;
            if (!(e.key() instanceof Symbol tag)) throw invalid("Invalid form in data-reader file", url, e.key());
            if (!(e.val() instanceof Symbol target) || target.getNamespace() == null) {
                throw invalid("A data reader must be named by a namespace-qualified symbol", url, e.val());
            }
            Var v = ev.namespaces().findOrCreate(Symbol.of(target.getNamespace())).intern(Symbol.of(target.getName()));
            Object before = tags.valAt(tag);
            if (before != null && before != v) throw invalid("Conflicting data-reader mapping", url, tag);
            tags = tags.assoc(tag, v);
        }
        return tags;
    }

    /** The file's one form; a .cljc file may use reader conditionals. */
    private static Object read(URL url) throws IOException {
        String text;
        try (InputStream in = url.openStream()) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        ReaderOptions options = url.getPath().endsWith(".cljc") ? ReaderOptions.SOURCE : ReaderOptions.DATA;
        Object form = new LispReader(text, url.toString(), ReaderContext.STANDALONE, options).read();
        return form == LispReader.EOF ? null : form;
    }

    private static ExceptionInfo invalid(String message, URL url, Object form) {
        return new ExceptionInfo(message, PersistentArrayMap.EMPTY.assoc(URL_KEY, url).assoc(Keyword.of("form"), form), null);
    }
}
