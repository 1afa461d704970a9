package dev.mino.runtime.lang;

/** Marker for record and deftype instances: (.-field x) reads the field named by the keyword :field. */
public interface IRecord extends ILookup {}
