package dev.mino.runtime.lang;

/** Sorted collections (sorted-map, sorted-set): ordered seqs and seqs from a key. */
public interface Sorted {
    java.util.Comparator<Object> comparator();
    ISeq seq(boolean ascending);
    ISeq seqFrom(Object key, boolean ascending);
    /** The sort key of an element of this collection (the key of a map entry, the element of a set). */
    Object entryKey(Object entry);
}
