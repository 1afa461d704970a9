package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.SourcePosition;
import java.util.List;

/**
 * Where a form is being analyzed: its fn, the locals in scope, and its position.
 *
 * @param ret         the form's value is the value of the nearest loop/fn (recur is allowed here)
 * @param tail        the form's value is the enclosing fn's return value (calls here are tail calls)
 * @param recurTarget what recur rebinds here (null where recur is not allowed)
 * @param pos         the position of the innermost enclosing list form
 */
record Ctx(FnScope fn, LocalEnv env, boolean ret, boolean tail, List<LocalBinding> recurTarget, SourcePosition pos) {

    /** A non-tail expression position (arguments, inits, tests, statements). */
    Ctx expr() {
        return ret || tail || recurTarget != null ? new Ctx(fn, env, false, false, null, pos) : this;
    }

    Ctx withEnv(LocalEnv e) { return new Ctx(fn, e, ret, tail, recurTarget, pos); }

    Ctx withPos(SourcePosition p) { return p == null || p.equals(pos) ? this : new Ctx(fn, env, ret, tail, recurTarget, p); }

    Ctx loopBody(LocalEnv e, List<LocalBinding> target) { return new Ctx(fn, e, true, tail, target, pos); }
}
