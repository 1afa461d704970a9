package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.core.Builtin;
import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.lang.IPersistentVector;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Var;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public var of every bundled namespace describes itself as Clojure's do (issue 16): :ns and :name,
 * :arglists (a seq of vectors) when it holds a function or macro, a docstring, and a (doc ...) that prints.
 * The namespaces are those of the .clj resources, so a new library is checked without being listed here.
 */
class VarMetadataTest {
    private static final Path ROOT = Path.of("..");
    private static final Path RESOURCES = ROOT.resolve("runtime/src/main/resources");

    /** Returns [ns sym var problem] rows: one per public var, with problem nil when the var passes. */
    private static final String CHECK = """
        (fn [nss surface]
          (let [problem (fn [n sym v]
                          (let [m (meta v)
                                f? (or (:macro m) (fn? (when (bound? v) @v)))
                                clj (get-in surface [n sym])
                                out (try (eval (list 'clojure.core/with-out-str (list 'clojure.repl/doc (symbol (str n) (str sym)))))
                                         (catch Throwable e (str "THREW " e)))]
                            (cond (not (identical? (:ns m) (find-ns n))) (str ":ns is " (pr-str (:ns m)))
                                  (not= (:name m) sym) (str ":name is " (pr-str (:name m)))
                                  (not (and (string? (:doc m)) (not (clojure.string/blank? (:doc m))))) "no :doc"
                                  (and (or f? (:arglists clj)) (not (and (seq? (:arglists m)) (seq (:arglists m))
                                                                         (every? vector? (:arglists m)))))
                                  (str ":arglists is " (pr-str (:arglists m)))
                                  (not (clojure.string/includes? out (str sym))) (str "(doc ...) printed " (pr-str out)))))]
            (vec (for [n nss [sym v] (sort-by key (ns-publics n))]
                   [(str n) (str sym) v (problem n sym v)]))))""";

    @Test
    void everyPublicVarHasClojureShapedMetadataAndADocstring() throws Exception {
        Set<String> nss = bundledNamespaces();
        MinoState mino = Mino.newState();
        mino.define("user/surface-src", Files.readString(ROOT.resolve("docs/reference/clojure-1.12-surface.edn")));
        mino.define("user/nss", nss.stream().map(Symbol::of).toList());
        mino.eval("(require 'clojure.string) (def surface (read-string surface-src))");
        mino.eval("(doseq [n nss] (require n))");
        Object rows = mino.eval("(" + CHECK + " nss (:namespaces surface))");

        List<String> problems = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (Object row : (Iterable<?>) rows) {
            List<?> r = (List<?>) row;
            String name = r.get(0) + "/" + r.get(1);
            checked.add(name);
            if (r.get(3) != null) problems.add(name + ": " + r.get(3));
            String arity = arityMismatch((Var) r.get(2));
            if (r.get(3) == null && arity != null) problems.add(name + ": " + arity);
        }
        // Every Clojure var mino defines publicly was among those checked (a namespace that loads but was
        // not found among the resources would show here).
        Object clojurePublics = mino.eval("""
            (vec (for [[n vars] (:namespaces surface)
                       :when (try (require n) true (catch Throwable _ false))
                       sym (keys vars)
                       :when (contains? (ns-publics n) sym)]
                   (str n "/" sym)))""");
        for (Object name : (Iterable<?>) clojurePublics) {
            if (!checked.contains((String) name)) problems.add(name + ": in Clojure's surface but its namespace was not checked");
        }
        assertTrue(checked.size() > 800, "only " + checked.size() + " vars checked");
        assertTrue(problems.isEmpty(), problems.size() + " of " + checked.size() + " vars have problems:\n" + String.join("\n", problems));
    }

    @Test
    void docPrintsInClojuresShape() {
        MinoState mino = Mino.newState();
        mino.eval("(require '[clojure.repl :refer [doc]])");
        assertEquals("""
            -------------------------
            clojure.string/join
            ([coll] [separator coll])
              The items of coll as strings (nil as ""), joined by separator when given.
            """, mino.eval("(require 'clojure.string) (with-out-str (doc clojure.string/join))"));
        assertEquals("""
            -------------------------
            clojure.core/when
            ([test & body])
            Macro
              Evaluates body when test is true (not nil or false); gives nil otherwise.
            """, mino.eval("(with-out-str (doc when))"));
        String let = (String) mino.eval("(with-out-str (doc let))");
        assertTrue(let.startsWith("-------------------------\nclojure.core/let\n  (let [bindings*] exprs*)\n([bindings & body])\nSpecial Form\n  "), let);
        assertTrue(let.endsWith("\n\n  Please see http://clojure.org/special_forms#let\n"), let);
        String ifDoc = (String) mino.eval("(with-out-str (doc if))");
        assertTrue(ifDoc.startsWith("-------------------------\nif\n  (if test then else?)\nSpecial Form\n  "), ifDoc);
        assertTrue(((String) mino.eval("(with-out-str (doc new))")).endsWith("Please see http://clojure.org/java_interop#new\n"));
        assertTrue(((String) mino.eval("(with-out-str (doc catch))")).startsWith("-------------------------\ntry\n"));
        assertEquals("", mino.eval("(with-out-str (doc no-such-var))"));
    }

    /** A Java builtin's :arglists name exactly the argument counts it accepts. */
    private static String arityMismatch(Var v) {
        if (!(v.getRoot() instanceof Builtin b)) return null;
        Object arglists = v.meta().valAt(dev.mino.runtime.lang.Keyword.of("arglists"));
        for (int n = 0; n <= 20; n++) {
            boolean declared = false;
            for (Object params : (Iterable<?>) arglists) declared |= accepts((IPersistentVector) params, n);
            if (declared != b.accepts(n)) return ":arglists " + arglists + (declared ? " admit " : " omit ") + n + " arguments";
        }
        return null;
    }

    private static boolean accepts(IPersistentVector params, int n) {
        for (int i = 0; i < params.count(); i++) {
            if (Symbol.of("&").equals(params.nth(i))) return n >= i;
        }
        return n == params.count();
    }

    /** The namespace each .clj resource declares with (ns ...); the parts of clojure.core start with (in-ns 'clojure.core). */
    static Set<String> bundledNamespaces() throws IOException {
        Pattern ns = Pattern.compile("^\\((?:ns\\s+([\\w.*+!?<>=-]+)|in-ns\\s+'(clojure\\.core)\\))", Pattern.MULTILINE);
        Set<String> out = new TreeSet<>();
        List<String> undeclared = new ArrayList<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".clj")).toList()) {
                Matcher m = ns.matcher(Files.readString(f));
                if (!m.find()) {
                    undeclared.add(RESOURCES.relativize(f).toString());
                } else {
                    out.add(m.group(1) != null ? m.group(1) : m.group(2));
                }
            }
        }
        assertTrue(undeclared.isEmpty(), "resources that declare no namespace: " + undeclared);
        assertTrue(out.contains("clojure.core") && out.contains("clojure.string"), "namespaces found: " + out);
        return out;
    }
}
