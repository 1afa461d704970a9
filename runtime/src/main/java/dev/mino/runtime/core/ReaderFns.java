package dev.mino.runtime.core;

import dev.mino.runtime.eval.Evaluator;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.PersistentVector;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Truth;
import dev.mino.runtime.lang.Var;
import dev.mino.runtime.reader.LispReader;
import dev.mino.runtime.reader.ReaderConditionalForm;
import dev.mino.runtime.reader.ReaderOptions;
import dev.mino.runtime.reader.TaggedLiteral;
import dev.mino.runtime.reader.TaggedLiterals;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.StringWriter;
import java.util.UUID;

/**
 * Reading forms from strings and streams (read-string, read, read+string, with Clojure's opts map: see
 * {@link ReadOpts}), forms as data (tagged-literal, reader-conditional), default-data-readers and load-reader. A form is read from a PushbackReader such as *in*: its text is
 * taken off the stream (see {@link StreamFormText}) and parsed by the reader in the current namespace.
 */
final class ReaderFns {
    private final Evaluator ev;
    private final Var in;

    private ReaderFns(Evaluator ev) {
        this.ev = ev;
        this.in = ev.core.lookup(Symbol.of("*in*"));
    }

    static void install(CoreLibrary lib) {
        ReaderFns r = new ReaderFns(lib.evaluator);
        lib.fn("read", "[] [stream] [stream eof-error? eof-value] [stream eof-error? eof-value recursive?] [opts stream]",
                "Reads the next form from stream (default *in*). At the end, throws, or returns eof-value when eof-error?\n"
                + "  is false. opts is a map: :eof, the value at the end (:eofthrow throws, as does no :eof); :read-cond\n"
                + "  :allow to read reader conditionals, :preserve to return them as values; :features, a set of\n"
                + "  feature keywords selected besides :mino and :clj. Without :read-cond a reader conditional is an\n"
                + "  error. Tagged literals go to *data-readers*, then #inst/#uuid, then *default-data-reader-fn*.")
                .a0(() -> r.read(r.in.deref(), DATA)[0])
                .a1(s -> r.read(s, DATA)[0])
                .a2((opts, s) -> r.read(s, ReadOpts.parse(opts))[0])
                .a3((s, eofError, eofValue) -> r.read(s, data(eofError, eofValue))[0])
                .a4((s, eofError, eofValue, recursive) -> r.read(s, data(eofError, eofValue))[0]);
        lib.fn("read+string", "[] [stream] [stream eof-error? eof-value] [stream eof-error? eof-value recursive?] [opts stream]",
                "Like read, but returns a vector of the form and the text it was read from.")
                .a0(() -> pair(r.read(r.in.deref(), DATA)))
                .a1(s -> pair(r.read(s, DATA)))
                .a2((opts, s) -> pair(r.read(s, ReadOpts.parse(opts))))
                .a3((s, eofError, eofValue) -> pair(r.read(s, data(eofError, eofValue))))
                .a4((s, eofError, eofValue, recursive) -> pair(r.read(s, data(eofError, eofValue))));
        lib.fn("read-string", "[s] [opts s]",
                "The first form read from the string s, read as read reads a stream, with the same opts map.")
                .a1(s -> r.readString(DATA, s))
                .a2((opts, s) -> r.readString(ReadOpts.parse(opts), s));
        lib.fn("tagged-literal", "[tag form]",
                "A tagged literal of the symbol tag and form, as the reader makes for a tag it has no reader for.")
                .a2(TaggedLiteral::new);
        lib.fn("tagged-literal?", "[value]", "True when value is a tagged literal.").a1(x -> x instanceof TaggedLiteral);
        lib.fn("reader-conditional", "[form splicing?]",
                "A reader conditional form holding the list form; splicing? says whether it is #?@.")
                .a2((form, splicing) -> new ReaderConditionalForm(form, (Boolean) splicing));
        lib.fn("reader-conditional?", "[value]", "True when value is a reader conditional form.")
                .a1(x -> x instanceof ReaderConditionalForm);
        lib.def("default-data-readers", "The reader functions of the built-in tagged literals #inst and #uuid, by tag symbol.",
                defaultDataReaders());
        lib.fn("load-reader", "[rdr]", "Runs the code read from rdr, form after form, and gives the last form's value.")
                .a1(rdr -> r.loadReader(rdr));
    }

    /** Reading without an opts map: conditionals refused, the end of input an error. */
    private static final ReadOpts DATA = new ReadOpts(ReaderOptions.DATA, true, null);

    private static ReadOpts data(Object eofError, Object eofValue) {
        return new ReadOpts(ReaderOptions.DATA, Truth.isTruthy(eofError), eofValue);
    }

    private static Object pair(Object[] formAndText) {
        return PersistentVector.of(formAndText[0], ((String) formAndText[1]).trim());
    }

    private Object readString(ReadOpts opts, Object s) {
        if (!(s instanceof String text)) {
            throw new ClassCastException(Numbers.describe(s) + " cannot be cast to class java.lang.String");
        }
        Object form = ev.readFirst(text, opts.reader());
        if (form != LispReader.EOF) return form;
        if (opts.eofError()) throw new MinoException("EOF while reading");
        return opts.eofValue();
    }

    /**
     * The next form of the stream and the text it was read from. Text that holds no form (a discarded
     * #_ form, a reader conditional with no branch for mino) is skipped, as the reader skips it.
     */
    private Object[] read(Object stream, ReadOpts opts) {
        PushbackReader r = pushback(stream);
        StringBuilder consumed = new StringBuilder();
        try {
            for (;;) {
                String text = StreamFormText.next(r);
                if (text == null) {
                    if (opts.eofError()) throw new MinoException("EOF while reading");
                    return new Object[] {opts.eofValue(), consumed.toString()};
                }
                consumed.append(text);
                Object form = ev.readFirst(text, opts.reader());
                if (form != LispReader.EOF) return new Object[] {form, consumed.toString()};
            }
        } catch (IOException e) {
            throw IoFns.sneaky(e);
        }
    }

    private static PushbackReader pushback(Object stream) {
        if (stream instanceof PushbackReader r) return r;
        if (stream == null) throw new NullPointerException();
        throw new ClassCastException("class " + stream.getClass().getName() + " cannot be cast to class java.io.PushbackReader");
    }

    /** #inst and #uuid as data reader fns: what the reader does with those tags. */
    private static Object defaultDataReaders() {
        Builtin inst = new Builtin("clojure.instant/read-instant-date")
                .a1(s -> builtInTag("inst", s));
        Builtin uuid = new Builtin("clojure.uuid/default-uuid-reader").a1(s -> {
            if (!(s instanceof String str)) throw new MinoException("#uuid data reader expected string");
            return UUID.fromString(str);
        });
        return PersistentArrayMap.EMPTY.assoc(Symbol.of("inst"), inst).assoc(Symbol.of("uuid"), uuid);
    }

    private static Object builtInTag(String tag, Object value) {
        try {
            return TaggedLiterals.read(Symbol.of(tag), value);
        } catch (IllegalArgumentException e) {
            throw new MinoException(e.getMessage(), e);
        }
    }

    /** (load-reader rdr): evaluates every form the reader holds, in the current namespace. */
    private Object loadReader(Object rdr) {
        if (!(rdr instanceof Reader reader)) {
            throw new ClassCastException(Numbers.describe(rdr) + " cannot be cast to class java.io.Reader");
        }
        StringWriter text = new StringWriter();
        try {
            reader.transferTo(text);
        } catch (IOException e) {
            throw IoFns.sneaky(e);
        }
        return ev.loadString(text.toString(), "NO_SOURCE_FILE", ev.currentNs());
    }
}
