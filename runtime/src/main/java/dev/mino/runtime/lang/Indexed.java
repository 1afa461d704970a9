package dev.mino.runtime.lang;

/** Constant-time (or log32) positional access. */
public interface Indexed extends Counted {
    /** Throws IndexOutOfBoundsException when out of range. */
    Object nth(int i);
    Object nth(int i, Object notFound);
}
