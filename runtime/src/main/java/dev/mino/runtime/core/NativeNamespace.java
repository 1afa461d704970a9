package dev.mino.runtime.core;

import dev.mino.runtime.eval.Evaluator;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Namespace;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Var;
import dev.mino.runtime.reader.LispReader;
import dev.mino.runtime.reader.ReaderContext;

/** A namespace being filled with Java builtins, each var carrying Clojure-shaped :arglists metadata. */
final class NativeNamespace {
    private static final Keyword ARGLISTS = Keyword.of("arglists");
    private static final Keyword PRIVATE = Keyword.of("private");

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

    /** Defines name as a builtin; arglists is the text of its :arglists, e.g. "[s] [separator coll]". */
    Builtin fn(String name, String arglists) {
        Builtin b = new Builtin(ns.name().getName() + "/" + name);
        Var v = def(name, b);
        v.setMeta(v.meta().assoc(ARGLISTS, Seqs.list(new LispReader(arglists, name, ReaderContext.STANDALONE).readAll().toArray())));
        return b;
    }

    /** A builtin var that only the library's own code uses. */
    Builtin privateFn(String name, String arglists) {
        Builtin b = fn(name, arglists);
        Var v = ns.lookup(Symbol.of(name));
        v.setMeta(v.meta().assoc(PRIVATE, true));
        return b;
    }

    Var def(String name, Object value) {
        Var v = ns.intern(Symbol.of(name));
        v.bindRoot(value);
        return v;
    }
}
