package dev.mino.runtime.core;

import dev.mino.runtime.lang.Colls;
import dev.mino.runtime.lang.IMapEntry;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Named;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.PersistentHashMap;
import dev.mino.runtime.lang.Safepoint;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.printer.Printer;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * One call of clojure.java.shell/sh: the command (the leading strings), then :in, :in-enc, :out-enc, :dir and
 * :env (defaulting to *sh-dir* and *sh-env*). Running it feeds :in to the process's standard input and reads
 * its output and error output, each on a thread of its own so that none blocks the others, and answers
 * {:exit :out :err}. An evaluation stopped while it waits kills the process.
 *
 * @param outEnc how the output is decoded; null for :out-enc :bytes (the bytes themselves)
 */
record ShellCommand(List<String> command, Object in, Charset inEnc, Charset outEnc, File dir, Map<String, String> env) {
    private static final Keyword IN = Keyword.of("in");
    private static final Keyword IN_ENC = Keyword.of("in-enc");
    private static final Keyword OUT_ENC = Keyword.of("out-enc");
    private static final Keyword DIR = Keyword.of("dir");
    private static final Keyword ENV = Keyword.of("env");
    private static final Keyword BYTES = Keyword.of("bytes");
    private static final Keyword EXIT = Keyword.of("exit");
    private static final Keyword OUT = Keyword.of("out");
    private static final Keyword ERR = Keyword.of("err");

    /** sh's arguments, with *sh-dir* and *sh-env* as given; checks what can be checked before anything starts. */
    static ShellCommand parse(Object[] args, Object shDir, Object shEnv) {
        int n = 0;
        while (n < args.length && args[n] instanceof String) n++;
        List<String> command = Arrays.stream(args, 0, n).map(String.class::cast).toList();
        IPersistentMap opts = options(Arrays.copyOfRange(args, n, args.length), shDir, shEnv);
        Object in = Colls.get(opts, IN);
        if (in != null && !StreamCopy.isInput(in)) {
            throw new IllegalArgumentException("sh's :in must be an InputStream, Reader, File, byte array, char array or String, not "
                    + Numbers.describe(in));
        }
        Object outEnc = Colls.get(opts, OUT_ENC);
        return new ShellCommand(command, in, charset(Colls.get(opts, IN_ENC)), BYTES.equals(outEnc) ? null : charset(outEnc),
                IoFactory.asFile(Colls.get(opts, DIR)), environment(Colls.get(opts, ENV)));
    }

    /** The keyword options over the defaults :dir *sh-dir* and :env *sh-env*. */
    private static IPersistentMap options(Object[] kvs, Object shDir, Object shEnv) {
        IPersistentMap opts = PersistentArrayMap.EMPTY.assoc(DIR, shDir).assoc(ENV, shEnv);
        for (Object o : PersistentHashMap.create(kvs)) {
            IMapEntry e = (IMapEntry) o;
            opts = opts.assoc(e.key(), e.val());
        }
        return opts;
    }

    private static Charset charset(Object name) {
        return IoFns.io(() -> IoFactory.charset(name));
    }

    /** :env as a map of names to values: a map (each key's name, each value as by str) or Java's String[] of "K=V". */
    private static Map<String, String> environment(Object env) {
        if (env == null) return null;
        Map<String, String> out = new LinkedHashMap<>();
        if (env instanceof String[] entries) {
            for (String entry : entries) {
                int eq = entry.indexOf('=');
                if (eq > 0) out.put(entry.substring(0, eq), entry.substring(eq + 1));
            }
            return out;
        }
        if (!(env instanceof IPersistentMap map)) throw new IllegalArgumentException("sh's :env must be a map, not " + Numbers.describe(env));
        for (ISeq s = Seqs.seq(map); s != null; s = s.next()) {
            IMapEntry e = (IMapEntry) s.first();
            out.put(name(e.key()), Printer.str(e.val()));
        }
        return out;
    }

    private static String name(Object k) {
        return k instanceof Named n ? n.getName() : StringFns.string(k);
    }

    /** Starts the process and waits for it: {:exit :out :err}. A file given as :in is opened (checked) first. */
    Object run(CheckedFiles files) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir);
        if (env != null) {
            builder.environment().clear();
            builder.environment().putAll(env);
        }
        Object input = in instanceof File f ? IoFns.io(() -> files.read(f)) : in;
        Process process = IoFns.io(builder::start);
        try {
            FutureTask<Object> fed = background(() -> feed(process.getOutputStream(), input, files));
            FutureTask<byte[]> out = background(() -> process.getInputStream().readAllBytes());
            FutureTask<byte[]> err = background(() -> process.getErrorStream().readAllBytes());
            int exit = process.waitFor();
            Object stdout = outEnc == null ? result(out) : new String(result(out), outEnc);
            String stderr = new String(result(err), Charset.defaultCharset());
            result(fed);
            return PersistentArrayMap.EMPTY.assoc(EXIT, exit).assoc(OUT, stdout).assoc(ERR, stderr);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            throw Safepoint.cancelled();
        } finally {
            if (in instanceof File) close((InputStream) input);
        }
    }

    /** Copies :in to the process and closes its input (at once when there is none), as Clojure's sh does. */
    private Object feed(OutputStream stdin, Object input, CheckedFiles files) throws IOException {
        try (stdin) {
            if (input != null) new StreamCopy(files).copy(input, stdin, PersistentArrayMap.EMPTY.assoc(IoFactory.ENCODING, inEnc));
        } catch (IOException e) {
            // The process ended or closed its input without reading it all: what it did read was its to take.
        }
        return null;
    }

    private static void close(InputStream opened) {
        try {
            opened.close();
        } catch (IOException e) {
            throw IoFns.sneaky(e);
        }
    }

    private static <T> FutureTask<T> background(Callable<T> work) {
        FutureTask<T> task = new FutureTask<>(work);
        Thread.ofVirtual().name("mino-sh").start(task);
        return task;
    }

    /** The task's value once it is done, its failure rethrown as it was. */
    private static <T> T result(FutureTask<T> task) throws InterruptedException {
        try {
            return task.get();
        } catch (ExecutionException e) {
            throw IoFns.sneaky(e.getCause());
        }
    }
}
