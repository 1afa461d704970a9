package dev.mino.runtime.core;

import dev.mino.runtime.lang.Colls;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Safepoint;
import java.io.ByteArrayInputStream;
import java.io.CharArrayReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringReader;
import java.io.Writer;

/**
 * clojure.java.io/copy: from an InputStream, Reader, File, byte[], char[] or String to an OutputStream,
 * Writer or File, converting between bytes and chars with the :encoding option, :buffer-size at a time.
 * It closes only what it opens (the streams of files). Each buffer polls the safepoint, so a long copy stops
 * with its evaluation.
 */
final class StreamCopy {
    private static final Keyword BUFFER_SIZE = Keyword.of("buffer-size");

    private final CheckedFiles files;

    StreamCopy(CheckedFiles files) {
        this.files = files;
    }

    static boolean isInput(Object x) {
        return x instanceof InputStream || x instanceof Reader || x instanceof File || x instanceof byte[]
                || x instanceof char[] || x instanceof String;
    }

    private static boolean isOutput(Object x) {
        return x instanceof OutputStream || x instanceof Writer || x instanceof File;
    }

    void copy(Object input, Object output, Object opts) throws IOException {
        if (!isInput(input) || !isOutput(output)) {
            // What Clojure's do-copy multimethod says for a pair of types it has no method for.
            throw new IllegalArgumentException("No method in multimethod 'do-copy' for dispatch value: ["
                    + className(input) + " " + className(output) + "]");
        }
        if (input instanceof File f) {
            // The input first: a file that may not be read must not leave the output file truncated.
            try (InputStream in = files.read(f)) {
                copy(in, output, opts);
            }
        } else if (output instanceof File f) {
            try (OutputStream out = files.write(f, false)) {
                copyTo(input, out, opts);
            }
        } else {
            copyTo(input, output, opts);
        }
    }

    /** input (any of isInput but a File) to an OutputStream or Writer. */
    private static void copyTo(Object input, Object output, Object opts) throws IOException {
        switch (input) {
            case InputStream in -> fromStream(in, output, opts);
            case Reader r -> fromReader(r, output, opts);
            case byte[] bytes -> fromStream(new ByteArrayInputStream(bytes), output, opts);
            case char[] chars -> fromReader(new CharArrayReader(chars), output, opts);
            case String s -> fromReader(new StringReader(s), output, opts);
            default -> throw new IllegalStateException("not an input: " + className(input));
        }
    }

    private static void fromStream(InputStream in, Object output, Object opts) throws IOException {
        if (output instanceof OutputStream out) {
            byte[] buffer = new byte[bufferSize(opts)];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                Safepoint.poll();
            }
        } else {
            chars(new InputStreamReader(in, IoFactory.encoding(opts)), (Writer) output, opts);
        }
    }

    private static void fromReader(Reader in, Object output, Object opts) throws IOException {
        if (output instanceof Writer w) {
            chars(in, w, opts);
        } else {
            Writer out = new OutputStreamWriter((OutputStream) output, IoFactory.encoding(opts));
            chars(in, out, opts);
            out.flush();
        }
    }

    private static void chars(Reader in, Writer out, Object opts) throws IOException {
        char[] buffer = new char[bufferSize(opts)];
        for (int n; (n = in.read(buffer)) > 0; ) {
            out.write(buffer, 0, n);
            Safepoint.poll();
        }
    }

    private static int bufferSize(Object opts) {
        Object size = Colls.get(opts, BUFFER_SIZE);
        return size == null ? 1024 : Numbers.toIndex(size);
    }

    private static String className(Object x) {
        return x == null ? "nil" : x.getClass().getName();
    }
}
