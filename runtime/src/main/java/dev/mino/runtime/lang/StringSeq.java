package dev.mino.runtime.lang;

/** The seq of a string's characters (as Character). */
public final class StringSeq extends ASeq implements Counted, IReduce {
    private final CharSequence s;
    private final int i;

    private StringSeq(IPersistentMap meta, CharSequence s, int i) {
        super(meta);
        this.s = s;
        this.i = i;
    }

    /** The seq of s, or null when s is empty. */
    public static StringSeq create(CharSequence s) {
        return s.length() == 0 ? null : new StringSeq(null, s, 0);
    }

    @Override public Object first() { return s.charAt(i); }
    @Override public ISeq next() { return i + 1 < s.length() ? new StringSeq(null, s, i + 1) : null; }
    @Override public int count() { return s.length() - i; }

    @Override public StringSeq withMeta(IPersistentMap meta) {
        if (meta == meta()) return this;
        return new StringSeq(meta, s, i);
    }

    @Override public Object reduce(Fn f) {
        Object acc = s.charAt(i);
        for (int j = i + 1, n = s.length(); j < n; j++) {
            acc = f.invoke(acc, s.charAt(j));
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }

    @Override public Object reduce(Fn f, Object init) {
        Object acc = init;
        for (int j = i, n = s.length(); j < n; j++) {
            acc = f.invoke(acc, s.charAt(j));
            if (acc instanceof Reduced) return acc;
        }
        return acc;
    }
}
