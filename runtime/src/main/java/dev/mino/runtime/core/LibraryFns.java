package dev.mino.runtime.core;

import dev.mino.runtime.eval.Evaluator;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.Namespace;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.PersistentTreeSet;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Var;
import java.util.Map;

/**
 * What is loaded and interned: loaded-libs, ns-refers, find-keyword, and the vars of with-local-vars,
 * which belong to no namespace.
 */
final class LibraryFns {
    private LibraryFns() {}

    static void install(CoreLibrary lib) {
        Evaluator ev = lib.evaluator;
        lib.fn("loaded-libs", "[]", "A sorted set of the names of the libraries loaded so far.").a0(() -> {
            Object[] names = ev.loadedLibs().stream().map(Symbol::of).toArray();
            return PersistentTreeSet.create(names);
        });
        lib.fn("ns-refers", "[ns]", "The vars ns refers from other namespaces, as a map from the name used in ns to the var.")
                .a1(x -> {
            Namespace ns = theNs(ev, x);
            IPersistentMap m = PersistentArrayMap.EMPTY;
            for (Map.Entry<Symbol, Var> e : ns.mappings().entrySet()) {
                if (e.getValue().ns() != ns) m = m.assoc(e.getKey(), e.getValue());
            }
            return m;
        });
        lib.fn("find-keyword", "[name] [ns name]",
                "The existing keyword of that namespace and name, or nil when none has been made.")
                .a1(LibraryFns::findKeyword)
                .a2((ns, name) -> Keyword.find(Symbol.of((String) ns, (String) name)));
        lib.privateFn("-local-var").a0(() -> {
            Var v = new Var(null, Symbol.of("--unnamed--"));
            v.setDynamic(true);
            return v;
        });
    }

    /** The keyword of that name if one exists already, else nil (never interns a new one). */
    private static Object findKeyword(Object name) {
        return switch (name) {
            case Keyword k -> k;
            case Symbol s -> Keyword.find(s);
            case String s -> Keyword.find(Symbol.parse(s));
            case null, default -> null;
        };
    }

    private static Namespace theNs(Evaluator ev, Object x) {
        if (x instanceof Namespace ns) return ns;
        Namespace ns = x instanceof Symbol s ? ev.namespaces().find(s) : null;
        if (ns == null) throw new MinoException("No namespace: " + x + " found");
        return ns;
    }
}
