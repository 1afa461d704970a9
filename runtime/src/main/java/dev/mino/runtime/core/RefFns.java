package dev.mino.runtime.core;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.stm.Ref;
import dev.mino.runtime.stm.Stm;

/** Refs and transactions (clojure.core's STM half); the machinery is the state's own {@link Stm}. */
final class RefFns {
    private RefFns() {}

    static void install(CoreLibrary lib, Stm stm) {
        lib.fn("ref", "[x] [x & options]",
                "A new ref holding x, to be changed only inside transactions (dosync). Options: :meta, :validator,\n"
                + "  :min-history and :max-history (how many past values it may keep for transactions that started\n"
                + "  before a change; 0 and 10 by default).")
                .a1(stm::newRef).rest(1, a -> refWithOptions(stm, a));
        lib.fn("ref-set", "[ref val]", "In a transaction, sets ref to val and gives val.")
                .a2((r, v) -> ref(r).set(v));
        lib.fn("alter", "[ref fun & args]",
                "In a transaction, sets ref to (fun value-in-transaction args...) and gives that value. Another\n"
                + "  transaction committing ref first makes this one run again.")
                .rest(2, a -> ref(a[0]).alter(Callables.asFn(a[1]), StateFns.extra(a, 2)));
        lib.fn("commute", "[ref fun & args]",
                "In a transaction, sets ref to (fun value args...) and gives that value; at commit fun runs again on\n"
                + "  the newest value of ref, so other transactions changing ref meanwhile cause no retry. fun must not\n"
                + "  care about the order it is applied in.")
                .rest(2, a -> ref(a[0]).commute(Callables.asFn(a[1]), StateFns.extra(a, 2)));
        lib.fn("ensure", "[ref]",
                "In a transaction, the value of ref, which no other transaction may change before this one commits\n"
                + "  (this one runs again if one does). Protects values a transaction reads but does not write.")
                .a1(r -> ref(r).ensure());
        lib.fn("ref-history-count", "[ref]", "How many past values ref keeps.").a1(r -> (long) ref(r).historyCount());
        lib.fn("ref-min-history", "[ref] [ref n]",
                "The least number of past values ref keeps; with n, sets it and gives ref.")
                .a1(r -> (long) ref(r).minHistory())
                .a2((r, n) -> { ref(r).setMinHistory(historySize(n)); return r; });
        lib.fn("ref-max-history", "[ref] [ref n]",
                "The most past values ref keeps; with n, sets it and gives ref.")
                .a1(r -> (long) ref(r).maxHistory())
                .a2((r, n) -> { ref(r).setMaxHistory(historySize(n)); return r; });
        lib.privateFn("run-in-transaction").a1(body -> stm.runInTransaction(Callables.asFn(body)));
        lib.privateFn("check-no-transaction").a1(message -> {
            if (stm.current() != null) throw new IllegalStateException((String) message);
            return null;
        });
    }

    private static Ref refWithOptions(Stm stm, Object[] a) {
        ReferenceOptions options = new ReferenceOptions(a, 1);
        Ref r = stm.newRef(a[0]);
        if (options.has("min-history")) r.setMinHistory(historySize(options.get("min-history")));
        if (options.has("max-history")) r.setMaxHistory(historySize(options.get("max-history")));
        return options.setUp(r);
    }

    private static int historySize(Object n) {
        long size = Numbers.toLong(n);
        if (size < 0 || size > Integer.MAX_VALUE) throw new IllegalArgumentException("History size out of range: " + size);
        return (int) size;
    }

    private static Ref ref(Object x) {
        if (x instanceof Ref r) return r;
        if (x == null) throw new NullPointerException();
        throw StateFns.castError(x, "clojure.lang.Ref");
    }
}
