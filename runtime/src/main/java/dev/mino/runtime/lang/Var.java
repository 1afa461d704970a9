package dev.mino.runtime.lang;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * A namespace-qualified, mutable reference: the root value of a def, optionally rebindable per thread
 * with (binding ...) when dynamic. Reads of non-dynamic vars are a single volatile load.
 */
public final class Var implements IDeref, IMeta {
    private static final VarHandle ROOT = FieldHandles.of(MethodHandles.lookup(), "root", Object.class);
    private static final VarHandle REVISION = FieldHandles.of(MethodHandles.lookup(), "revision", int.class);
    private static final Keyword NS = Keyword.of("ns");
    private static final Keyword NAME = Keyword.of("name");

    /** The value of a var that was declared but never defined. */
    public static final class Unbound {
        private final Var var;

        Unbound(Var var) { this.var = var; }

        @Override public String toString() { return "Unbound: " + var; }
    }

    private final Namespace ns;
    private final Symbol sym;
    private volatile Object root;
    private volatile boolean dynamic;
    private volatile boolean macro;
    private volatile IPersistentMap meta;
    /** Bumped on every root change and when the var becomes dynamic; inline caches compare it. */
    private volatile int revision;
    /** Told of every root change, after it (see {@link #watchRoot}); replaced whole, never mutated. */
    private volatile Consumer<Var>[] rootWatchers = NO_WATCHERS;

    @SuppressWarnings("unchecked")
    private static final Consumer<Var>[] NO_WATCHERS = new Consumer[0];

    public Var(Namespace ns, Symbol sym) {
        this.ns = ns;
        this.sym = sym;
        this.root = new Unbound(this);
        // As in Clojure, a var knows its :ns and :name from the start, however it was made.
        this.meta = ns == null ? PersistentArrayMap.EMPTY
                : PersistentArrayMap.EMPTY.assoc(NS, ns).assoc(NAME, sym);
    }

    public Namespace ns() { return ns; }
    public Symbol sym() { return sym; }
    /** ns/name; just the name for a var of no namespace (with-local-vars makes those). */
    public Symbol qualifiedName() { return ns == null ? sym : Symbol.of(ns.name().getName(), sym.getName()); }

    public boolean isBound() {
        return !(root instanceof Unbound) || ThreadBindings.lookup(this) != null;
    }

    public boolean hasRoot() { return !(root instanceof Unbound); }

    /** The current value: the thread binding of a dynamic var if any, else the root. */
    @Override public Object deref() {
        if (dynamic) {
            ThreadBindings.Box b = ThreadBindings.lookup(this);
            if (b != null) return b.val;
        }
        return root;
    }

    public Object getRoot() { return root; }

    /** The root the var had when its namespace finished loading (see {@link #markLoaded}), or null before. */
    private Object loadedRoot;

    /** Remembers the current root as the one the var's namespace defined (clojure.core marks its vars once loaded). */
    public void markLoaded() { loadedRoot = root; }

    /**
     * The fn an execution tier may compile a call of this var against (an int op for +, say): the root its
     * namespace defined, or the current root while the namespace is still loading. Null once the var has
     * been redefined: a call compiled then must call whatever the var holds, not the namespace's fn.
     */
    public Object definedRoot() {
        Object r = root;
        Object l = loadedRoot;
        return l == null || l == r ? r : null;
    }

    /**
     * The root as an opaque read: the thread's own writes and, soon, other threads' are seen, but nothing is
     * ordered around it. For guards an execution tier checks on every operation, where a volatile read's
     * ordering would keep the JIT from reusing loads across it.
     */
    public Object peekRoot() { return ROOT.getOpaque(this); }

    /** {@link #revision()} as an opaque read, for inline-cache checks (see {@link #peekRoot()}). */
    public int peekRevision() { return (int) REVISION.getOpaque(this); }

    public void bindRoot(Object value) {
        beforeChange();
        root = value;
        revision++;
        for (Consumer<Var> w : rootWatchers) w.accept(this);
    }

    /**
     * Has watcher told, on the thread that changed it, after each change of this var's root: an execution
     * tier uses it to drop what its compiled code assumed of the old value. Not for programs (add-watch).
     */
    public synchronized void watchRoot(Consumer<Var> watcher) {
        Consumer<Var>[] ws = Arrays.copyOf(rootWatchers, rootWatchers.length + 1);
        ws[ws.length - 1] = watcher;
        rootWatchers = ws;
    }

    public int revision() { return revision; }

    /**
     * Moves the revision without changing the root or telling the watchers: what a call through the root runs
     * has changed (a {@link DeferredFn} made its target), so call caches keyed on the revision look again.
     */
    public void touch() {
        revision++;
    }

    private final ChangeGuard changeGuard = new ChangeGuard();

    /**
     * Has guard run on the changing thread before this var's root, macro flag or metadata changes: the state
     * makes the library fns it deferred while clojure.core is still as they were written against.
     */
    public void guardChanges(Runnable guard) {
        changeGuard.set(guard);
    }

    private void beforeChange() {
        changeGuard.beforeChange();
    }

    /** set! on a dynamic var: only the current thread binding can be changed. */
    public Object set(Object value) {
        ThreadBindings.Box b = dynamic ? ThreadBindings.lookup(this) : null;
        if (b == null) {
            throw new MinoException("Can't change/establish root binding of: " + qualifiedName() + " with set");
        }
        b.val = value;
        return value;
    }

    public boolean isDynamic() { return dynamic; }
    public void setDynamic(boolean d) {
        boolean was = dynamic;
        dynamic = d;
        // After the flag: a cache that reads the new revision must also see the var as dynamic.
        if (d != was) revision++;
    }
    public boolean isMacro() { return macro; }
    public void setMacro(boolean m) {
        beforeChange();
        macro = m;
    }

    @Override public IPersistentMap meta() { return meta; }

    public void setMeta(IPersistentMap m) {
        beforeChange();
        meta = m == null ? PersistentArrayMap.EMPTY : m;
        setDynamic(Boolean.TRUE.equals(meta.valAt(Keyword.of("dynamic"))) || dynamic);
        macro = Boolean.TRUE.equals(meta.valAt(Keyword.of("macro")));
    }

    @Override public String toString() { return ns == null ? "#<Var: " + sym + ">" : "#'" + qualifiedName(); }
}
