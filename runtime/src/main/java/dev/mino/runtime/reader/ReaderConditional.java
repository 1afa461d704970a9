package dev.mino.runtime.reader;

import dev.mino.runtime.lang.IPersistentList;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.IPersistentVector;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Seqs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The state of one #?(...) being read: which branch won. The first branch whose feature is one of
 * the features read for (see {@link ReaderOptions}) or :default wins, in the order written.
 */
final class ReaderConditional {
    private static final Keyword DEFAULT = Keyword.of("default");
    private static final Set<Keyword> RESERVED = Set.of(Keyword.of("else"), Keyword.of("none"));

    private boolean matched;
    private Object value;
    private List<Object> leftover = List.of();

    /** Whether the branch of this feature is one to read; IllegalArgumentException if it is no feature. */
    static boolean selects(Object feature, Set<Keyword> features) {
        if (!(feature instanceof Keyword k)) throw new IllegalArgumentException("Feature should be a keyword: " + feature);
        if (RESERVED.contains(k)) throw new IllegalArgumentException("Feature name " + k + " is reserved.");
        return k == DEFAULT || features.contains(k);
    }

    /** Records the winning branch; leftover are forms it spliced (#?@ inside it) still to be read. */
    void take(Object form, List<Object> leftover) {
        this.matched = true;
        this.value = form;
        this.leftover = leftover;
    }

    boolean matched() { return matched; }
    Object value() { return value; }
    List<Object> leftover() { return leftover; }

    /** The elements #?@ splices: the branch must be a list or vector. */
    static List<Object> spliced(Object form) {
        if (form instanceof IPersistentVector || form instanceof IPersistentList || form instanceof ISeq) {
            List<Object> items = new ArrayList<>();
            for (ISeq s = Seqs.seq(form); s != null; s = s.next()) items.add(s.first());
            return items;
        }
        if (form instanceof List<?> list) return new ArrayList<>(list);
        throw new IllegalArgumentException("Spliced form list in read-cond-splicing must implement java.util.List");
    }
}
