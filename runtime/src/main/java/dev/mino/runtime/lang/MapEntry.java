package dev.mino.runtime.lang;

/** A key/value pair as produced by seq over a map, find, first of a map, etc. */
public final class MapEntry extends AMapEntry {
    private final Object key;
    private final Object val;

    public MapEntry(Object key, Object val) {
        this.key = key;
        this.val = val;
    }

    public static MapEntry create(Object key, Object val) {
        return new MapEntry(key, val);
    }

    @Override public Object key() { return key; }
    @Override public Object val() { return val; }
}
