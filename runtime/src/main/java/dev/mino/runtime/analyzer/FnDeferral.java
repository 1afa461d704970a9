package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.SourcePosition;
import dev.mino.runtime.lang.Var;

/**
 * Leaves a library fn's analysis to its first call. The analyzer asks only about a top-level
 * {@code (def name (fn ...))} of library text that closes over nothing (a macro's fn only for a var not yet
 * defined); the answer is the value the var gets instead of the analyzed fn, or null to analyze it now.
 */
@FunctionalInterface
public interface FnDeferral {
    Fn defer(Var var, Object fnForm, SourcePosition pos);
}
