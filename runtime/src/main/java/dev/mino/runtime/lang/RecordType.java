package dev.mino.runtime.lang;

/** The type made by defrecord: its name and fields. Instances are {@link Record}s. */
public final class RecordType extends DefinedType implements Constructible {
    private final Keyword[] fields;
    /** Records hash as their map entries mixed with the hash of their class name's symbol (as Clojure). */
    private final int typeHash;

    public RecordType(String name, Keyword[] fields) {
        super(name);
        this.fields = fields.clone();
        this.typeHash = Symbol.of(name).hasheq();
    }

    Keyword[] fields() { return fields; }
    int typeHash() { return typeHash; }

    /** The position of a field keyword, or -1. Keywords are interned, so identity suffices. */
    int indexOf(Object key) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i] == key) return i;
        }
        return -1;
    }

    @Override public int fieldIndex(String field) { return indexOf(Keyword.of(field)); }

    @Override public void implement(MethodTable table) {
        for (Class<?> c : table.hostTypes()) {
            if (c != Comparable.class) {
                throw new IllegalArgumentException("defrecord " + typeName()
                        + ": mino records implement protocols, Object/toString and java.lang.Comparable only, not " + Printing.className(c));
            }
        }
        for (String m : table.hostMethodNames()) {
            if (!m.equals("toString") && !m.equals("compareTo")) {
                throw new IllegalArgumentException("defrecord " + typeName() + ": records define " + m + " themselves");
            }
        }
        super.implement(table);
    }

    @Override public boolean sharesMethods() { return true; }
    @Override public Class<?> instanceClass() { return Record.class; }

    /** (Point. x y) and (Point. x y meta ext). */
    @Override public Object construct(Object[] args) {
        if (args.length == fields.length) return new Record(this, args.clone(), null, null);
        if (args.length == fields.length + 2) {
            Object ext = args[fields.length + 1];
            Object[] values = java.util.Arrays.copyOf(args, fields.length);
            Record r = new Record(this, values, null, null);
            for (ISeq s = Seqs.seq(ext); s != null; s = s.next()) {
                IMapEntry e = (IMapEntry) s.first();
                r = (Record) r.assoc(e.key(), e.val());
            }
            return r.withMeta((IPersistentMap) args[fields.length]);
        }
        throw new IllegalArgumentException("No matching ctor found for class " + typeName());
    }

    /** map->Point: the fields from the map (nil when absent), every other entry kept as an extra key. */
    public Record fromMap(Object map) {
        Record r = new Record(this, new Object[fields.length], null, null);
        for (ISeq s = Seqs.seq(map); s != null; s = s.next()) {
            IMapEntry e = (IMapEntry) s.first();
            r = (Record) r.assoc(e.key(), e.val());
        }
        return r;
    }

    /** The field names as symbols, as (Point/getBasis) gives them. */
    public IPersistentVector basis() {
        Object[] syms = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) syms[i] = fields[i].sym();
        return PersistentVector.of(syms);
    }

}
