/**
 * Embedding mino in Java: {@link dev.mino.runtime.embed.Mino#newState(MinoOptions)} makes an independent
 * {@link dev.mino.runtime.embed.MinoState}, which evaluates source, defines and reads vars and calls fns.
 * A state grants its code nothing (no interop, files, console, threads or process control) unless its
 * {@link dev.mino.runtime.embed.MinoOptions} say so; what it throws to Java is a
 * {@link dev.mino.runtime.lang.MinoException} whose message is "file:line:col: message". The threat model is
 * docs/security.md.
 */
package dev.mino.runtime.embed;
