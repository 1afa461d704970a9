package dev.mino.runtime.lang;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** A namespace: its own interned vars, vars referred from other namespaces, and aliases. */
public final class Namespace implements IMeta {
    private final Symbol name;
    private final ConcurrentHashMap<Symbol, Var> mappings = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<Symbol, Namespace> aliases = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Class<?>> imports = new ConcurrentHashMap<>();
    private volatile IPersistentMap meta;
    /** How many times a name here was unmapped or made to name another var (ns-unmap, intern over a refer). */
    private final java.util.concurrent.atomic.AtomicLong replacements = new java.util.concurrent.atomic.AtomicLong();

    public Namespace(Symbol name) {
        this.name = name;
    }

    public Symbol name() { return name; }

    private final ChangeGuard changeGuard = new ChangeGuard();

    /** Has guard run before a name here is interned, referred, unmapped, imported or aliased anew. */
    public void guardChanges(Runnable guard) {
        changeGuard.set(guard);
    }

    private void beforeChange() {
        changeGuard.beforeChange();
    }

    /** The var named sym in this namespace, created if absent (def). A referred var is replaced. */
    public Var intern(Symbol sym) {
        Symbol bare = Symbol.of(sym.getName());
        Var v = mappings.get(bare);
        if (v != null && v.ns() == this) return v;
        beforeChange();
        Var fresh = new Var(this, bare);
        if (mappings.put(bare, fresh) != null) replacements.incrementAndGet();
        return fresh;
    }

    /** Makes another namespace's var reachable by its bare name here. */
    public void refer(Symbol sym, Var v) {
        Var existing = mappings.get(sym);
        if (existing != null && existing.ns() == this && existing.hasRoot()) {
            throw new MinoException(sym + " already refers to: " + existing + " in namespace: " + name);
        }
        if (existing != v) beforeChange();
        Var previous = mappings.put(sym, v);
        if (previous != null && previous != v) replacements.incrementAndGet();
    }

    public Var lookup(Symbol bareName) { return mappings.get(bareName); }

    /** Only the vars interned here (ns-interns). */
    public Map<Symbol, Var> interns() {
        Map<Symbol, Var> out = new java.util.LinkedHashMap<>();
        mappings.forEach((k, v) -> { if (v.ns() == this) out.put(k, v); });
        return out;
    }

    public Map<Symbol, Var> mappings() { return java.util.Collections.unmodifiableMap(mappings); }

    public void unmap(Symbol sym) {
        if (mappings.containsKey(sym)) beforeChange();
        if (mappings.remove(sym) != null) replacements.incrementAndGet();
    }

    /** Names unmapped or re-pointed so far: an unchanged count means every name still names the var it did. */
    public long replacements() { return replacements.get(); }

    public void addAlias(Symbol alias, Namespace ns) {
        if (aliases.get(alias) != ns) beforeChange();
        aliases.put(alias, ns);
    }
    public Namespace lookupAlias(Symbol alias) { return aliases.get(alias); }
    public Map<Symbol, Namespace> aliases() { return java.util.Collections.unmodifiableMap(aliases); }
    public void removeAlias(Symbol alias) {
        if (aliases.containsKey(alias)) beforeChange();
        aliases.remove(alias);
    }

    /** (import 'pkg.Class): the class becomes reachable by its simple name here. */
    public void importClass(Class<?> c) {
        if (imports.get(c.getSimpleName()) != c) beforeChange();
        imports.put(c.getSimpleName(), c);
    }
    public Class<?> lookupImport(String simpleName) { return imports.get(simpleName); }
    public Map<String, Class<?>> imports() { return java.util.Collections.unmodifiableMap(imports); }

    @Override public IPersistentMap meta() { return meta; }
    public void setMeta(IPersistentMap m) { meta = m; }

    @Override public String toString() { return name.toString(); }
}
