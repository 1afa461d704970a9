package dev.mino.runtime.lang;

/** realized? */
public interface IPending { boolean isRealized(); }
