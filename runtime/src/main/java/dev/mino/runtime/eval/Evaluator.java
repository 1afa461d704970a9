package dev.mino.runtime.eval;

import dev.mino.runtime.analyzer.Analyzer;
import dev.mino.runtime.core.CoreLibrary;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.interop.InteropAccess;
import dev.mino.runtime.interop.StateClassLoader;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.DeferredFn;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.Namespace;
import dev.mino.runtime.lang.NamespaceRegistry;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.SourcePosition;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.ThreadBindings;
import dev.mino.runtime.lang.UniqueIds;
import dev.mino.runtime.lang.Var;
import dev.mino.runtime.printer.PrintingState;
import dev.mino.runtime.printer.StatePrintMethods;
import dev.mino.runtime.reader.LispReader;
import dev.mino.runtime.reader.ReaderOptions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The per-state machinery behind the embedding API: namespaces, the core vars, the execution engine, and
 * the read-analyze-eval loop used by eval, load-file and require. The state's code runs in frames that name
 * this evaluator as the running state, which is how the printer finds the state's print-method.
 */
public final class Evaluator implements PrintingState {
    public static final Symbol CORE = Symbol.of("clojure.core");
    public static final Symbol USER = Symbol.of("user");
    /** -Dmino.trace.loads=true reports how long each library resource took to load (startup work). */
    private static final boolean TRACE_LOADS = Boolean.getBoolean("mino.trace.loads");
    /** -Dmino.eager.core=true analyzes every clojure.core fn as the library loads (the tests compare the two). */
    private static final boolean DEFER_CORE_FNS = !Boolean.getBoolean("mino.eager.core");

    private final NamespaceRegistry namespaces = new NamespaceRegistry();
    private final ExecutionEngine engine;
    private final UniqueIds ids = new UniqueIds();
    private final Set<String> loadedLibs = ConcurrentHashMap.newKeySet();
    /**
     * Interop granted to user code. Code read from mino's own resources is trusted, as long as no clojure.core
     * var it could be expanded through has been redefined: trust follows the code, never the thread.
     */
    private final InteropAccess userAccess;
    /** Where the state's generated classes live (proxy, definterface): its own loader. */
    private final StateClassLoader classes = new StateClassLoader();
    private final MinoOptions options;
    /** What the state's code may do with files and URLs. */
    private final dev.mino.runtime.embed.FileAccess files;
    /** clojure.core vars whose root is not the one the library defined (see {@link #resourceAccess}). */
    private final Set<Var> redefinedCore = ConcurrentHashMap.newKeySet();
    /** The resources this state has loaded (clojure.core's are those loaded when it was complete: {@link #coreResources}). */
    private final Set<String> loadedResources = ConcurrentHashMap.newKeySet();
    /** The resources clojure.core is made of: loaded once, with the state, never again. */
    private Set<String> coreResources = Set.of();
    /** clojure.core's name replacements when it finished loading: more since means a name was re-pointed. */
    private long coreReplacements;
    private final java.util.Map<String, Namespace> pathNamespaces = new ConcurrentHashMap<>();
    public final Namespace core;
    public final Var nsVar;
    public final Var fileVar;
    public final Var inVar;
    public final Var outVar;
    public final Var errVar;
    private final StatePrintMethods printMethods;
    /**
     * clojure.core's fns whose analysis waits for their first call (see {@link DeferredFn}): filled while the
     * library loads, made all at once before anything in clojure.core changes, so each is analyzed against the
     * library as it was written. Empty once they are all made.
     */
    private volatile java.util.List<DeferredFn> deferredCore = new java.util.ArrayList<>();
    private boolean loadingCore;
    /** clojure.core's dynamic vars with the roots they had when it loaded: what a deferred fn is made under. */
    private IPersistentMap loadTimeBindings = PersistentArrayMap.EMPTY;
    /** Names generated while deferred fns are made, apart from the program's own (gensyms stay the program's). */
    private final UniqueIds deferredIds = new UniqueIds();

    public Evaluator(MinoOptions options) {
        this.options = options;
        this.engine = loadEngine(options);
        this.userAccess = new InteropAccess(options.interopAllow(), false, options.processControl(), options.stdio(), classes);
        this.files = options.files();
        this.core = namespaces.findOrCreate(CORE);
        this.nsVar = dynamicVar("*ns*", core, "The current namespace: where def interns and where symbols resolve.");
        this.fileVar = dynamicVar("*file*", "NO_SOURCE_FILE", "The path of the file being loaded, or \"NO_SOURCE_FILE\".");
        this.inVar = dynamicVar("*in*", null, "The reader read-line and read take input from by default.");
        this.outVar = dynamicVar("*out*", null, "The writer that print, prn and the other printing functions write to.");
        this.errVar = dynamicVar("*err*", null, "The writer for error output.");
        printMethods = CoreLibrary.install(this);
        loadingCore = DEFER_CORE_FNS;
        loadResource("clojure/core.clj", core);
        loadingCore = false;
        deferredCore = java.util.List.copyOf(deferredCore);
        IPersistentMap dynamicRoots = PersistentArrayMap.EMPTY;
        for (Var v : core.interns().values()) {
            v.markLoaded();
            v.watchRoot(this::coreRootChanged);
            // A dynamic var's root may change freely (*command-line-args*, *assert*): deferred fns are made
            // with the roots the library loaded under bound instead.
            if (v.isDynamic()) dynamicRoots = dynamicRoots.assoc(v, v.getRoot());
            else v.guardChanges(this::makeDeferredCore);
        }
        loadTimeBindings = dynamicRoots;
        if (TRACE_LOADS) {
            long made = deferredCore.stream().filter(DeferredFn::materialized).count();
            System.err.printf("mino: %d clojure.core fns deferred, %d of them made while it loaded%n", deferredCore.size(), made);
        }
        core.guardChanges(this::makeDeferredCore);
        coreReplacements = core.replacements();
        coreResources = Set.copyOf(loadedResources);
        loadedLibs.add("clojure.core");
        Namespace user = namespaces.findOrCreate(USER);
        referAll(core, user);
        namespaces.setAutoloader(this::autoload);
    }

    /**
     * The namespaces Clojure 1.12's clojure.main has loaded before a program runs, of those mino bundles. A
     * program may name their vars (clojure.string/join) without requiring them; mino loads them on that first
     * reference instead of at startup, which they would slow down.
     */
    private static final Set<String> LOADED_ON_FIRST_USE = Set.of(
            "clojure.string", "clojure.walk", "clojure.edn", "clojure.instant", "clojure.java.io", "clojure.core.protocols");

    /**
     * Loads one of {@link #LOADED_ON_FIRST_USE} from mino's own resources (never a file of the same name in the
     * working directory, as require would), and returns it; null for any other name.
     */
    private Namespace autoload(Symbol name) {
        String key = name.getName();
        if (!LOADED_ON_FIRST_USE.contains(key) || name.getNamespace() != null) return null;
        synchronized (loadedLibs) {
            if (!loadedLibs.contains(key)) {
                if (!loadResource(key.replace('.', '/') + ".clj", currentNsOrUser())) return null;
                loadedLibs.add(key);
            }
        }
        return namespaces.find(name);
    }

    private static ExecutionEngine loadEngine(MinoOptions options) {
        for (ExecutionEngineProvider p : ServiceLoader.load(ExecutionEngineProvider.class, Evaluator.class.getClassLoader())) {
            return p.create(options);
        }
        throw new IllegalStateException("No execution tier on the classpath: add tier-treewalk (and the tiers module)");
    }

    private Var dynamicVar(String name, Object root, String doc) {
        Var v = core.intern(Symbol.of(name));
        v.setMeta(v.meta().assoc(Keyword.of("dynamic"), true).assoc(Keyword.of("doc"), doc));
        v.bindRoot(root);
        return v;
    }

    public NamespaceRegistry namespaces() { return namespaces; }

    /** The class loader of the state's generated classes. */
    public StateClassLoader classes() { return classes; }

    /** What the state's own code may reach by interop (its embedder's grants): for builtins that reflect for it. */
    public InteropAccess userAccess() { return userAccess; }

    /** The options the state was created with (its capabilities). */
    public MinoOptions options() { return options; }

    /** The state's print-method, which its code prints with. */
    @Override public StatePrintMethods printMethods() { return printMethods; }

    /** Enters the state's code on this thread: a frame binding varValues, with this state running in it. */
    public void enter(IPersistentMap varValues) {
        ThreadBindings.pushState(varValues, this);
    }

    /** Leaves the frame the matching {@link #enter} pushed. */
    public void leave() {
        ThreadBindings.pop();
    }

    /** What the state's code may do with files and URLs (the I/O builtins check it). */
    public dev.mino.runtime.embed.FileAccess files() { return files; }

    /** load-file and require of a file: the state's code reading a file, which needs the read grant. */
    public Object loadFileFromCode(Path path) {
        files.checkRead(path);
        return loadFile(path);
    }
    public ExecutionEngine engine() { return engine; }

    /** This state's counter for generated names (gensym, x#, #() parameters, fn names). */
    public UniqueIds ids() { return ids; }

    public Namespace currentNs() { return (Namespace) nsVar.deref(); }

    /** Makes every public var of from reachable by bare name in to. */
    public void referAll(Namespace from, Namespace to) {
        from.interns().forEach((sym, v) -> {
            if (!isPrivate(v)) to.refer(sym, v);
        });
    }

    /**
     * A private var of clojure.core: mino's own implementation, which the reflective lookups (resolve, find-var,
     * ns-interns, intern, ...) do not show, as the analyzer lets only the library's own code name it.
     */
    public boolean isLibraryPrivate(Var v) {
        return v != null && v.ns() == core && isPrivate(v);
    }

    public static boolean isPrivate(Var v) {
        return Boolean.TRUE.equals(v.meta().valAt(dev.mino.runtime.lang.Keyword.of("private")));
    }

    /** Analyzes and runs one form of user code (eval, load-string, a file, the REPL) in the current namespace. */
    public Object eval(Object form) {
        return eval(form, false);
    }

    /** resource: the form was read from one of mino's own resources (see {@link #resourceAccess}). */
    private Object eval(Object form, boolean resource) {
        Analyzer an = new Analyzer(namespaces, ids, currentNs(), String.valueOf(fileVar.deref()), access(resource), resource);
        if (resource && loadingCore) an.deferringFns(this::deferCoreFn);
        return evalTopLevel(form, an, resource, an.topPosition());
    }

    /** A clojure.core fn left for its first call, then analyzed in the namespace and file it was defined in. */
    private Fn deferCoreFn(Var var, Object fnForm, SourcePosition pos) {
        Namespace ns = currentNs();
        String file = String.valueOf(fileVar.deref());
        DeferredFn d = new DeferredFn(var, () -> makeFn(var, fnForm, pos, ns, file));
        deferredCore.add(d);
        return d;
    }

    private Fn makeFn(Var var, Object fnForm, SourcePosition pos, Namespace ns, String file) {
        enter(loadTimeBindings.assoc(nsVar, ns).assoc(fileVar, file));
        try {
            // resourceAccess is the library's trust: clojure.core is as loaded, since a change makes these first.
            Analyzer an = new Analyzer(namespaces, deferredIds, ns, file, resourceAccess(), true);
            return (Fn) engine.eval(an.analyzeDefinedFn(var, fnForm, pos));
        } finally {
            leave();
        }
    }

    /**
     * Makes every deferred clojure.core fn, before a clojure.core var or name changes: a fn analyzed after the
     * change would expand a redefined macro, or resolve a re-pointed name, that the library never saw.
     */
    private void makeDeferredCore() {
        java.util.List<DeferredFn> pending = deferredCore;
        if (pending.isEmpty()) return;
        for (DeferredFn d : pending) {
            if (!d.beingMadeHere()) d.target();
        }
        deferredCore = java.util.List.of();
    }

    private InteropAccess access(boolean resource) {
        return resource ? resourceAccess() : userAccess;
    }

    /**
     * As Clojure's compiler, a top-level (do ...), also one a macro expands to, runs subform by subform, so that
     * one can define a macro or load a namespace the next uses. Each subform is analyzed in the namespace and with
     * the access current when it runs, as the forms of a file are.
     */
    private Object evalTopLevel(Object form, Analyzer an, boolean resource, SourcePosition fallback) {
        Object expanded = an.expandTopLevel(form, fallback);
        if (!(expanded instanceof ISeq seq && seq.first() instanceof Symbol op && !op.hasNamespace() && op.getName().equals("do"))) {
            return engine.eval(an.analyzeTopLevel(expanded, fallback));
        }
        SourcePosition pos = an.topPosition(expanded, fallback);
        Object result = null;
        for (ISeq s = seq.next(); s != null; s = s.next()) {
            result = evalTopLevel(s.first(), an.forSubform(currentNs(), access(resource)), resource, pos);
        }
        return result;
    }

    public Object macroexpand1(Object form) {
        return new Analyzer(namespaces, ids, currentNs(), String.valueOf(fileVar.deref()), userAccess, false).macroexpand1(form);
    }

    /**
     * The access a form read from a library resource is analyzed with: trusted, unless a clojure.core var has
     * been redefined or a clojure.core name re-pointed (a redefined macro, or a fn a macro calls while
     * expanding, could put user code into the library's forms); then the user's grants, as for any other code.
     */
    private InteropAccess resourceAccess() {
        return coreIntact() ? InteropAccess.TRUSTED : userAccess;
    }

    /** Whether no clojure.core var has been redefined and no clojure.core name re-pointed since it loaded. */
    private boolean coreIntact() {
        return redefinedCore.isEmpty() && core.replacements() == coreReplacements;
    }

    private void coreRootChanged(Var v) {
        if (v.definedRoot() == null) redefinedCore.add(v);
        else redefinedCore.remove(v);
    }

    /**
     * Reads and evaluates every form of src, one at a time (so a form can change how the next is read),
     * with *ns* and *file* bound for the duration. Returns the last value.
     */
    public Object loadString(String src, String file, Namespace startNs) {
        return load(src, file, startNs)[0];
    }

    /** As loadString, returning {last value, the namespace current at the end} (REPL sessions keep it). */
    public Object[] load(String src, String file, Namespace startNs) {
        return load(src, file, startNs, false);
    }

    /** resource: src is a library resource's own text (see {@link #resourceAccess}); else user code. */
    private Object[] load(String src, String file, Namespace startNs, boolean resource) {
        enter(PersistentArrayMap.EMPTY.assoc(nsVar, startNs).assoc(fileVar, file));
        try {
            LispReader reader = new LispReader(src, file, new EvalReaderContext(this));
            Object result = null;
            for (Object form = reader.read(); form != LispReader.EOF; form = reader.read()) {
                long started = TRACE_LOADS ? System.nanoTime() : 0;
                result = eval(form, resource);
                if (TRACE_LOADS) traceSlowForm(form, System.nanoTime() - started);
            }
            return new Object[] {result, currentNs()};
        } finally {
            leave();
        }
    }

    /** read-string: the first form of s, read in the current namespace; a reader conditional is an error. */
    public Object readString(String s) {
        Object form = readFirst(s, ReaderOptions.DATA);
        if (form == LispReader.EOF) throw new MinoException("EOF while reading");
        return form;
    }

    /** The first form of s read in the current namespace with the options, or LispReader.EOF if s holds none. */
    public Object readFirst(String s, ReaderOptions options) {
        return new LispReader(s, "NO_SOURCE_FILE", new EvalReaderContext(this), options).read();
    }

    public Object loadFile(Path path) {
        String src;
        try {
            src = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MinoException("Could not read file: " + path + " (" + e.getMessage() + ")", e);
        }
        return loadString(src, path.toString(), currentNsOrUser());
    }

    private Namespace currentNsOrUser() {
        Object ns = nsVar.deref();
        return ns instanceof Namespace n ? n : namespaces.findOrCreate(USER);
    }

    /** Loads a classpath resource such as "clojure/test.clj"; false if there is none. */
    public boolean loadResource(String path) {
        return loadResource(path, namespaces.findOrCreate(USER));
    }

    /** Loads a classpath resource starting in startNs; false if there is none. */
    public boolean loadResource(String path, Namespace startNs) {
        if (coreResources.contains(path)) {
            // Reloading it would redefine every clojure.core var, leaving the library untrusted and half replaced.
            throw new MinoException("Cannot load " + path + ": it is part of clojure.core, which is loaded once, when the state is made");
        }
        try (InputStream in = Evaluator.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) return false;
            loadedResources.add(path);
            String src = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            long started = System.nanoTime();
            load(src, path, startNs, true);
            if (TRACE_LOADS) System.err.printf("mino: loaded %s in %.1f ms%n", path, (System.nanoTime() - started) / 1e6);
            return true;
        } catch (IOException e) {
            throw new MinoException("Could not read resource: " + path, e);
        }
    }

    /** Under -Dmino.trace.loads, a form that took a millisecond or more to load: where startup time goes. */
    private static void traceSlowForm(Object form, long nanos) {
        if (nanos < 1_000_000) return;
        String text = String.valueOf(form);
        System.err.printf("mino:   %.1f ms %s%n", nanos / 1e6, text.substring(0, Math.min(72, text.length())));
    }

    /** Whether this state has loaded the classpath resource path (a library's source). */
    public boolean loadedResource(String path) {
        return loadedResources.contains(path);
    }

    /** Loads the library for namespace name unless already loaded (or forced). */
    public void loadLib(Symbol name, boolean reload) {
        String key = name.getName();
        if (!reload && loadedLibs.contains(key)) return;
        String base = key.replace('.', '/').replace('-', '_');
        boolean found = loadResource(base + ".clj") || loadResource(base + ".cljc");
        if (!found) {
            Path p = Path.of(base + ".clj");
            Path pc = Path.of(base + ".cljc");
            if (Files.exists(p)) loadFileFromCode(p);
            else if (Files.exists(pc)) loadFileFromCode(pc);
            else throw new MinoException("Could not locate " + base + ".clj or " + base + ".cljc on the classpath or in the working directory");
        }
        loadedLibs.add(key);
    }

    /**
     * (require "path/to/file"): loads path + ".clj" relative to the working directory, once, and returns
     * the namespace the file ended in (its ns form's).
     */
    public Namespace loadPath(String path, boolean reload) {
        Namespace known = pathNamespaces.get(path);
        if (!reload && known != null) return known;
        Path p = Path.of(path.endsWith(".clj") || path.endsWith(".cljc") ? path : path + ".clj");
        if (!Files.exists(p) && !path.endsWith(".clj")) p = Path.of(path + ".cljc");
        files.checkRead(p);
        if (!Files.exists(p)) throw new MinoException("Could not locate " + path + ".clj in the working directory");
        String src;
        try {
            src = Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MinoException("Could not read file: " + p + " (" + e.getMessage() + ")", e);
        }
        Namespace ns = (Namespace) load(src, p.toString(), currentNsOrUser())[1];
        pathNamespaces.put(path, ns);
        return ns;
    }

    public void markLoaded(String nsName) { loadedLibs.add(nsName); }
    public Set<String> loadedLibs() { return loadedLibs; }
}
