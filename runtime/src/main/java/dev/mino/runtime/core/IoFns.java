package dev.mino.runtime.core;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.LazySeq;
import dev.mino.runtime.lang.Namespace;
import dev.mino.runtime.lang.NamespaceRegistry;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.PersistentHashMap;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.ThreadBindings;
import dev.mino.runtime.lang.Var;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.Arrays;

/**
 * Input and files: *in* and read-line, line-seq, slurp and spit (which open what they are given as
 * clojure.java.io does, {@link IoFactory}), and the helpers behind with-in-str and with-open
 * (clojure/core/io.clj). I/O errors surface as the JVM's own exceptions (FileNotFoundException, ...), as in
 * Clojure.
 */
final class IoFns {
    private static final Symbol JAVA_IO = Symbol.of("clojure.java.io");

    private IoFns() {}

    static void install(CoreLibrary lib) {
        Var in = lib.evaluator.inVar;
        lib.fn("read-line", "[]", "The next line of *in*, without its line break, or nil at the end.")
                .a0(() -> readLine(in.deref()));
        lib.fn("line-seq", "[rdr]", "Reads rdr, a java.io.BufferedReader, line by line as a lazy seq of strings.")
                .a1(IoFns::lineSeq);
        Streams streams = new Streams(new IoFactory(new CheckedFiles(lib.evaluator.files())), lib.evaluator.namespaces());
        lib.fn("slurp", "[f & opts]",
                "The whole content, as a string, of a file, URL, reader or input stream f; the :encoding option\n"
                + "  names the charset (UTF-8 by default). Files and URLs need the state's read grant.")
                .rest(1, a -> slurp(a, streams));
        Fn str = (Fn) lib.evaluator.core.lookup(Symbol.of("str")).deref();
        lib.fn("spit", "[f content & options]",
                "Writes the str of content to the file f (replacing it, or at its end with :append true); the\n"
                + "  :encoding option names the charset. Needs the state's write grant.")
                .rest(2, a -> spit(a, (String) str.invoke(a[1]), streams));
        lib.privateFn("with-in-str*").a2((s, f) -> {
            ThreadBindings.push(PersistentArrayMap.EMPTY.assoc(in, new PushbackLineReader(new StringReader(StringFns.string(s)))));
            try {
                return Callables.asFn(f).invoke();
            } finally {
                ThreadBindings.pop();
            }
        });
        lib.privateFn("close*").a1(IoFns::close);
    }

    /** Rethrows a checked exception unchanged, so mino code sees the JVM's exception class as Clojure code does. */
    @SuppressWarnings("unchecked")
    static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }

    private static Object readLine(Object reader) {
        try {
            if (reader instanceof PushbackLineReader r) return r.readLine();
            if (reader instanceof BufferedReader r) return r.readLine();
        } catch (IOException e) {
            throw sneaky(e);
        }
        throw new ClassCastException(Numbers.describe(reader) + " cannot be cast to class java.io.BufferedReader");
    }

    /** The lines of a reader: the first read now, the rest as the seq is walked; nil when there are none. */
    private static ISeq lineSeq(Object reader) {
        Object line = readLine(reader);
        if (line == null) return null;
        return Seqs.cons(line, new LazySeq(new Builtin("clojure.core/line-seq").a0(() -> lineSeq(reader))));
    }

    private static Object slurp(Object[] a, Streams streams) {
        try (Reader r = streams.reader(a[0], options(a, 1))) {
            StringWriter w = new StringWriter();
            r.transferTo(w);
            return w.toString();
        } catch (IOException e) {
            throw sneaky(e);
        }
    }

    private static Object spit(Object[] a, String content, Streams streams) {
        try (Writer w = streams.writer(a[0], options(a, 2))) {
            w.write(content);
        } catch (IOException e) {
            throw sneaky(e);
        }
        return null;
    }

    /** The keyword options a[from], a[from+1], ... as the map clojure.java.io's IOFactory takes (nil when none). */
    private static Object options(Object[] a, int from) {
        return a.length > from ? PersistentHashMap.create(Arrays.copyOfRange(a, from, a.length)) : null;
    }

    /**
     * What slurp and spit open, as Clojure's open it through clojure.java.io/reader and writer: once the state
     * has loaded clojure.java.io, through its IOFactory (so the types it is extended to open too), else
     * through the JVM types' implementation that IOFactory's default is.
     */
    private record Streams(IoFactory factory, NamespaceRegistry namespaces) {
        Reader reader(Object x, Object opts) throws IOException {
            Fn extended = javaIo("make-reader");
            return extended != null ? (Reader) extended.invoke(x, opts) : factory.reader(x, opts);
        }

        Writer writer(Object x, Object opts) throws IOException {
            Fn extended = javaIo("make-writer");
            return extended != null ? (Writer) extended.invoke(x, opts) : factory.writer(x, opts);
        }

        private Fn javaIo(String name) {
            Namespace io = namespaces.find(JAVA_IO);
            Var v = io == null ? null : io.lookup(Symbol.of(name));
            return v != null && v.deref() instanceof Fn f ? f : null;
        }
    }

    /** Runs an I/O action, its IOException passed on unchanged (as Clojure code sees it). */
    static <T> T io(IoAction<T> action) {
        try {
            return action.run();
        } catch (IOException e) {
            throw sneaky(e);
        }
    }

    @FunctionalInterface
    interface IoAction<T> {
        T run() throws IOException;
    }

    /** with-open's close: AutoCloseable.close, or Clojure's error for an object without a close method. */
    private static Object close(Object x) {
        if (x == null) throw new NullPointerException("Cannot invoke \"close()\" on nil");
        if (!(x instanceof AutoCloseable c)) {
            throw new IllegalArgumentException("No matching field found: close for class " + x.getClass().getName());
        }
        try {
            c.close();
        } catch (Exception e) {
            throw sneaky(e);
        }
        return null;
    }
}
