package dev.mino.runtime.core;

import dev.mino.runtime.analyzer.ClassNames;
import dev.mino.runtime.eval.Evaluator;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IPersistentVector;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.Namespace;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Var;
import java.nio.file.Path;
import java.util.Map;

/** Namespaces, vars, require/refer, and the evaluator's own entry points (eval, load-file). */
final class NamespaceFns {
    private static final Keyword AS = Keyword.of("as");
    private static final Keyword REFER = Keyword.of("refer");
    private static final Keyword ALL = Keyword.of("all");
    private static final Keyword ONLY = Keyword.of("only");
    private static final Keyword EXCLUDE = Keyword.of("exclude");
    private static final Keyword RENAME = Keyword.of("rename");
    private static final Keyword RELOAD = Keyword.of("reload");
    private static final Keyword RELOAD_ALL = Keyword.of("reload-all");

    private final Evaluator ev;

    private NamespaceFns(Evaluator ev) {
        this.ev = ev;
    }

    static void install(CoreLibrary lib) {
        NamespaceFns n = new NamespaceFns(lib.evaluator);
        Evaluator ev = lib.evaluator;
        lib.fn("in-ns", "[name]",
                "Switches *ns* to the namespace named by the symbol name, making that namespace first if it does not\n"
                + "  exist; gives it.").a1(s -> {
            Namespace ns = ev.namespaces().findOrCreate((Symbol) s);
            ev.nsVar.set(ns);
            return ns;
        });
        lib.fn("create-ns", "[sym]", "Finds the namespace named sym, making it first if there is none.")
                .a1(s -> ev.namespaces().findOrCreate((Symbol) s));
        lib.fn("find-ns", "[sym]", "The namespace named sym, or nil.").a1(s -> ev.namespaces().findOrAutoload((Symbol) s));
        lib.fn("the-ns", "[x]",
                "A namespace from x: x itself when it is one, else the namespace x names (an error when none exists).")
                .a1(n::theNs);
        lib.fn("remove-ns", "[sym]", "Removes the namespace named sym from the state's namespaces.")
                .a1(s -> ev.namespaces().remove((Symbol) s));
        lib.fn("all-ns", "[]", "Every namespace of the state, as a seq.")
                .a0(() -> Seqs.seq(Seqs.list(ev.namespaces().all().toArray())));
        lib.fn("ns-name", "[ns]", "ns's name, as a symbol.").a1(x -> n.theNs(x).name());
        lib.fn("ns-publics", "[ns]", "The public vars defined in ns, as a map from name symbol to var.")
                .a1(x -> n.varMap(n.theNs(x).interns(), true));
        lib.fn("ns-interns", "[ns]", "All vars defined in ns, private ones included, as a map from name symbol to var.")
                .a1(x -> n.varMap(n.theNs(x).interns(), false));
        lib.fn("ns-map", "[ns]", "A map of every name ns resolves: its vars, referred vars and imported classes.")
                .a1(x -> n.varMap(n.theNs(x).mappings(), false));
        lib.fn("ns-aliases", "[ns]", "The aliases set up in ns, as a map from alias symbol to namespace.").a1(x -> {
            IPersistentMap m = PersistentArrayMap.EMPTY;
            for (Map.Entry<Symbol, Namespace> e : n.theNs(x).aliases().entrySet()) m = m.assoc(e.getKey(), e.getValue());
            return m;
        });
        lib.fn("ns-unmap", "[ns sym]", "Makes ns forget what sym names there (a var, a referred var or an imported class).")
                .a2((x, s) -> { n.theNs(x).unmap((Symbol) s); return null; });
        lib.fn("ns-unalias", "[ns sym]", "Drops the alias sym from ns.")
                .a2((x, s) -> { n.theNs(x).removeAlias((Symbol) s); return null; });
        lib.fn("alias", "[alias namespace-sym]", "Makes alias stand for the namespace namespace-sym in the current namespace.")
                .a2((a, s) -> { ev.currentNs().addAlias((Symbol) a, n.theNs(s)); return null; });
        lib.fn("ns-resolve", "[ns sym]", "What sym stands for when read in ns: a var or a class; nil when nothing.")
                .a2((x, s) -> n.resolveIn(n.theNs(x), (Symbol) s));
        lib.fn("resolve", "[sym]", "What sym stands for in the current namespace: a var or a class; nil when nothing.")
                .a1(s -> n.resolveIn(ev.currentNs(), (Symbol) s));
        lib.fn("find-var", "[sym]",
                "Looks up the var a namespace-qualified symbol names: the var, or nil when its namespace has no such var.")
                .a1(s -> {
            Symbol sym = (Symbol) s;
            if (!sym.hasNamespace()) throw new IllegalArgumentException("Symbol must be namespace-qualified");
            Namespace ns = ev.namespaces().findOrAutoload(Symbol.of(sym.getNamespace()));
            if (ns == null) throw new IllegalArgumentException("No such namespace: " + sym.getNamespace());
            Var v = ns.lookup(Symbol.of(sym.getName()));
            return v != null && v.ns() == ns ? n.shown(v) : null;
        });
        lib.fn("intern", "[ns name] [ns name val]",
                "The var name of namespace ns, made if missing; given val, its root becomes val.")
                .a2((x, s) -> n.intern(x, (Symbol) s))
                .a3((x, s, v) -> { Var var = n.intern(x, (Symbol) s); var.bindRoot(v); return var; });
        lib.fn("var-get", "[x]", "The value of the var x on this thread.").a1(v -> ((Var) v).deref());
        lib.fn("var-set", "[x val]",
                "Changes the value of the var x in its binding on this thread (there must be one) to val.")
                .a2((v, x) -> ((Var) v).set(x));
        lib.fn("alter-var-root", "[v f & args]",
                "Gives var v the new root (f root args...), computed and set under a lock, and returns it.")
                .rest(2, a -> {
            Var v = (Var) a[0];
            synchronized (v) {
                Object[] args = new Object[a.length - 1];
                args[0] = v.getRoot();
                System.arraycopy(a, 2, args, 1, a.length - 2);
                Object nv = CoreLibrary.asFn(a[1]).invokeN(args);
                v.bindRoot(nv);
                return nv;
            }
        });
        lib.fn("bound?", "[v & vars]",
                "Whether deref would succeed on each var: each has a root value or a binding on this thread.")
                .rest(1, a -> { for (Object v : a) if (!((Var) v).isBound()) return false; return true; });
        lib.fn("thread-bound?", "[v & vars]", "Whether each var has a binding on this thread (so set! on it would work).")
                .rest(1, a -> {
            for (Object v : a) if (dev.mino.runtime.lang.ThreadBindings.lookup((Var) v) == null) return false;
            return true;
        });
        lib.privateFn("set-macro!").a1(v -> { ((Var) v).setMacro(true); ((Var) v).setMeta(((Var) v).meta().assoc(Keyword.of("macro"), true)); return v; });
        lib.fn("refer", "[ns-sym & filters]",
                "Maps the public vars of the namespace ns-sym into the current one. Filters :only, :exclude and\n"
                + "  :rename choose and rename them.")
                .rest(1, n::refer);
        lib.fn("require", "[& args]",
                "Loads each library not loaded yet: an arg is a namespace symbol, a file path string, or a vector\n"
                + "  [lib :as alias :refer [names] or :all]. The flags :reload and :reload-all load them again.")
                .rest(0, n::require);
        lib.fn("eval", "[form]", "Evaluates form in the current namespace and returns its value.").a1(ev::eval);
        lib.fn("macroexpand-1", "[form]",
                "Expands form one step when it is a macro call; any other form is given back unchanged.")
                .a1(ev::macroexpand1);
        lib.fn("load", "[& paths]",
                "Loads the .clj (or .cljc) resources at the paths, given without extension: relative to the current\n"
                + "  namespace's directory, or with a leading / to the classpath root.")
                .rest(0, a -> {
            for (Object p : a) n.load((String) p);
            return null;
        });
        lib.fn("load-file", "[name]", "Runs the code in the file at path name, form after form, and gives the last form's value.")
                .a1(p -> ev.loadFileFromCode(Path.of((String) p)));
        lib.fn("load-string", "[s]", "Runs the code in the string s, form after form, and gives the last form's value.")
                .a1(s -> ev.loadString((String) s, "NO_SOURCE_FILE", ev.currentNs()));
        lib.fn("special-symbol?", "[s]", "Whether s is the name of a special form such as if or let*.")
                .a1(s -> s instanceof Symbol sym && !sym.hasNamespace()
                && java.util.Set.of("def", "if", "do", "let*", "loop*", "recur", "fn*", "quote", "var", "throw", "try",
                        "catch", "finally", "letfn*", "set!", "new", ".", "&", "monitor-enter", "monitor-exit", "case*",
                        "import*", "deftype*", "reify*").contains(sym.getName()));
        lib.privateFn("import*").rest(0, a -> {
            Class<?> last = null;
            for (Object spec : a) last = n.importSpec(spec);
            return last;
        });
        lib.fn("ns-imports", "[ns]", "A map from simple class name to class of the classes imported into ns.").a1(x -> {
            IPersistentMap m = PersistentArrayMap.EMPTY;
            for (Map.Entry<String, Class<?>> e : n.theNs(x).imports().entrySet()) m = m.assoc(Symbol.of(e.getKey()), e.getValue());
            return m;
        });
        lib.privateFn("has-root?").a1(v -> ((Var) v).hasRoot());
        lib.fn("destructure", "[bindings]",
                "The let bindings that destructuring bindings stand for, with every binding form a plain symbol.")
                .a1(bindings -> Destructure.expand(bindings, ev.ids()));
    }

    /**
     * (load "path"): a classpath resource path without extension; relative paths are taken from the
     * current namespace's directory, as Clojure does.
     */
    void load(String path) {
        String full;
        if (path.startsWith("/")) {
            full = path.substring(1);
        } else {
            String nsPath = ev.currentNs().name().getName().replace('.', '/').replace('-', '_');
            int slash = nsPath.lastIndexOf('/');
            full = (slash < 0 ? "" : nsPath.substring(0, slash + 1)) + path;
        }
        if (!ev.loadResource(full + ".clj", ev.currentNs()) && !ev.loadResource(full + ".cljc", ev.currentNs())) {
            throw new MinoException("Could not locate " + full + ".clj on the classpath");
        }
    }

    /** One import spec: a class symbol, or a (package Class...) list or vector. */
    Class<?> importSpec(Object spec) {
        if (spec instanceof Symbol s) {
            Class<?> c = classNamed(s.getName());
            ev.currentNs().importClass(c);
            return c;
        }
        ISeq parts = Seqs.seq(spec);
        if (parts == null || !(parts.first() instanceof Symbol pkg)) {
            throw new MinoException("import: bad spec: " + dev.mino.runtime.printer.Printer.prStr(spec));
        }
        Class<?> last = null;
        for (ISeq s = parts.next(); s != null; s = s.next()) {
            last = classNamed(pkg.getName() + "." + ((Symbol) s.first()).getName());
            ev.currentNs().importClass(last);
        }
        return last;
    }

    /** The class named name: the application's, mino's, or one the state generated (definterface). */
    private Class<?> classNamed(String name) {
        try {
            return Class.forName(name, false, ev.classes());
        } catch (ClassNotFoundException e) {
            throw new MinoException("Class not found: " + name);
        }
    }

    Namespace theNs(Object x) {
        if (x instanceof Namespace ns) return ns;
        Namespace ns = ev.namespaces().findOrAutoload((Symbol) x);
        if (ns == null) throw new MinoException("No namespace: " + x + " found");
        return ns;
    }

    Object resolveIn(Namespace ns, Symbol s) {
        if (s.hasNamespace()) {
            Namespace target = ns.lookupAlias(Symbol.of(s.getNamespace()));
            if (target == null) target = ev.namespaces().findOrAutoload(Symbol.of(s.getNamespace()));
            if (target == null) return null;
            Var v = target.lookup(Symbol.of(s.getName()));
            return v != null && v.ns() == target ? shown(v) : null;
        }
        Var v = shown(ns.lookup(s));
        return v != null ? v : classNamedBy(ns, s.getName());
    }

    /** The class name stands for in ns: an import, a java.lang or Clojure name, or a full name; else null. */
    private Class<?> classNamedBy(Namespace ns, String name) {
        Class<?> c = ns.lookupImport(name);
        if (c == null) c = ClassNames.resolve(Symbol.of(name));
        if (c != null || name.indexOf('.') < 0) return c;
        try {
            return Class.forName(name, false, ev.classes());
        } catch (ClassNotFoundException | LinkageError e) {
            return null;
        }
    }

    /** v, or null for a var the reflective lookups do not show (clojure.core's private implementation). */
    private Var shown(Var v) {
        return ev.isLibraryPrivate(v) ? null : v;
    }

    /** (intern ns sym): never hands out, or rebinds, one of clojure.core's private vars. */
    private Var intern(Object ns, Symbol s) {
        Namespace target = theNs(ns);
        Var existing = target.lookup(s);
        if (existing != null && existing.ns() == target && ev.isLibraryPrivate(existing)) {
            throw new MinoException("var: " + existing + " is not public (clojure.core's private vars are mino's own implementation)");
        }
        return target.intern(s);
    }

    private IPersistentMap varMap(Map<Symbol, Var> vars, boolean publicOnly) {
        IPersistentMap m = PersistentArrayMap.EMPTY;
        for (Map.Entry<Symbol, Var> e : vars.entrySet()) {
            Var v = e.getValue();
            if (publicOnly ? !Evaluator.isPrivate(v) : shown(v) != null) m = m.assoc(e.getKey(), v);
        }
        return m;
    }

    /** (refer 'ns :only [...] :exclude [...] :rename {...}). */
    private Object refer(Object[] a) {
        Namespace from = theNs(a[0]);
        IPersistentMap opts = options(a, 1);
        referInto(from, ev.currentNs(), opts.valAt(ONLY), opts.valAt(EXCLUDE), (IPersistentMap) opts.valAt(RENAME));
        return null;
    }

    private void referInto(Namespace from, Namespace to, Object only, Object exclude, IPersistentMap rename) {
        java.util.Set<Object> excluded = new java.util.HashSet<>();
        for (ISeq s = Seqs.seq(exclude); s != null; s = s.next()) excluded.add(s.first());
        if (only != null && only != ALL) {
            for (ISeq s = Seqs.seq(only); s != null; s = s.next()) {
                Symbol sym = (Symbol) s.first();
                Var v = from.lookup(sym);
                if (v == null || v.ns() != from) throw new MinoException(sym + " does not exist");
                if (Evaluator.isPrivate(v)) throw new MinoException(sym + " is not public");
                to.refer(renamed(sym, rename), v);
            }
            return;
        }
        from.interns().forEach((sym, v) -> {
            if (!excluded.contains(sym) && !Evaluator.isPrivate(v)) to.refer(renamed(sym, rename), v);
        });
    }

    private static Symbol renamed(Symbol sym, IPersistentMap rename) {
        Object r = rename == null ? null : rename.valAt(sym);
        return r instanceof Symbol s ? s : sym;
    }

    private static IPersistentMap options(Object[] a, int from) {
        IPersistentMap m = PersistentArrayMap.EMPTY;
        for (int i = from; i + 1 < a.length; i += 2) m = m.assoc(a[i], a[i + 1]);
        return m;
    }

    /**
     * (require spec...): a spec is a namespace symbol, a path string (loaded relative to the working
     * directory), or a vector [lib :as alias :refer [syms]|:all]; flags :reload / :reload-all.
     */
    private Object require(Object[] a) {
        boolean reload = false;
        for (Object x : a) reload |= x == RELOAD || x == RELOAD_ALL;
        for (Object spec : a) {
            if (spec instanceof Keyword) continue;
            requireOne(spec, reload);
        }
        return null;
    }

    private void requireOne(Object spec, boolean reload) {
        Object lib = spec;
        IPersistentMap opts = PersistentArrayMap.EMPTY;
        if (spec instanceof IPersistentVector v) {
            if (v.count() == 0) throw new MinoException("require: empty lib spec");
            lib = v.nth(0);
            Object[] rest = new Object[v.count()];
            for (int i = 0; i < v.count(); i++) rest[i] = v.nth(i);
            opts = options(rest, 1);
        }
        Namespace target;
        if (lib instanceof String path) {
            target = ev.loadPath(path, reload);
        } else if (lib instanceof Symbol sym) {
            if (ev.namespaces().find(sym) == null || reload) ev.loadLib(sym, reload);
            else ev.markLoaded(sym.getName());
            target = ev.namespaces().find(sym);
            if (target == null) throw new MinoException("namespace '" + sym + "' not found after loading");
        } else {
            throw new MinoException("require: bad lib spec: " + dev.mino.runtime.printer.Printer.prStr(spec));
        }
        Namespace here = ev.currentNs();
        Object as = opts.valAt(AS);
        if (as != null) here.addAlias((Symbol) as, target);
        Object refer = opts.valAt(REFER);
        if (refer != null) referInto(target, here, refer, null, null);
    }
}
