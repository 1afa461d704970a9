package dev.mino.tier.treewalk;

/** (if test then else): nil and false are false. */
final class If extends Exec {
    private final Exec test;
    private final Exec then;
    private final Exec otherwise;

    If(Exec test, Exec then, Exec otherwise) {
        this.test = test;
        this.then = then;
        this.otherwise = otherwise;
    }

    @Override Object exec(Object[] f) {
        Object t = test.exec(f);
        return t != null && t != Boolean.FALSE ? then.exec(f) : otherwise.exec(f);
    }
}
