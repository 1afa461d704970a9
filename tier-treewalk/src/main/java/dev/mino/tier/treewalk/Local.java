package dev.mino.tier.treewalk;

/** A read of a frame slot. */
final class Local extends Exec {
    private final int slot;

    Local(int slot) { this.slot = slot; }

    @Override Object exec(Object[] f) { return f[slot]; }
}
