package dev.mino.tier.treewalk;

/** One arity of a compiled fn: its body, frame size and where its parameters live. */
final class ClosureMethod {
    final Exec body;
    final int frameSize;
    final int arity;
    final boolean variadic;
    /** Slot of the first parameter; parameters (then the rest param) are contiguous. */
    final int paramBase;

    ClosureMethod(Exec body, int frameSize, int arity, boolean variadic, int paramBase) {
        this.body = body;
        this.frameSize = frameSize;
        this.arity = arity;
        this.variadic = variadic;
        this.paramBase = paramBase;
    }
}
