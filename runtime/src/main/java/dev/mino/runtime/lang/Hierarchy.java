package dev.mino.runtime.lang;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Hierarchies as Clojure represents them: maps {:parents {tag #{parent}}, :descendants {..}, :ancestors
 * {..}} that derive/underive return updated copies of. isa? also relates classes by Java subclassing
 * (mino's defined types count as classes, under the Java class of their instances) and vectors
 * element-wise.
 */
public final class Hierarchy {
    public static final Keyword PARENTS = Keyword.of("parents");
    public static final Keyword DESCENDANTS = Keyword.of("descendants");
    public static final Keyword ANCESTORS = Keyword.of("ancestors");
    public static final IPersistentMap EMPTY = PersistentArrayMap.EMPTY
            .assoc(PARENTS, PersistentArrayMap.EMPTY)
            .assoc(DESCENDANTS, PersistentArrayMap.EMPTY)
            .assoc(ANCESTORS, PersistentArrayMap.EMPTY);

    private Hierarchy() {}

    /** class?, with mino's defined types counting as classes. */
    public static boolean isClass(Object x) {
        return x instanceof Class<?> || x instanceof DefinedType;
    }

    private static IPersistentSet setIn(Object h, Keyword table, Object tag) {
        Object m = Colls.get(h, table);
        Object s = Colls.get(m, tag);
        return s instanceof IPersistentSet set ? set : null;
    }

    /** (isa? h child parent). */
    public static boolean isa(Object h, Object child, Object parent) {
        if (Equality.equiv(child, parent)) return true;
        if (isClass(child) && parent instanceof Class<?> p && p.isAssignableFrom(javaClass(child))) return true;
        IPersistentSet ancestors = setIn(h, ANCESTORS, child);
        if (ancestors != null && ancestors.contains(parent)) return true;
        if (isClass(child)) {
            for (ISeq s = Seqs.seq(supers(child)); s != null; s = s.next()) {
                IPersistentSet a = setIn(h, ANCESTORS, s.first());
                if (a != null && a.contains(parent)) return true;
            }
        }
        if (child instanceof IPersistentVector cv && parent instanceof IPersistentVector pv && cv.count() == pv.count()) {
            for (int i = 0; i < cv.count(); i++) {
                if (!isa(h, cv.nth(i), pv.nth(i))) return false;
            }
            return true;
        }
        return false;
    }

    private static Class<?> javaClass(Object c) {
        return c instanceof DefinedType t ? t.instanceClass() : (Class<?>) c;
    }

    /** (bases c): the superclass then the directly implemented interfaces; nil when none. */
    public static ISeq bases(Object c) {
        if (c == null) return null;
        Class<?> k = javaClass(c);
        List<Object> out = new ArrayList<>();
        if (c instanceof DefinedType) {
            out.add(Object.class);
        } else if (k.getSuperclass() != null) {
            out.add(k.getSuperclass());
        }
        for (Class<?> i : k.getInterfaces()) out.add(i);
        return out.isEmpty() ? null : Seqs.arraySeq(out.toArray(), 0);
    }

    /** (supers c): every superclass and interface, transitively; nil when none. */
    public static IPersistentSet supers(Object c) {
        Set<Object> out = new LinkedHashSet<>();
        List<Object> todo = new ArrayList<>();
        for (ISeq s = bases(c); s != null; s = s.next()) todo.add(s.first());
        while (!todo.isEmpty()) {
            Object k = todo.remove(todo.size() - 1);
            if (out.add(k)) {
                for (ISeq s = bases(k); s != null; s = s.next()) todo.add(s.first());
            }
        }
        return out.isEmpty() ? null : PersistentHashSet.create(out);
    }

    /** (parents h tag): the direct parents, with a class's bases. */
    public static Object parents(Object h, Object tag) {
        IPersistentSet tp = setIn(h, PARENTS, tag);
        if (isClass(tag)) {
            IPersistentCollection out = PersistentHashSet.EMPTY;
            for (ISeq s = bases(tag); s != null; s = s.next()) out = out.cons(s.first());
            if (tp != null) for (ISeq s = tp.seq(); s != null; s = s.next()) out = out.cons(s.first());
            return out.count() == 0 ? null : out;
        }
        return tp == null || tp.count() == 0 ? null : tp;
    }

    /** (ancestors h tag): every ancestor, with a class's supers and their ancestors in h. */
    public static Object ancestors(Object h, Object tag) {
        IPersistentSet ta = setIn(h, ANCESTORS, tag);
        if (isClass(tag)) {
            IPersistentSet sups = supers(tag);
            IPersistentCollection out = sups == null ? PersistentHashSet.EMPTY : sups;
            if (ta != null) for (ISeq s = ta.seq(); s != null; s = s.next()) out = out.cons(s.first());
            if (sups != null) {
                for (ISeq s = sups.seq(); s != null; s = s.next()) {
                    IPersistentSet a = setIn(h, ANCESTORS, s.first());
                    if (a != null) for (ISeq t = a.seq(); t != null; t = t.next()) out = out.cons(t.first());
                }
            }
            return out.count() == 0 ? null : out;
        }
        return ta == null || ta.count() == 0 ? null : ta;
    }

    /** (descendants h tag); classes' descendants are not known. */
    public static Object descendants(Object h, Object tag) {
        if (isClass(tag)) throw new UnsupportedOperationException("Can't get descendants of classes");
        IPersistentSet td = setIn(h, DESCENDANTS, tag);
        return td == null || td.count() == 0 ? null : td;
    }

    /**
     * (derive h tag parent): h with tag a child of parent. Every ancestor of parent (and parent) becomes
     * an ancestor of tag and of tag's descendants, and conversely for descendants.
     */
    public static IPersistentMap derive(Object h, Object tag, Object parent) {
        if (Equality.equiv(tag, parent)) throw new AssertionError("Assert failed: (not= tag parent)");
        if (!(isClass(tag) || tag instanceof Named)) {
            throw new AssertionError("Assert failed: (or (class? tag) (instance? clojure.lang.Named tag))");
        }
        if (!(parent instanceof Named)) throw new AssertionError("Assert failed: (instance? clojure.lang.Named parent)");
        IPersistentSet tagParents = setIn(h, PARENTS, tag);
        if (tagParents != null && tagParents.contains(parent)) return (IPersistentMap) h;
        IPersistentSet tagAncestors = setIn(h, ANCESTORS, tag);
        if (tagAncestors != null && tagAncestors.contains(parent)) {
            throw new MinoException(Printing.pr(tag) + " already has " + Printing.pr(parent) + " as ancestor");
        }
        IPersistentSet parentAncestors = setIn(h, ANCESTORS, parent);
        if (parentAncestors != null && parentAncestors.contains(tag)) {
            throw new MinoException("Cyclic derivation: " + Printing.pr(parent) + " has " + Printing.pr(tag) + " as ancestor");
        }
        IPersistentMap parents = (IPersistentMap) Colls.get(h, PARENTS);
        IPersistentSet ps = setIn(h, PARENTS, tag);
        parents = parents.assoc(tag, (ps == null ? PersistentHashSet.EMPTY : ps).cons(parent));
        IPersistentMap ancestors = propagate((IPersistentMap) Colls.get(h, ANCESTORS), tag, setIn(h, DESCENDANTS, tag),
                parent, parentAncestors);
        IPersistentMap descendants = propagate((IPersistentMap) Colls.get(h, DESCENDANTS), parent, parentAncestors,
                tag, setIn(h, DESCENDANTS, tag));
        return ((IPersistentMap) h).assoc(PARENTS, parents).assoc(ANCESTORS, ancestors).assoc(DESCENDANTS, descendants);
    }

    /** For source and each of its relatives, adds target and target's relatives to its set in table m. */
    private static IPersistentMap propagate(IPersistentMap m, Object source, IPersistentSet sourceRelatives,
                                            Object target, IPersistentSet targetRelatives) {
        List<Object> sources = new ArrayList<>();
        sources.add(source);
        if (sourceRelatives != null) for (ISeq s = sourceRelatives.seq(); s != null; s = s.next()) sources.add(s.first());
        for (Object k : sources) {
            Object existing = m.valAt(k);
            IPersistentCollection set = existing instanceof IPersistentSet es ? es : PersistentHashSet.EMPTY;
            set = set.cons(target);
            if (targetRelatives != null) for (ISeq s = targetRelatives.seq(); s != null; s = s.next()) set = set.cons(s.first());
            m = m.assoc(k, set);
        }
        return m;
    }

    /** (underive h tag parent): h rebuilt from its parent links without tag -> parent. */
    public static IPersistentMap underive(Object h, Object tag, Object parent) {
        IPersistentSet tagParents = setIn(h, PARENTS, tag);
        if (tagParents == null || !tagParents.contains(parent)) return (IPersistentMap) h;
        IPersistentMap out = EMPTY;
        for (Object o : (IPersistentMap) Colls.get(h, PARENTS)) {
            IMapEntry e = (IMapEntry) o;
            for (ISeq s = Seqs.seq(e.val()); s != null; s = s.next()) {
                Object p = s.first();
                if (!(Equality.equiv(e.key(), tag) && Equality.equiv(p, parent))) out = derive(out, e.key(), p);
            }
        }
        return out;
    }
}
