package dev.mino.tier.treewalk;

/** A literal value. */
final class Const extends Exec {
    private final Object value;

    Const(Object value) { this.value = value; }

    @Override Object exec(Object[] f) { return value; }
}
