package dev.mino.runtime.core;

import dev.mino.runtime.agent.AgentSystem;
import dev.mino.runtime.eval.Evaluator;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Var;
import dev.mino.runtime.printer.StatePrintMethods;
import dev.mino.runtime.stm.Stm;

/**
 * Installs the Java half of clojure.core into a state; core.clj (loaded right after) builds the rest on
 * top. Each area registers its builtins in its own class.
 */
public final class CoreLibrary {
    private final NativeNamespace core;
    final Evaluator evaluator;

    private CoreLibrary(Evaluator evaluator) {
        this.evaluator = evaluator;
        this.core = new NativeNamespace(evaluator, evaluator.core);
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
        Stm stm = new Stm();
        RefFns.install(lib, stm);
        Var currentAgent = lib.dynamic("*agent*", "The agent whose action runs on this thread, or nil.", null);
        AgentFns.install(lib, new AgentSystem(evaluator.options().threads(), stm, currentAgent));
        NumberConversions.install(lib);
        UncheckedFns.install(lib);
        ArrayFns.install(lib);
        ChunkFns.install(lib);
        PrimitiveVector.install(lib);
        StructMapFns.install(lib);
        ResultSetSeq.install(lib);
        LoadingContext.install(lib);
        StatePrintMethods printMethods = PrintMethodFns.install(lib, printing);
        ReaderFns.install(lib);
        HostFns.install(lib);
        ProxyFns.install(lib);
        InterfaceFns.install(lib);
        HashFns.install(lib);
        LibraryFns.install(lib);
        Taps.install(lib);
        return printMethods;
    }

    /** Dynamic vars of clojure.core that mino code and tools read (several only for compatibility). */
    private void dynamicVars() {
        String ignored = "Accepted for compatibility; mino does not read it.";
        Object[][] vars = {
            {"*1", null, "A REPL's most recent value, for tools that set it; mino's REPL leaves it nil."},
            {"*2", null, "A REPL's second most recent value, for tools that set it; mino's REPL leaves it nil."},
            {"*3", null, "A REPL's third most recent value, for tools that set it; mino's REPL leaves it nil."},
            {"*e", null, "A REPL's most recent exception, for tools that set it; mino's REPL leaves it nil."},
            {"*assert*", true, "When false as code is compiled, assert and fn's :pre and :post conditions check nothing."},
            {"*command-line-args*", null, "The program's command-line arguments as a seq of strings, for an embedder to bind."},
            {"*clojure-version*", clojureVersion(), "The Clojure version mino follows: a map of :major, :minor, :incremental and\n"
                    + "  :qualifier."},
            {"*print-meta*", false, "When true, pr and the other readable printers write a value's metadata before it, as ^{...}."},
            {"*read-eval*", false, "Whether the reader may evaluate #=(...) forms; mino's reader never does, and rejects them."},
            {"*data-readers*", DataReaderFiles.mappings(evaluator), "A map from tag symbol to the fn (or var) the reader calls on the form after #tag;\n"
                    + "  bind it around read, read-string or load. Its entries come before the built-in #inst and #uuid.\n"
                    + "  It starts with the mappings of the data_readers.clj and data_readers.cljc files on the classpath."},
            {"*default-data-reader-fn*", null, "When not nil, a fn of tag and form the reader calls for a tag that neither\n"
                    + "  *data-readers* nor the built-in tags read; when nil, such a tag is an error."},
            {"*unchecked-math*", false, ignored},
            {"*warn-on-reflection*", false, "Accepted for compatibility; mino never warns about reflection."},
            {"*source-path*", null, ignored},
            {"*repl*", false, ignored},
            {"*math-context*", null, "Accepted for compatibility; with-precision sets the precision of decimal arithmetic."},
            {"*suppress-read*", false, ignored},
            {"*reader-resolver*", null, ignored},
        };
        for (Object[] v : vars) dynamic((String) v[0], (String) v[2], v[1]);
    }

    private static Object clojureVersion() {
        return PersistentArrayMap.EMPTY.assoc(Keyword.of("major"), 1L).assoc(Keyword.of("minor"), 12L)
                .assoc(Keyword.of("incremental"), 0L).assoc(Keyword.of("qualifier"), "mino");
    }

    /**
     * Defines clojure.core/name as a builtin; arglists is the text of its :arglists, e.g. "[f] [f coll]",
     * naming exactly the arities the builtin accepts.
     */
    Builtin fn(String name, String arglists, String doc) {
        return core.fn(name, arglists, doc);
    }

    /** Defines clojure.core/name as a function written as its own class. */
    Var defFn(String name, String arglists, String doc, Object f) {
        return core.defFn(name, arglists, doc, f);
    }

    /** A builtin that macros expand into but that is not part of clojure.core's public surface. */
    Builtin privateFn(String name) {
        return core.privateFn(name, null);
    }

    /** Defines clojure.core/name with a value and a docstring. */
    Var def(String name, String doc, Object value) {
        return core.def(name, doc, value);
    }

    /** Defines a dynamic var of clojure.core. */
    Var dynamic(String name, String doc, Object root) {
        return core.dynamic(name, doc, root);
    }

    /** Makes clojure.core/name, defined already, dynamic. */
    Var makeDynamic(String name) {
        return core.makeDynamic(name);
    }

    static Fn asFn(Object f) { return Callables.asFn(f); }
}
