package dev.mino.runtime.lang;

/** Persistent collections with a transient counterpart. */
public interface IEditableCollection { ITransientCollection asTransient(); }
