package dev.mino.runtime.core;

import dev.mino.runtime.interop.BeanMap;
import dev.mino.runtime.lang.DefinedType;
import dev.mino.runtime.lang.ExceptionInfo;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.PersistentVector;
import dev.mino.runtime.lang.Printing;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.printer.Printer;
import java.io.BufferedWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * clojure.core functions about JVM objects: cast, exceptions and stack frames as data (Throwable->map,
 * StackTraceElement->vec), UUIDs and URIs, namespace-munge, and PrintWriter-on.
 */
final class HostFns {
    private static final Keyword TYPE = Keyword.of("type");
    private static final Keyword MESSAGE = Keyword.of("message");
    private static final Keyword DATA = Keyword.of("data");
    private static final Keyword AT = Keyword.of("at");
    private static final Keyword VIA = Keyword.of("via");
    private static final Keyword TRACE = Keyword.of("trace");
    private static final Keyword CAUSE = Keyword.of("cause");
    private static final Keyword PHASE = Keyword.of("phase");
    private static final Keyword ERROR_PHASE = Keyword.of("clojure.error", "phase");

    private HostFns() {}

    static void install(CoreLibrary lib) {
        lib.fn("cast", "[c x]", "x when it is an instance of the class c (or nil); throws ClassCastException otherwise.")
                .a2(HostFns::cast);
        lib.fn("Throwable->map", "[o]",
                "The exception o as data: a map of :via (each exception in the cause chain), :trace, :cause and :data.")
                .a1(t -> throwableMap((Throwable) t));
        lib.fn("StackTraceElement->vec", "[o]", "The stack frame o as a vector [class method file line].")
                .a1(e -> frame((StackTraceElement) e));
        lib.fn("bean", "[x]",
                "A read-only map of the JavaBean properties of the Java object x, live (each lookup calls the getter\n"
                + "  again): keywords such as :class, :foo for getFoo (or boolean isFoo). x's class, and each getter, must be\n"
                + "  reachable by interop in this state.")
                .a1(x -> BeanMap.of(x, lib.evaluator.userAccess()));
        lib.fn("random-uuid", "[]", "A new random (version 4) UUID.").a0(UUID::randomUUID);
        lib.fn("uuid?", "[x]", "True when x is a java.util.UUID.").a1(x -> x instanceof UUID);
        lib.fn("uri?", "[x]", "True when x is a java.net.URI.").a1(x -> x instanceof URI);
        lib.fn("namespace-munge", "[ns]",
                "The namespace name ns as it appears in a Java package name: dashes become underscores.")
                .a1(ns -> Printer.str(ns).replace('-', '_'));
        lib.fn("PrintWriter-on", "[flush-fn close-fn] [flush-fn close-fn autoflush?]",
                "A java.io.PrintWriter that calls flush-fn with the buffered text on each flush and close-fn on close.")
                .a2((flush, close) -> printWriterOn(flush, close, false))
                .a3((flush, close, autoflush) -> printWriterOn(flush, close, dev.mino.runtime.lang.Truth.isTruthy(autoflush)));
    }

    private static PrintWriter printWriterOn(Object flush, Object close, boolean autoflush) {
        Writer w = new CallbackWriter(Callables.asFn(flush), close == null ? null : Callables.asFn(close));
        return new PrintWriter(new BufferedWriter(w), autoflush);
    }

    /** (cast c x): x when it is nil or an instance of c, else a ClassCastException. */
    private static Object cast(Object c, Object x) {
        if (c instanceof Class<?> k) {
            if (x != null && !k.isInstance(x)) throw cannotCast(x, Printing.className(k));
            return x;
        }
        if (c instanceof DefinedType t) {
            if (x != null && !t.isInstance(x)) throw cannotCast(x, t.typeName());
            return x;
        }
        throw new IllegalArgumentException("No matching method cast found taking 1 args for class "
                + (c == null ? "nil" : Printing.className(c.getClass())));
    }

    private static ClassCastException cannotCast(Object x, String target) {
        Object c = DefinedType.classOf(x);
        String name = c instanceof DefinedType t ? t.typeName() : Printing.className((Class<?>) c);
        return new ClassCastException("Cannot cast " + name + " to " + target);
    }

    /**
     * An exception as data: :via (each exception of the cause chain, outermost first, with :type, :message,
     * :data and :at), :trace (the root cause's stack), :cause and :data of the root cause, and the
     * :clojure.error/phase of the outermost one as :phase.
     */
    static IPersistentMap throwableMap(Throwable o) {
        List<Throwable> via = new ArrayList<>();
        for (Throwable t = o; t != null && !via.contains(t); t = t.getCause()) via.add(t);
        Throwable root = via.get(via.size() - 1);
        Object[] vias = new Object[via.size()];
        for (int i = 0; i < vias.length; i++) vias[i] = describe(via.get(i));
        IPersistentMap m = PersistentArrayMap.EMPTY.assoc(VIA, PersistentVector.of(vias)).assoc(TRACE, trace(root));
        if (root.getLocalizedMessage() != null) m = m.assoc(CAUSE, root.getLocalizedMessage());
        if (data(root) != null) m = m.assoc(DATA, data(root));
        Object phase = data(o) == null ? null : data(o).valAt(ERROR_PHASE);
        if (phase != null) m = m.assoc(PHASE, phase);
        return m;
    }

    private static IPersistentMap describe(Throwable t) {
        IPersistentMap m = PersistentArrayMap.EMPTY.assoc(TYPE, Symbol.of(Printing.className(t.getClass())));
        if (t.getLocalizedMessage() != null) m = m.assoc(MESSAGE, t.getLocalizedMessage());
        if (data(t) != null) m = m.assoc(DATA, data(t));
        StackTraceElement[] st = t.getStackTrace();
        if (st.length > 0) m = m.assoc(AT, frame(st[0]));
        return m;
    }

    private static IPersistentMap data(Throwable t) {
        return t instanceof ExceptionInfo ei ? ei.data() : null;
    }

    private static Object trace(Throwable t) {
        StackTraceElement[] st = t.getStackTrace();
        Object[] frames = new Object[st.length];
        for (int i = 0; i < st.length; i++) frames[i] = frame(st[i]);
        return PersistentVector.of(frames);
    }

    /** [class-symbol method-symbol file line] */
    static Object frame(StackTraceElement e) {
        return PersistentVector.of(Symbol.of(e.getClassName()), Symbol.of(e.getMethodName()), e.getFileName(),
                (long) e.getLineNumber());
    }

    /**
     * The Writer under PrintWriter-on: collects what is written and hands it to flush-fn as one string on
     * each flush (when there is any); close flushes, then calls close-fn.
     */
    private static final class CallbackWriter extends Writer {
        private final dev.mino.runtime.lang.Fn flushFn;
        private final dev.mino.runtime.lang.Fn closeFn;
        private final StringBuilder buffer = new StringBuilder();

        CallbackWriter(dev.mino.runtime.lang.Fn flushFn, dev.mino.runtime.lang.Fn closeFn) {
            this.flushFn = flushFn;
            this.closeFn = closeFn;
        }

        @Override public void write(char[] cbuf, int off, int len) {
            buffer.append(cbuf, off, len);
        }

        @Override public void flush() {
            if (buffer.length() > 0) {
                String s = buffer.toString();
                buffer.setLength(0);
                flushFn.invoke(s);
            }
        }

        @Override public void close() {
            flush();
            if (closeFn != null) closeFn.invoke();
        }
    }
}
