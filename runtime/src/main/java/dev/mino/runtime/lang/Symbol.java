package dev.mino.runtime.lang;

import java.util.Objects;

/** A symbol: optional namespace and a name, with metadata. Symbols are values, not interned. */
public final class Symbol implements IObj, IHashEq, Comparable<Symbol>, Named {
    private final String ns;
    private final String name;
    private final IPersistentMap meta;
    private int hasheq;

    private Symbol(String ns, String name, IPersistentMap meta) {
        this.ns = ns;
        this.name = name;
        this.meta = meta;
    }

    public static Symbol of(String ns, String name) {
        return new Symbol(ns, name, null);
    }

    public static Symbol of(String name) {
        return new Symbol(null, name, null);
    }

    /** "a/b" -> ns a, name b; "/" and names without a slash have no namespace. */
    public static Symbol parse(String s) {
        int i = s.indexOf('/');
        if (i <= 0 || s.equals("/")) return new Symbol(null, s, null);
        return new Symbol(s.substring(0, i), s.substring(i + 1), null);
    }

    @Override public String getNamespace() { return ns; }
    @Override public String getName() { return name; }
    public boolean hasNamespace() { return ns != null; }

    @Override public IPersistentMap meta() { return meta; }
    @Override public Symbol withMeta(IPersistentMap m) { return new Symbol(ns, name, m); }

    @Override public boolean equals(Object o) {
        if (this == o) return true;
        return o instanceof Symbol s && name.equals(s.name) && Objects.equals(ns, s.ns);
    }

    @Override public int hashCode() {
        return Murmur3.hashCombine(name.hashCode(), ns == null ? 0 : ns.hashCode());
    }

    @Override public int hasheq() {
        int h = hasheq;
        if (h == 0) {
            h = Murmur3.hashCombine(Murmur3.hashUnencodedChars(name), ns == null ? 0 : ns.hashCode());
            hasheq = h;
        }
        return h;
    }

    @Override public int compareTo(Symbol o) {
        if (this.equals(o)) return 0;
        if (ns == null && o.ns != null) return -1;
        if (ns != null) {
            if (o.ns == null) return 1;
            int c = ns.compareTo(o.ns);
            if (c != 0) return c;
        }
        return name.compareTo(o.name);
    }

    @Override public String toString() { return ns == null ? name : ns + "/" + name; }
}
