package dev.mino.runtime.core;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.embed.FileAccess;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.LazySeq;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.ThreadBindings;
import dev.mino.runtime.lang.Truth;
import dev.mino.runtime.lang.Var;
import dev.mino.runtime.printer.Printer;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.CharArrayReader;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Input and files: *in* and read-line, line-seq, slurp and spit, and the helpers behind with-in-str and
 * with-open (clojure/core/io.clj). I/O errors surface as the JVM's own exceptions (FileNotFoundException,
 * ...), as in Clojure.
 */
final class IoFns {
    private static final Keyword APPEND = Keyword.of("append");
    private static final Keyword ENCODING = Keyword.of("encoding");

    private IoFns() {}

    static void install(CoreLibrary lib) {
        Var in = lib.evaluator.inVar;
        lib.fn("read-line", "[]", "The next line of *in*, without its line break, or nil at the end.")
                .a0(() -> readLine(in.deref()));
        lib.fn("line-seq", "[rdr]", "Reads rdr, a java.io.BufferedReader, line by line as a lazy seq of strings.")
                .a1(IoFns::lineSeq);
        FileAccess files = lib.evaluator.files();
        lib.fn("slurp", "[f & opts]",
                "The whole content, as a string, of a file, URL, reader or input stream f; the :encoding option\n"
                + "  names the charset (UTF-8 by default). Files and URLs need the state's read grant.")
                .rest(1, a -> slurp(a, files));
        Fn str = (Fn) lib.evaluator.core.lookup(Symbol.of("str")).deref();
        lib.fn("spit", "[f content & options]",
                "Writes the str of content to the file f (replacing it, or at its end with :append true); the\n"
                + "  :encoding option names the charset. Needs the state's write grant.")
                .rest(2, a -> spit(a, (String) str.invoke(a[1]), files));
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

    private static Object slurp(Object[] a, FileAccess files) {
        Charset cs = encoding(a, 1);
        try (Reader r = reader(a[0], cs, files)) {
            StringWriter w = new StringWriter();
            r.transferTo(w);
            return w.toString();
        } catch (IOException e) {
            throw sneaky(e);
        }
    }

    private static Object spit(Object[] a, String content, FileAccess files) {
        boolean append = Truth.isTruthy(option(a, 2, APPEND));
        try (Writer w = writer(a[0], append, encoding(a, 2), files)) {
            w.write(content);
        } catch (IOException e) {
            throw sneaky(e);
        }
        return null;
    }

    /** The value of key among the keyword options a[from], a[from+1], ... (nil when absent). */
    private static Object option(Object[] a, int from, Keyword key) {
        for (int i = from; i + 1 < a.length; i += 2) {
            if (key.equals(a[i])) return a[i + 1];
        }
        return null;
    }

    private static Charset encoding(Object[] a, int from) {
        Object enc = option(a, from, ENCODING);
        return enc == null ? StandardCharsets.UTF_8 : Charset.forName(StringFns.string(enc));
    }

    /** What slurp reads, as clojure.java.io/reader opens it: a URL string, else a file path; files; streams. */
    private static Reader reader(Object src, Charset cs, FileAccess files) throws IOException {
        return switch (src) {
            case Reader r -> r;
            case InputStream in -> new InputStreamReader(in, cs);
            case File f -> new InputStreamReader(new FileInputStream(readable(f, files)), cs);
            case URL u -> new InputStreamReader(open(u, files), cs);
            case URI u -> new InputStreamReader(open(u.toURL(), files), cs);
            case byte[] bytes -> new InputStreamReader(new ByteArrayInputStream(bytes), cs);
            case char[] chars -> new CharArrayReader(chars);
            case String s -> {
                URL url = asUrl(s);
                yield new InputStreamReader(url != null ? open(url, files) : new FileInputStream(readable(new File(s), files)), cs);
            }
            case null -> throw new IllegalArgumentException("Cannot open <nil> as a Reader.");
            default -> throw new IllegalArgumentException("Cannot open <" + Printer.prStr(src)
                    + "> as an InputStream.");
        };
    }

    /** Where spit writes: a file (by path, File or file: URL), or a given writer or stream. */
    private static Writer writer(Object dest, boolean append, Charset cs, FileAccess files) throws IOException {
        return switch (dest) {
            case Writer w -> w;
            case OutputStream out -> new OutputStreamWriter(out, cs);
            case File f -> new OutputStreamWriter(new FileOutputStream(writable(f, files), append), cs);
            case URL u -> new OutputStreamWriter(new FileOutputStream(writable(fileOf(u), files), append), cs);
            case URI u -> new OutputStreamWriter(new FileOutputStream(writable(fileOf(u.toURL()), files), append), cs);
            case String s -> {
                URL url = asUrl(s);
                File f = url != null ? fileOf(url) : new File(s);
                yield new OutputStreamWriter(new FileOutputStream(writable(f, files), append), cs);
            }
            case null -> throw new IllegalArgumentException("Cannot open <nil> as a Writer.");
            default -> throw new IllegalArgumentException("Cannot open <" + Printer.prStr(dest)
                    + "> as an OutputStream.");
        };
    }

    /** f, if the state may read it (else the mino error naming what was denied). */
    private static File readable(File f, FileAccess files) {
        files.checkRead(f.toPath());
        return f;
    }

    private static File writable(File f, FileAccess files) {
        files.checkWrite(f.toPath());
        return f;
    }

    /** A URL's stream: a file: URL needs the read grant, any other the network grant. */
    private static InputStream open(URL u, FileAccess files) throws IOException {
        if ("file".equals(u.getProtocol())) files.checkRead(fileOf(u).toPath());
        else files.checkNetwork(u.toString());
        return u.openStream();
    }

    /** s as an absolute URL with a protocol the JVM knows, or null when it is a plain path. */
    private static URL asUrl(String s) {
        try {
            URI uri = new URI(s);
            return uri.isAbsolute() ? uri.toURL() : null;
        } catch (java.net.URISyntaxException | MalformedURLException | IllegalArgumentException e) {
            return null;
        }
    }

    private static File fileOf(URL u) {
        if (!"file".equals(u.getProtocol())) throw new IllegalArgumentException("Can only write to file URLs: " + u);
        try {
            return new File(u.toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
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
