package dev.mino.runtime.lang;

/** Marker: ordered collections that compare equal to other sequentials with equal elements. */
public interface Sequential {}
