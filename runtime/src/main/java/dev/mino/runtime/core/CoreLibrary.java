package dev.mino.runtime.core;

import dev.mino.runtime.eval.Evaluator;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.Namespace;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Var;

/**
 * Installs the Java half of clojure.core into a state; core.clj (loaded right after) builds the rest on
 * top. Each area registers its builtins in its own class.
 */
public final class CoreLibrary {
    private final Namespace core;
    final Evaluator evaluator;

    private CoreLibrary(Evaluator evaluator) {
        this.evaluator = evaluator;
        this.core = evaluator.core;
    }

    public static void install(Evaluator evaluator) {
        CoreLibrary lib = new CoreLibrary(evaluator);
        CorePrintMethods.install();
        NumberFns.install(lib);
        CollectionFns.install(lib);
        SeqFns.install(lib);
        PredicateFns.install(lib);
        StringFns.install(lib);
        StateFns.install(lib);
        NamespaceFns.install(lib);
        IoFns.install(lib);
        PolyFns.install(lib);
        ConcurrencyFns.install(lib);
    }

    /** Defines clojure.core/name as a builtin. */
    Builtin fn(String name) {
        Builtin b = new Builtin("clojure.core/" + name);
        def(name, b);
        return b;
    }

    /** A builtin that macros expand into but that is not part of clojure.core's public surface. */
    Builtin privateFn(String name) {
        Builtin b = fn(name);
        Var v = core.lookup(Symbol.of(name));
        v.setMeta(v.meta().assoc(dev.mino.runtime.lang.Keyword.of("private"), true));
        return b;
    }

    Var def(String name, Object value) {
        Var v = core.intern(Symbol.of(name));
        v.bindRoot(value);
        return v;
    }

    static Fn asFn(Object f) { return Callables.asFn(f); }
}
