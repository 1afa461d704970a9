package dev.mino.runtime.core;

import dev.mino.runtime.eval.Evaluator;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Namespace;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Var;
import dev.mino.runtime.printer.StatePrintMethods;

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

    /** Returns the state's print-method, which the evaluator runs the state's code with. */
    public static StatePrintMethods install(Evaluator evaluator) {
        CoreLibrary lib = new CoreLibrary(evaluator);
        lib.dynamicVars();
        NumberFns.install(lib);
        CollectionFns.install(lib);
        SeqFns.install(lib);
        PredicateFns.install(lib);
        PrintFns printing = PrintFns.install(lib);
        StringFns.install(lib, printing);
        StateFns.install(lib);
        NamespaceFns.install(lib);
        IoFns.install(lib);
        PolyFns.install(lib);
        ConcurrencyFns.install(lib);
        NumberConversions.install(lib);
        UncheckedFns.install(lib);
        ArrayFns.install(lib);
        ChunkFns.install(lib);
        PrimitiveVector.install(lib);
        StructMapFns.install(lib);
        StatePrintMethods printMethods = PrintMethodFns.install(lib, printing);
        ReaderFns.install(lib);
        HostFns.install(lib);
        HashFns.install(lib);
        LibraryFns.install(lib);
        Taps.install(lib);
        lib.describeBuiltins();
        return printMethods;
    }

    /** Dynamic vars of clojure.core that mino code and tools read; the REPL rebinds *1 *2 *3 *e. */
    private void dynamicVars() {
        Object[][] vars = {
            {"*1", null}, {"*2", null}, {"*3", null}, {"*e", null}, {"*assert*", true},
            {"*command-line-args*", null}, {"*clojure-version*", clojureVersion()},
            {"*print-meta*", false},
            {"*read-eval*", false}, {"*data-readers*", PersistentArrayMap.EMPTY}, {"*default-data-reader-fn*", null},
            {"*unchecked-math*", false}, {"*warn-on-reflection*", false}, {"*source-path*", null}, {"*repl*", false},
            {"*math-context*", null}, {"*suppress-read*", false}, {"*reader-resolver*", null},
        };
        for (Object[] v : vars) {
            Var var = def((String) v[0], v[1]);
            var.setDynamic(true);
            var.setMeta(var.meta().assoc(Keyword.of("dynamic"), true));
        }
    }

    private static Object clojureVersion() {
        return PersistentArrayMap.EMPTY.assoc(Keyword.of("major"), 1L).assoc(Keyword.of("minor"), 12L)
                .assoc(Keyword.of("incremental"), 0L).assoc(Keyword.of("qualifier"), "mino");
    }

    /** Every builtin var gets Clojure-shaped metadata: :name, :ns and :arglists. */
    private void describeBuiltins() {
        core.interns().forEach((sym, v) -> {
            if (v.getRoot() instanceof Builtin b) {
                v.setMeta(v.meta().assoc(Keyword.of("name"), sym).assoc(Keyword.of("ns"), core)
                        .assoc(Keyword.of("arglists"), b.arglists()));
            }
        });
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
