package dev.mino.runtime.lang;

/**
 * Marker for maps that compare equal to any other map with the same entries. Map-like values that must
 * only equal their own kind (records) implement IPersistentMap without it, so (= {:a 1} record) is false.
 */
public interface MapEquivalence {}
