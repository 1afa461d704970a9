package dev.mino.runtime.lang;

/** Wraps a reduction's early result (reduced / reduced? / unreduced). */
public final class Reduced implements IDeref {
    private final Object val;

    public Reduced(Object val) { this.val = val; }

    @Override public Object deref() { return val; }
}
