package dev.mino.tier.treewalk;

import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.SourcePosition;

/** (throw e): e must be a Throwable. The throw form's position is recorded on it. */
final class Throw extends Exec {
    private final Exec exception;
    private final SourcePosition pos;

    Throw(Exec exception, SourcePosition pos) {
        this.exception = exception;
        this.pos = pos;
    }

    @Override Object exec(Object[] f) {
        Object e = exception.exec(f);
        if (e instanceof RuntimeException re) throw SourcePosition.attach(re, pos);
        if (e instanceof Throwable t) throw sneaky(SourcePosition.attach(t, pos));
        String type = e == null ? "nil" : "class " + e.getClass().getName();
        throw SourcePosition.attach(new MinoException(type + " cannot be cast to class java.lang.Throwable"), pos);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> RuntimeException sneaky(Throwable t) throws T {
        throw (T) t;
    }
}
