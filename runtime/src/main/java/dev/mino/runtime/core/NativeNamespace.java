package dev.mino.runtime.core;

import dev.mino.runtime.eval.Evaluator;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Namespace;
import dev.mino.runtime.lang.PersistentVector;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A namespace being filled with Java builtins (clojure.core's Java half, and the libraries of
 * {@link NativeLibs}). Each public var is defined with its docstring, and each function with Clojure-shaped
 * :arglists, in the one registration line that defines it.
 */
final class NativeNamespace {
    private static final Keyword ARGLISTS = Keyword.of("arglists");
    private static final Keyword DOC = Keyword.of("doc");
    private static final Keyword DYNAMIC = Keyword.of("dynamic");
    private static final Keyword PRIVATE = Keyword.of("private");
    /** Parsed :arglists by their text: immutable, so states share them and only the first one reads them. */
    private static final Map<String, Object> ARGLISTS_CACHE = new ConcurrentHashMap<>();

    private final Evaluator evaluator;
    private final Namespace ns;

    NativeNamespace(Evaluator evaluator, Namespace ns) {
        this.evaluator = evaluator;
        this.ns = ns;
    }

    /** The state the library is installed in. */
    Evaluator evaluator() {
        return evaluator;
    }

    /** A var of clojure.core the library works with, such as *in*. */
    Var coreVar(String name) {
        return evaluator.core.lookup(Symbol.of(name));
    }

    /** A var the library's own text defined before installing its builtins, such as a dynamic var they read. */
    Var ownVar(String name) {
        return ns.lookup(Symbol.of(name));
    }

    /**
     * Defines name as a builtin; arglists is the text of its :arglists, e.g. "[coll] [separator coll]",
     * and names the arities the builtin accepts.
     */
    Builtin fn(String name, String arglists, String doc) {
        Builtin b = new Builtin(ns.name().getName() + "/" + name);
        defFn(name, arglists, doc, b);
        return b;
    }

    /** Defines name as a function written as its own class rather than a {@link Builtin}. */
    Var defFn(String name, String arglists, String doc, Object f) {
        Var v = def(name, doc, f);
        v.setMeta(v.meta().assoc(ARGLISTS, arglists(arglists)));
        return v;
    }

    /** A builtin var that only the library's own code uses: no docstring, and :arglists when given. */
    Builtin privateFn(String name, String arglists) {
        Builtin b = new Builtin(ns.name().getName() + "/" + name);
        Var v = intern(name, b);
        v.setMeta(v.meta().assoc(PRIVATE, true));
        if (arglists != null) v.setMeta(v.meta().assoc(ARGLISTS, arglists(arglists)));
        return b;
    }

    /** Defines name with a value and a docstring. */
    Var def(String name, String doc, Object value) {
        Var v = intern(name, value);
        v.setMeta(v.meta().assoc(DOC, doc));
        return v;
    }

    /** Defines a dynamic var with its root value. */
    Var dynamic(String name, String doc, Object root) {
        def(name, doc, root);
        return makeDynamic(name);
    }

    /** Makes the var name, defined already, dynamic. */
    Var makeDynamic(String name) {
        Var v = ownVar(name);
        v.setMeta(v.meta().assoc(DYNAMIC, true));
        return v;
    }

    private Var intern(String name, Object value) {
        Var v = ns.intern(Symbol.of(name));
        v.bindRoot(value);
        return v;
    }

    private static Object arglists(String text) {
        return ARGLISTS_CACHE.computeIfAbsent(text, NativeNamespace::readArglists);
    }

    /**
     * The :arglists text read as a list of vectors of symbols. Builtins' parameter vectors are flat, so a
     * scan for brackets and names does; it costs a state far less than the reader would (anything else,
     * such as a destructuring vector, is refused).
     */
    private static Object readArglists(String text) {
        List<Object> lists = new ArrayList<>();
        List<Object> params = null;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean delimiter = c == '[' || c == ']' || Character.isWhitespace(c);
            if (delimiter && start >= 0) {
                if (params == null) throw new IllegalArgumentException("Not a parameter vector: " + text);
                params.add(Symbol.of(text.substring(start, i)));
                start = -1;
            }
            if (c == '[') {
                if (params != null) throw new IllegalArgumentException("Nested parameter vector: " + text);
                params = new ArrayList<>();
            } else if (c == ']') {
                if (params == null) throw new IllegalArgumentException("Unopened parameter vector: " + text);
                lists.add(PersistentVector.of(params.toArray()));
                params = null;
            } else if (!delimiter && start < 0) {
                start = i;
            }
        }
        if (params != null || lists.isEmpty()) throw new IllegalArgumentException("Unclosed parameter vector: " + text);
        return Seqs.list(lists.toArray());
    }
}
