package dev.mino.runtime.lang;

/**
 * An interned keyword. Keywords with the same namespace and name are the same object while anyone holds one,
 * so = is identity; {@link KeywordTable} lets go of those no one holds.
 */
public final class Keyword extends Fn implements IHashEq, Comparable<Keyword>, Named {
    private static final KeywordTable TABLE = new KeywordTable(Keyword::new);

    private final Symbol sym;
    private final int hasheq;

    private Keyword(Symbol sym) {
        this.sym = sym;
        this.hasheq = sym.hasheq() + 0x9e3779b9;
    }

    public static Keyword of(Symbol sym) {
        Symbol bare = sym.meta() == null ? sym : sym.withMeta(null);
        return TABLE.intern(bare);
    }

    /** The keyword for sym if a live one exists, else null (find-keyword never interns). */
    public static Keyword find(Symbol sym) {
        return TABLE.find(sym.meta() == null ? sym : sym.withMeta(null));
    }

    /** Every keyword interned and still held by someone, in no order (read-only: a snapshot). */
    public static java.util.List<Keyword> interned() {
        return TABLE.live();
    }

    public static Keyword of(String ns, String name) { return of(Symbol.of(ns, name)); }
    public static Keyword of(String name) { return of(Symbol.of(null, name)); }
    /** "a/b" or "b" (without the leading colon). */
    public static Keyword parse(String s) { return of(Symbol.parse(s)); }

    public Symbol sym() { return sym; }
    @Override public String getNamespace() { return sym.getNamespace(); }
    @Override public String getName() { return sym.getName(); }

    @Override public int hasheq() { return hasheq; }
    @Override public int hashCode() { return sym.hashCode() + 0x9e3779b9; }
    @Override public int compareTo(Keyword o) { return sym.compareTo(o.sym); }
    @Override public String toString() { return ":" + sym; }
    @Override public String name() { return toString(); }

    /** An IFn but, as in Clojure, no comparator. */
    @Override public boolean isFunction() { return false; }

    /** (:k m) and (:k m default). */
    @Override public Object invoke(Object m) { return Colls.get(m, this); }
    @Override public Object invoke(Object m, Object notFound) { return Colls.get(m, this, notFound); }
}
