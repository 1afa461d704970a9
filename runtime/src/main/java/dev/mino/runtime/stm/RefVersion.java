package dev.mino.runtime.stm;

/**
 * One committed value of a ref and the commit point it was written at, linked to the older values the ref
 * still keeps (its history). Immutable: a commit builds a new chain.
 */
record RefVersion(Object value, long point, RefVersion older) {
    /** How many versions the chain holds, this one included. */
    int length() {
        int n = 0;
        for (RefVersion v = this; v != null; v = v.older) n++;
        return n;
    }

    /** The first n versions of this chain (n >= 0), copied where the chain is longer. */
    RefVersion firstVersions(int n) {
        if (n == 0) return null;
        return new RefVersion(value, point, older == null ? null : older.firstVersions(n - 1));
    }

    /** The newest version written at or before readPoint, or null when the history no longer reaches back there. */
    RefVersion asOf(long readPoint) {
        for (RefVersion v = this; v != null; v = v.older) {
            if (v.point <= readPoint) return v;
        }
        return null;
    }
}
