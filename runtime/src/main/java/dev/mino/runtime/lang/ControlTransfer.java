package dev.mino.runtime.lang;

/**
 * Marks a throwable that unwinds mino code back to the Java that started it rather than reporting an error:
 * an evaluation its embedder stops ({@link Safepoint.Stopped}), a transaction going back to retry. No catch
 * clause of a script matches one (a catch-all in the body must not swallow it); finally blocks still run.
 */
public interface ControlTransfer {}
