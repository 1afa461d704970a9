package dev.mino.runtime.core;

import dev.mino.runtime.lang.Truth;
import dev.mino.runtime.printer.Printer;
import java.io.File;
import java.io.IOException;

/**
 * The Java half of clojure.java.io: its protocols' implementations for the JVM's types ({@link IoFactory}),
 * copy ({@link StreamCopy}), and the file operations, each a private builtin of clojure.java.io that checks
 * the state's grants itself (a private var can still be called through its var). resource is public.
 */
final class JavaIoLib {
    private JavaIoLib() {}

    static void install(NativeNamespace ns) {
        CheckedFiles files = new CheckedFiles(ns.evaluator().files());
        IoFactory factory = new IoFactory(files);
        StreamCopy copier = new StreamCopy(files);
        ns.privateFn("open-input-stream", "[x opts]").a2((x, opts) -> IoFns.io(() -> factory.inputStream(x)));
        ns.privateFn("open-output-stream", "[x opts]").a2((x, opts) -> IoFns.io(() -> factory.outputStream(x, opts)));
        ns.privateFn("open-reader", "[x opts]").a2((x, opts) -> IoFns.io(() -> factory.reader(x, opts)));
        ns.privateFn("open-writer", "[x opts]").a2((x, opts) -> IoFns.io(() -> factory.writer(x, opts)));
        ns.privateFn("no-input-stream", "[x opts]").a2((x, opts) -> { throw IoFactory.cannotOpen(x, "InputStream"); });
        ns.privateFn("no-output-stream", "[x opts]").a2((x, opts) -> { throw IoFactory.cannotOpen(x, "OutputStream"); });
        ns.privateFn("to-file", "[x]").a1(IoFactory::asFile);
        ns.privateFn("to-url", "[x]").a1(x -> IoFns.io(() -> factory.asUrl(x)));
        ns.privateFn("do-copy", "[input output opts]").a3((in, out, opts) -> IoFns.io(() -> {
            copier.copy(in, out, opts);
            return null;
        }));
        ns.privateFn("relative-path", "[f]").a1(JavaIoLib::relativePath);
        ns.privateFn("child-file", "[parent child]").a2((parent, child) -> new File((File) parent, StringFns.string(child)));
        ns.privateFn("delete", "[file f silently]").a3((file, f, silently) -> IoFns.io(() -> delete(files, file(file), f, silently)));
        ns.privateFn("make-dirs-above", "[f]").a1(f -> {
            File parent = file(f).getParentFile();
            return parent == null ? null : files.makeDirs(parent);
        });
        ns.fn("resource", "[n] [n loader]",
                "The URL of the classpath resource named n (found through loader, or the context class loader), or nil.\n"
                + "  Finding it needs no grant; reading it needs the state's read grant for its file or jar.")
                .a1(n -> loader().getResource(StringFns.string(n)))
                .a2((n, loader) -> ((ClassLoader) loader).getResource(StringFns.string(n)));
    }

    private static String relativePath(Object x) {
        File f = file(x);
        if (f.isAbsolute()) throw new IllegalArgumentException(f + " is not a relative path");
        return f.getPath();
    }

    /** delete-file: true, or silently when given, else Clojure's IOException naming f as given. */
    private static Object delete(CheckedFiles files, File file, Object f, Object silently) throws IOException {
        if (files.delete(file)) return true;
        if (Truth.isTruthy(silently)) return silently;
        throw new IOException("Couldn't delete " + Printer.str(f));
    }

    private static File file(Object x) {
        if (x instanceof File f) return f;
        throw new ClassCastException(Numbers.describe(x) + " cannot be cast to class java.io.File");
    }

    /** The class loader resource names are looked up in, as Clojure's: the thread's context loader. */
    private static ClassLoader loader() {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return context != null ? context : JavaIoLib.class.getClassLoader();
    }
}
