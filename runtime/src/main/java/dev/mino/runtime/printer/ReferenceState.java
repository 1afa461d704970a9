package dev.mino.runtime.printer;

import dev.mino.runtime.lang.ControlTransfer;
import dev.mino.runtime.lang.IDeref;
import dev.mino.runtime.lang.IPending;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.PersistentArrayMap;

/** The {:status ..., :val ...} map Clojure prints inside #object[...] for a reference (atom, delay, future...). */
final class ReferenceState {
    private static final Keyword STATUS = Keyword.of("status");
    private static final Keyword VAL = Keyword.of("val");
    private static final Keyword READY = Keyword.of("ready");
    private static final Keyword PENDING = Keyword.of("pending");
    private static final Keyword FAILED = Keyword.of("failed");

    private ReferenceState() {}

    /** :pending before a pending reference is realized, :failed with the error when deref throws, else :ready. */
    static Object of(IDeref ref) {
        if (ref instanceof IPending p && !p.isRealized()) return map(PENDING, null);
        try {
            return map(READY, ref.deref());
        } catch (Throwable e) {
            if (e instanceof ControlTransfer) throw e;  // a transaction's retry, an embedder's stop: not the value's state
            return map(FAILED, e);
        }
    }

    static Object failed(Object val) {
        return map(FAILED, val);
    }

    private static Object map(Keyword status, Object val) {
        return PersistentArrayMap.EMPTY.assoc(STATUS, status).assoc(VAL, val);
    }
}
