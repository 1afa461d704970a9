package dev.mino.runtime.core;

import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IPersistentSet;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.reader.ReaderOptions;
import dev.mino.runtime.reader.ReaderOptions.Conditionals;
import java.util.HashSet;
import java.util.Set;

/**
 * The opts map of read, read+string and read-string, as Clojure documents it: :eof (the value at the end
 * of input, :eofthrow or no :eof to throw), :read-cond (:allow or :preserve; anything else leaves reader
 * conditionals refused) and :features (a set of feature keywords read for besides :mino and :clj).
 */
record ReadOpts(ReaderOptions reader, boolean eofError, Object eofValue) {
    private static final Keyword EOF = Keyword.of("eof");
    private static final Keyword EOF_THROW = Keyword.of("eofthrow");
    private static final Keyword READ_COND = Keyword.of("read-cond");
    private static final Keyword ALLOW = Keyword.of("allow");
    private static final Keyword PRESERVE = Keyword.of("preserve");
    private static final Keyword FEATURES = Keyword.of("features");

    static ReadOpts parse(Object opts) {
        if (!(opts instanceof IPersistentMap o)) {
            throw new ClassCastException(Numbers.describe(opts) + " cannot be cast to class clojure.lang.IPersistentMap");
        }
        boolean eofError = !o.containsKey(EOF) || o.valAt(EOF) == EOF_THROW;
        return new ReadOpts(ReaderOptions.of(conditionals(o.valAt(READ_COND)), features(o.valAt(FEATURES))), eofError, o.valAt(EOF));
    }

    private static Conditionals conditionals(Object mode) {
        if (mode == ALLOW) return Conditionals.ALLOW;
        if (mode == PRESERVE) return Conditionals.PRESERVE;
        return Conditionals.REFUSE;
    }

    private static Set<Keyword> features(Object features) {
        if (features == null) return Set.of();
        if (!(features instanceof IPersistentSet)) {
            throw new ClassCastException(Numbers.describe(features) + " cannot be cast to class clojure.lang.IPersistentSet");
        }
        Set<Keyword> out = new HashSet<>();
        for (ISeq s = Seqs.seq(features); s != null; s = s.next()) {
            if (!(s.first() instanceof Keyword k)) throw new IllegalArgumentException("Feature should be a keyword: " + s.first());
            out.add(k);
        }
        return out;
    }
}
