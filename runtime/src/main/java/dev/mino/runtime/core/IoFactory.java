package dev.mino.runtime.core;

import dev.mino.runtime.lang.Colls;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Truth;
import dev.mino.runtime.printer.Printer;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.CharArrayReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UnsupportedEncodingException;
import java.io.Writer;
import java.net.MalformedURLException;
import java.net.Socket;
import java.net.URI;
import java.net.URL;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * clojure.java.io's IOFactory and Coercions for the JVM's own types (strings, File, URL, URI, streams,
 * readers, writers, sockets, byte and char arrays), as Clojure's default implementations behave. Files and
 * URLs open through {@link CheckedFiles}. slurp and spit open what they are given here too, as Clojure's
 * go through clojure.java.io/reader and writer.
 */
final class IoFactory {
    private static final Keyword APPEND = Keyword.of("append");
    static final Keyword ENCODING = Keyword.of("encoding");

    final CheckedFiles files;

    IoFactory(CheckedFiles files) {
        this.files = files;
    }

    /** make-input-stream: a BufferedInputStream. */
    InputStream inputStream(Object x) throws IOException {
        return switch (x) {
            case BufferedInputStream in -> in;
            case InputStream in -> new BufferedInputStream(in);
            case File f -> new BufferedInputStream(files.read(f));
            case URL u -> new BufferedInputStream(files.open(u));
            case URI u -> inputStream(u.toURL());
            case String s -> inputStream(urlOrFile(s));
            case Socket s -> inputStream(s.getInputStream());
            case byte[] bytes -> new BufferedInputStream(new ByteArrayInputStream(bytes));
            case null, default -> throw cannotOpen(x, "InputStream");
        };
    }

    /** make-output-stream: a BufferedOutputStream; a file is appended to when opts say :append. */
    OutputStream outputStream(Object x, Object opts) throws IOException {
        return switch (x) {
            case BufferedOutputStream out -> out;
            case OutputStream out -> new BufferedOutputStream(out);
            case File f -> new BufferedOutputStream(files.write(f, append(opts)));
            case URL u when "file".equals(u.getProtocol()) -> outputStream(CheckedFiles.fileOf(u), opts);
            case URL u -> throw new IllegalArgumentException("Can not write to non-file URL <" + u + ">");
            case URI u -> outputStream(u.toURL(), opts);
            case String s -> outputStream(urlOrFile(s), opts);
            case Socket s -> outputStream(s.getOutputStream(), opts);
            case null, default -> throw cannotOpen(x, "OutputStream");
        };
    }

    /** make-reader: a BufferedReader; bytes are decoded with the :encoding of opts (UTF-8 by default). */
    BufferedReader reader(Object x, Object opts) throws IOException {
        return switch (x) {
            case null -> throw noImplementation("make-reader");
            case BufferedReader r -> r;
            case Reader r -> new BufferedReader(r);
            case char[] chars -> new BufferedReader(new CharArrayReader(chars));
            default -> new BufferedReader(new InputStreamReader(inputStream(x), encoding(opts)));
        };
    }

    /** make-writer: a BufferedWriter; text is encoded with the :encoding of opts (UTF-8 by default). */
    BufferedWriter writer(Object x, Object opts) throws IOException {
        return switch (x) {
            case null -> throw noImplementation("make-writer");
            case BufferedWriter w -> w;
            case Writer w -> new BufferedWriter(w);
            default -> new BufferedWriter(new OutputStreamWriter(outputStream(x, opts), encoding(opts)));
        };
    }

    /** as-file of nil, a String, File, URL or URI. */
    static File asFile(Object x) {
        return switch (x) {
            case null -> null;
            case String s -> new File(s);
            case File f -> f;
            case URL u -> CheckedFiles.fileOf(u);
            case URI u -> CheckedFiles.fileOf(toUrl(u));
            default -> throw new IllegalArgumentException("Cannot coerce " + Numbers.describe(x) + " to a file");
        };
    }

    /** as-url of nil, a String (an absolute URL, else MalformedURLException), File, URL or URI. */
    URL asUrl(Object x) throws MalformedURLException {
        return switch (x) {
            case null -> null;
            case String s -> CheckedFiles.url(s);
            case File f -> files.urlOf(f);
            case URL u -> u;
            case URI u -> toUrl(u);
            default -> throw new IllegalArgumentException("Cannot coerce " + Numbers.describe(x) + " to a URL");
        };
    }

    static boolean append(Object opts) {
        return Truth.isTruthy(Colls.get(opts, APPEND));
    }

    /** The :encoding of opts, a charset name (or a Charset), UTF-8 when absent. */
    static Charset encoding(Object opts) throws UnsupportedEncodingException {
        return charset(Colls.get(opts, ENCODING));
    }

    static Charset charset(Object name) throws UnsupportedEncodingException {
        if (name == null) return StandardCharsets.UTF_8;
        if (name instanceof Charset cs) return cs;
        try {
            return Charset.forName(StringFns.string(name));
        } catch (IllegalArgumentException e) {
            throw new UnsupportedEncodingException(String.valueOf(name));
        }
    }

    /** A string names a URL when it parses as one with a protocol the JVM knows, else a file. */
    private static Object urlOrFile(String s) {
        try {
            return CheckedFiles.url(s);
        } catch (MalformedURLException e) {
            return new File(s);
        }
    }

    private static URL toUrl(URI u) {
        try {
            return u.toURL();
        } catch (MalformedURLException e) {
            throw IoFns.sneaky(e);
        }
    }

    /** What calling IOFactory on nil throws (nil does not extend it). */
    private static IllegalArgumentException noImplementation(String method) {
        return new IllegalArgumentException("No implementation of method: :" + method
                + " of protocol: #'clojure.java.io/IOFactory found for class: nil");
    }

    static IllegalArgumentException cannotOpen(Object x, String as) {
        return new IllegalArgumentException("Cannot open <" + Printer.prStr(x) + "> as an " + as + ".");
    }
}
