package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.Symbol;

/**
 * A local name: a parameter, a let/loop/catch local, a value captured from an enclosing fn, or the fn's
 * own name. Its frame slot is known once its fn has been fully analyzed (captures are counted last):
 * a frame is laid out as [captures..., self, params and locals...].
 */
public final class LocalBinding {
    public enum Kind { CAPTURE, SELF, PARAM, LOCAL }

    private final Symbol name;
    private final Kind kind;
    private final FnScope owner;
    private final int rawIndex;

    LocalBinding(Symbol name, Kind kind, FnScope owner, int rawIndex) {
        this.name = name;
        this.kind = kind;
        this.owner = owner;
        this.rawIndex = rawIndex;
    }

    public Symbol name() { return name; }
    public Kind kind() { return kind; }
    public FnScope owner() { return owner; }

    /** The index of this local in its fn's frame. */
    public int slot() {
        return switch (kind) {
            case CAPTURE -> rawIndex;
            case SELF -> owner.captureCount();
            case PARAM, LOCAL -> owner.captureCount() + 1 + rawIndex;
        };
    }

    @Override public String toString() { return name + "@" + kind + rawIndex; }
}
