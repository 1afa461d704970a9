package dev.mino.runtime.lang;

/** deref / @. */
public interface IDeref { Object deref(); }
