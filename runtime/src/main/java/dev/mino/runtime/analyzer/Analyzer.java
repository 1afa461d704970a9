package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.Colls;
import dev.mino.runtime.interop.InteropAccess;
import dev.mino.runtime.lang.IMeta;
import dev.mino.runtime.lang.IObj;
import dev.mino.runtime.lang.IPersistentCollection;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IPersistentSet;
import dev.mino.runtime.lang.IPersistentVector;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Namespace;
import dev.mino.runtime.lang.NamespaceRegistry;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.PersistentHashSet;
import dev.mino.runtime.lang.PersistentList;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.SourcePosition;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.UniqueIds;
import dev.mino.runtime.lang.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns read forms into {@link Node} trees: macroexpands, resolves each symbol to a local or a var,
 * checks special-form syntax, marks tail positions and records source positions. One analyzer serves
 * one top-level form (it holds the current namespace and file).
 */
public final class Analyzer {
    static final Keyword LINE = Keyword.of("line");
    static final Keyword COLUMN = Keyword.of("column");
    static final Keyword FILE = Keyword.of("file");
    static final Keyword PRIVATE = Keyword.of("private");

    final NamespaceRegistry namespaces;
    /** The state's counter, which numbers anonymous fns (user/fn--12). */
    final UniqueIds ids;
    final Namespace currentNs;
    final String file;
    final HostForms host;
    private final SpecialForms specials;
    private final MacroExpander expander;
    /**
     * Whether the form was read from mino's own resources. Its interop trust is the access's business (lost
     * once clojure.core is changed); naming clojure.core's private vars is not: they act within the state only.
     */
    private final boolean libraryCode;
    final LibrarySymbols librarySymbols;
    /** Where fn definitions may be left for their first call (library text only), or null: analyze them now. */
    private FnDeferral deferral;

    public Analyzer(NamespaceRegistry namespaces, UniqueIds ids, Namespace currentNs, String file, InteropAccess access,
                    boolean libraryText) {
        this(namespaces, ids, currentNs, file, access, libraryText, new LibrarySymbols());
    }

    private Analyzer(NamespaceRegistry namespaces, UniqueIds ids, Namespace currentNs, String file, InteropAccess access,
                     boolean libraryText, LibrarySymbols librarySymbols) {
        this.librarySymbols = librarySymbols;
        this.libraryCode = libraryText;
        this.namespaces = namespaces;
        this.ids = ids;
        this.currentNs = currentNs;
        this.file = file;
        this.host = new HostForms(this, access);
        this.specials = new SpecialForms(this);
        this.expander = new MacroExpander(this);
    }

    /** Lets top-level fn definitions be deferred (see {@link FnDeferral}); for library text only. */
    public Analyzer deferringFns(FnDeferral deferral) {
        if (!libraryCode) throw new IllegalStateException("only library text defers its fns");
        this.deferral = deferral;
        return this;
    }

    FnDeferral deferral() { return deferral; }

    /** The var whose deferred fn is being analyzed: no macro in its own body yet, as when its def was analyzed. */
    private Var beingDefined;

    /** Whether v is a macro here (a deferred macro's own body sees it as its def did: no macro yet). */
    boolean isMacro(Var v) {
        return v.isMacro() && v != beingDefined;
    }

    /**
     * A deferred fn's form analyzed as its def would have analyzed it: at top level, named after var (so
     * evaluating the result makes the fn the library defined).
     */
    public TopLevel analyzeDefinedFn(Var var, Object fnForm, SourcePosition pos) {
        beingDefined = var;
        FnScope scope = new FnScope(null);
        scope.beginMethod();
        Node body = specials.definedFn(var, fnForm, new Ctx(scope, LocalEnv.EMPTY, false, false, null, pos).expr());
        return new TopLevel(body, scope.frameSize(scope.localCount()));
    }

    /** Analyzes one top-level form. */
    public TopLevel analyzeTopLevel(Object form) {
        return analyzeTopLevel(form, topPosition());
    }

    /** Analyzes one top-level form, placed at fallback unless it carries its own position. */
    public TopLevel analyzeTopLevel(Object form, SourcePosition fallback) {
        FnScope scope = new FnScope(null);
        scope.beginMethod();
        SourcePosition pos = positionOf(form, fallback);
        Node body = analyze(form, new Ctx(scope, LocalEnv.EMPTY, false, false, null, pos));
        return new TopLevel(body, scope.frameSize(scope.localCount()));
    }

    public Object macroexpand1(Object form) {
        return expander.expand1(form, LocalEnv.EMPTY, positionOf(form, topPosition()));
    }

    /** Where a top-level form without a position of its own is placed: the start of the file. */
    public SourcePosition topPosition() {
        return new SourcePosition(file, 1, 1);
    }

    /**
     * A top-level form macroexpanded until it is no macro call, as Clojure's compiler does before it looks for a
     * (do ...) to evaluate subform by subform; analyzing the result expands nothing again.
     */
    public Object expandTopLevel(Object form, SourcePosition fallback) {
        SourcePosition pos = positionOf(form, fallback);
        for (Object expanded = expander.expand1(form, LocalEnv.EMPTY, pos); expanded != form;
             expanded = expander.expand1(form, LocalEnv.EMPTY, pos)) {
            form = expanded;
            pos = positionOf(form, pos);
        }
        return form;
    }

    /** The position of form (a top-level one), else fallback. */
    public SourcePosition topPosition(Object form, SourcePosition fallback) {
        return positionOf(form, fallback);
    }

    /**
     * An analyzer for the next subform of a top-level do, in the namespace and with the access current then.
     * It keeps this one's record of what clojure.core's macros produced: a macro's (do ...) may name the
     * library's private helpers in any subform.
     */
    public Analyzer forSubform(Namespace ns, InteropAccess access) {
        Analyzer next = new Analyzer(namespaces, ids, ns, file, access, libraryCode, librarySymbols);
        next.deferral = deferral;
        return next;
    }

    Node analyze(Object form, Ctx ctx) {
        try {
            return analyzeForm(form, ctx);
        } catch (RuntimeException e) {
            throw SourcePosition.attach(e, ctx.pos());
        }
    }

    private Node analyzeForm(Object form, Ctx ctx) {
        if (form instanceof Symbol sym) return analyzeSymbol(sym, ctx);
        if (form instanceof ISeq seq) {
            if (seq.seq() == null) return new ConstNode(PersistentList.EMPTY, ctx.pos());
            return analyzeSeq(seq, ctx.withPos(positionOf(form, ctx.pos())));
        }
        if (form instanceof IPersistentVector v) return analyzeVector(v, ctx);
        if (form instanceof IPersistentMap m) return analyzeMap(m, ctx);
        if (form instanceof IPersistentSet s) return analyzeSet(s, ctx);
        return new ConstNode(form, ctx.pos());
    }

    private Node analyzeSeq(ISeq form, Ctx ctx) {
        Object expanded = expander.expand1(form, ctx.env(), ctx.pos());
        if (expanded != form) {
            return analyze(expanded, ctx.withPos(positionOf(expanded, ctx.pos())));
        }
        Object op = form.first();
        if (op instanceof Symbol s && !s.hasNamespace() && ctx.env().lookup(s) == null) {
            Node special = specials.analyze(s.getName(), form, ctx);
            if (special != null) return special;
        }
        Ctx ex = ctx.expr();
        Node fn = analyze(op, ex);
        List<Node> args = new ArrayList<>();
        for (ISeq a = form.next(); a != null; a = a.next()) args.add(analyze(a.first(), ex));
        return new InvokeNode(fn, List.copyOf(args), ctx.tail(), ctx.pos());
    }

    Node analyzeSymbol(Symbol sym, Ctx ctx) {
        if (!sym.hasNamespace()) {
            LocalBinding b = ctx.env().lookup(sym);
            if (b != null) return new LocalNode(ctx.fn().access(b), ctx.pos());
        }
        Var v = lookupVar(sym);
        if (v == null) {
            Class<?> c = host.resolveClass(sym);
            if (c != null) return new ConstNode(c, ctx.pos());
            Class<?> owner = sym.hasNamespace() && namespaceFor(sym.getNamespace()) == null
                    ? host.resolveClass(Symbol.of(sym.getNamespace())) : null;
            if (owner != null) return host.staticField(owner, sym.getName(), ctx);
            throw new CompileException("Unable to resolve symbol: " + sym + " in this context", ctx.pos());
        }
        checkAccess(v, sym, ctx.pos());
        if (isMacro(v)) throw new CompileException("Can't take value of a macro: " + v, ctx.pos());
        return new VarNode(v, ctx.pos());
    }

    /** The var a global symbol names, or a CompileException. */
    Var resolveVar(Symbol sym, SourcePosition pos) {
        Var v = lookupVar(sym);
        if (v == null) throw new CompileException("Unable to resolve symbol: " + sym + " in this context", pos);
        checkAccess(v, sym, pos);
        return v;
    }

    /**
     * A private var is reachable only from its own namespace. clojure.core's private helpers are the library's
     * implementation: reachable only from its own code (see {@link LibrarySymbols}), from every namespace,
     * clojure.core included.
     */
    boolean libraryCode() { return libraryCode; }

    void checkAccess(Var v, Symbol named, SourcePosition pos) {
        if (!Boolean.TRUE.equals(v.meta().valAt(PRIVATE))) return;
        checkLibraryPrivate(v, named, pos);
        if (v.ns() != currentNs && !isCore(v)) throw new CompileException("var: " + v + " is not public", pos);
    }

    /** As Clojure, (var ns/private) of another namespace is allowed, except for clojure.core's implementation. */
    void checkLibraryPrivate(Var v, Symbol named, SourcePosition pos) {
        if (!isCore(v) || !Boolean.TRUE.equals(v.meta().valAt(PRIVATE)) || libraryCode || librarySymbols.introduced(named)) return;
        throw new CompileException("var: " + v + " is not public (clojure.core's private vars are mino's own "
                + "implementation, reachable only through the library's macros)", pos);
    }

    static boolean isCore(Var v) {
        return v.ns().name().getName().equals("clojure.core");
    }

    /** The var a symbol names in the current namespace, or null. */
    public Var lookupVar(Symbol sym) {
        if (sym.hasNamespace()) {
            Namespace ns = namespaceFor(sym.getNamespace());
            if (ns == null) return null;
            Var v = ns.lookup(Symbol.of(sym.getName()));
            return v != null && v.ns() == ns ? v : null;
        }
        Var v = currentNs.lookup(sym);
        if (v == null && (sym.getName().equals("ns") || sym.getName().equals("in-ns"))) {
            // As in Clojure, ns and in-ns resolve in every namespace, so a fresh one can be left.
            Namespace core = namespaces.find(Symbol.of("clojure.core"));
            v = core == null ? null : core.lookup(sym);
        }
        return v;
    }

    /** A namespace by alias in the current namespace or by full name (loading one the state loads on first use). */
    Namespace namespaceFor(String nsName) {
        Symbol s = Symbol.of(nsName);
        Namespace ns = currentNs.lookupAlias(s);
        return ns != null ? ns : namespaces.findOrAutoload(s);
    }

    private Node analyzeVector(IPersistentVector v, Ctx ctx) {
        List<Node> items = new ArrayList<>();
        boolean constant = true;
        Ctx ex = ctx.expr();
        for (int i = 0; i < v.count(); i++) {
            Node n = analyze(v.nth(i), ex);
            constant &= n instanceof ConstNode;
            items.add(n);
        }
        if (constant) return constant(Colls.vector(values(items)), v, ctx);
        return withUserMeta(new VectorNode(List.copyOf(items), ctx.pos()), v, ctx);
    }

    private Node analyzeMap(IPersistentMap m, Ctx ctx) {
        List<Node> kvs = new ArrayList<>();
        boolean constant = true;
        Ctx ex = ctx.expr();
        for (Object o : m) {
            var e = (dev.mino.runtime.lang.IMapEntry) o;
            Node k = analyze(e.key(), ex);
            Node val = analyze(e.val(), ex);
            constant &= k instanceof ConstNode && val instanceof ConstNode;
            kvs.add(k);
            kvs.add(val);
        }
        if (constant) return constant(PersistentArrayMap.createWithCheck(values(kvs)), m, ctx);
        return withUserMeta(new MapNode(List.copyOf(kvs), ctx.pos()), m, ctx);
    }

    private Node analyzeSet(IPersistentSet s, Ctx ctx) {
        List<Node> items = new ArrayList<>();
        boolean constant = true;
        Ctx ex = ctx.expr();
        for (ISeq q = s.seq(); q != null; q = q.next()) {
            Node n = analyze(q.first(), ex);
            constant &= n instanceof ConstNode;
            items.add(n);
        }
        if (constant) return constant(PersistentHashSet.createWithCheck(values(items)), s, ctx);
        return withUserMeta(new SetNode(List.copyOf(items), ctx.pos()), s, ctx);
    }

    /** A literal whose parts are all constants, built from their values (quoted parts unquoted). */
    private static Node constant(Object value, Object form, Ctx ctx) {
        IPersistentMap meta = userMeta(form);
        if (meta != null) value = ((IObj) value).withMeta(meta);
        return new ConstNode(value, ctx.pos());
    }

    private static Object[] values(List<Node> constants) {
        Object[] out = new Object[constants.size()];
        for (int i = 0; i < out.length; i++) out[i] = ((ConstNode) constants.get(i)).value();
        return out;
    }

    private Node withUserMeta(Node n, Object form, Ctx ctx) {
        IPersistentMap meta = userMeta(form);
        return meta == null ? n : new WithMetaNode(n, meta, ctx.pos());
    }

    /** The form's metadata without the reader's position keys; null if nothing is left. */
    static IPersistentMap userMeta(Object form) {
        if (!(form instanceof IMeta m) || m.meta() == null) return null;
        IPersistentMap meta = m.meta().without(LINE).without(COLUMN).without(FILE);
        return meta.count() == 0 ? null : meta;
    }

    /** The position recorded in a form's metadata by the reader, else fallback. */
    SourcePosition positionOf(Object form, SourcePosition fallback) {
        if (form instanceof IMeta m && m.meta() != null) {
            Object line = m.meta().valAt(LINE);
            if (line instanceof Number ln) {
                Object col = m.meta().valAt(COLUMN);
                return new SourcePosition(file, ln.intValue(), col instanceof Number c ? c.intValue() : 1);
            }
        }
        return fallback;
    }

    static int count(Object form) { return Seqs.count(form); }

    static IPersistentMap emptyMap() { return PersistentArrayMap.EMPTY; }

    static IPersistentCollection asColl(Object o) { return (IPersistentCollection) o; }
}
