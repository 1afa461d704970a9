package dev.mino.runtime.lang;

import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;

/**
 * An instance of a defrecord type: a persistent map whose declared fields live in an array and whose
 * other keys live in an extension map. It equals only records of the same type (it deliberately lacks
 * {@link MapEquivalence}), and dissoc of a declared field turns it into a plain map, as in Clojure.
 * It is Comparable only through a compareTo the defrecord defines (java.lang.Comparable).
 */
public final class Record
        implements ReadOnlyMap, IRecord, IObj, IHashEq, IKVReduce, Comparable<Object>, TypedInstance {
    private final RecordType type;
    private final Object[] values;
    /** Keys beyond the declared fields; null when there are none. */
    private final IPersistentMap ext;
    private final IPersistentMap meta;
    private int hash;
    private int hasheq;

    Record(RecordType type, Object[] values, IPersistentMap ext, IPersistentMap meta) {
        this.type = type;
        this.values = values;
        this.ext = ext;
        this.meta = meta;
    }

    // ---- TypedInstance ----

    @Override public DefinedType definedType() { return type; }
    @Override public MethodTable methods() { return type.methods(); }
    @Override public Object fieldValue(int i) { return values[i]; }

    // ---- lookup ----

    @Override public Object valAt(Object key) { return valAt(key, null); }

    @Override public Object valAt(Object key, Object notFound) {
        int i = type.indexOf(key);
        if (i >= 0) return values[i];
        return ext == null ? notFound : ext.valAt(key, notFound);
    }

    @Override public boolean containsKey(Object key) {
        return type.indexOf(key) >= 0 || (ext != null && ext.containsKey(key));
    }

    @Override public IMapEntry entryAt(Object key) {
        int i = type.indexOf(key);
        if (i >= 0) return MapEntry.create(key, values[i]);
        return ext == null ? null : ext.entryAt(key);
    }

    @Override public int count() {
        return values.length + (ext == null ? 0 : ext.count());
    }

    // ---- persistent operations ----

    @Override public IPersistentMap assoc(Object key, Object val) {
        int i = type.indexOf(key);
        if (i >= 0) {
            if (values[i] == val) return this;
            Object[] copy = values.clone();
            copy[i] = val;
            return new Record(type, copy, ext, meta);
        }
        IPersistentMap base = ext == null ? PersistentArrayMap.EMPTY : ext;
        return new Record(type, values, base.assoc(key, val), meta);
    }

    /** Removing a declared field leaves a plain map (with the record's metadata); removing an extra key keeps the record. */
    @Override public IPersistentMap without(Object key) {
        if (type.indexOf(key) >= 0) {
            IPersistentMap m = PersistentArrayMap.EMPTY;
            for (Object o : this) {
                IMapEntry e = (IMapEntry) o;
                if (e.key() != key) m = m.assoc(e.key(), e.val());
            }
            return meta == null ? m : (IPersistentMap) ((IObj) m).withMeta(meta);
        }
        if (ext == null || !ext.containsKey(key)) return this;
        return new Record(type, values, ext.without(key), meta);
    }

    @Override public IPersistentMap cons(Object o) {
        if (o instanceof Map.Entry<?, ?> e) return assoc(e.getKey(), e.getValue());
        if (o instanceof IPersistentVector v) {
            if (v.count() != 2) throw new IllegalArgumentException("Vector arg to map conj must be a pair");
            return assoc(v.nth(0), v.nth(1));
        }
        IPersistentMap m = this;
        for (ISeq s = Seqs.seq(o); s != null; s = s.next()) {
            Map.Entry<?, ?> e = (Map.Entry<?, ?>) s.first();
            m = m.assoc(e.getKey(), e.getValue());
        }
        return m;
    }

    @Override public IPersistentCollection empty() {
        throw new UnsupportedOperationException("Can't create empty: " + type.typeName());
    }

    // ---- seq and iteration: declared fields in order, then the extra keys ----

    @Override public ISeq seq() {
        Object[] entries = new Object[count()];
        int i = 0;
        for (Object e : this) entries[i++] = e;
        return Seqs.arraySeq(entries, 0);
    }

    @Override public Iterator<Object> iterator() {
        Keyword[] fields = type.fields();
        Iterator<Object> rest = ext == null ? null : ext.iterator();
        return new Iterator<>() {
            private int i;

            @Override public boolean hasNext() {
                return i < fields.length || (rest != null && rest.hasNext());
            }

            @Override public Object next() {
                if (i < fields.length) {
                    int k = i++;
                    return MapEntry.create(fields[k], values[k]);
                }
                if (rest == null) throw new NoSuchElementException();
                return rest.next();
            }
        };
    }

    @Override public Object kvreduce(Fn f, Object init) { return ReadOnlyMap.kvreduceEntries(this, f, init); }

    // ---- equality and hashing ----

    /** = : a record of the same type with = fields and extra keys; metadata is ignored. */
    @Override public boolean equiv(Object o) {
        if (this == o) return true;
        if (!(o instanceof Record r) || r.type != type) return false;
        for (int i = 0; i < values.length; i++) {
            if (!Equality.equiv(values[i], r.values[i])) return false;
        }
        return Equality.equiv(extOrEmpty(), r.extOrEmpty());
    }

    @Override public boolean equals(Object o) {
        if (this == o) return true;
        if (!(o instanceof Record r) || r.type != type) return false;
        for (int i = 0; i < values.length; i++) {
            if (!Objects.equals(values[i], r.values[i])) return false;
        }
        return extOrEmpty().equals(r.extOrEmpty());
    }

    private IPersistentMap extOrEmpty() {
        return ext == null ? PersistentArrayMap.EMPTY : ext;
    }

    @Override public int hashCode() {
        int h = hash;
        if (h == 0) {
            for (Object o : this) {
                IMapEntry e = (IMapEntry) o;
                h += Objects.hashCode(e.key()) ^ Objects.hashCode(e.val());
            }
            hash = h;
        }
        return h;
    }

    @Override public int hasheq() {
        int h = hasheq;
        if (h == 0) {
            int sum = 0;
            for (Object o : this) {
                IMapEntry e = (IMapEntry) o;
                sum += Hashing.hashEntry(e.key(), e.val());
            }
            h = type.typeHash() ^ Murmur3.mixCollHash(sum, count());
            hasheq = h;
        }
        return h;
    }

    // ---- metadata ----

    @Override public IPersistentMap meta() { return meta; }

    @Override public Record withMeta(IPersistentMap m) {
        return m == meta ? this : new Record(type, values, ext, m);
    }

    @Override public int compareTo(Object o) {
        Fn f = type.methods().host("compareTo");
        if (f == null) {
            throw new ClassCastException("class " + type.typeName() + " cannot be cast to class java.lang.Comparable");
        }
        return ((Number) f.invoke(this, o)).intValue();
    }

    /** Records do not override Object.toString in Clojure: user.Point@hash, unless the defrecord defines toString. */
    @Override public String toString() {
        Fn f = type.methods().host("toString");
        if (f != null) return String.valueOf(f.invoke(this));
        return type.typeName() + "@" + Integer.toHexString(hashCode());
    }
}
