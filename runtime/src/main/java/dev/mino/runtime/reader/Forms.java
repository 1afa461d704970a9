package dev.mino.runtime.reader;

import dev.mino.runtime.lang.IPersistentList;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.PersistentHashSet;
import dev.mino.runtime.lang.PersistentList;
import dev.mino.runtime.lang.PersistentVector;
import java.util.List;

/** Building the collections the reader returns, with Clojure's literal rules (duplicate keys are errors). */
final class Forms {
    static final PersistentList EMPTY_LIST = PersistentList.EMPTY;

    private Forms() {}

    static PersistentList list(List<Object> items) {
        return PersistentList.create(items);
    }

    static PersistentList list(Object... items) {
        return PersistentList.create(items);
    }

    static PersistentVector vector(List<Object> items) {
        return PersistentVector.fromList(items);
    }

    /**
     * A map literal from its keys and values in order: an array map in that order up to 8 entries, a hash
     * map beyond. IllegalArgumentException("Duplicate key: k").
     */
    static IPersistentMap map(List<Object> kvs) {
        return PersistentArrayMap.createWithCheck(kvs.toArray());
    }

    /** A set literal; IllegalArgumentException("Duplicate key: k"). */
    static Object set(List<Object> items) {
        return PersistentHashSet.createWithCheck(items.toArray());
    }

    static IPersistentMap arrayMap(Object... kvs) {
        return PersistentArrayMap.createWithCheck(kvs);
    }

    /** Lists and seqs: the forms that get :line/:column metadata. */
    static boolean isList(Object form) {
        return form instanceof IPersistentList || form instanceof ISeq;
    }
}
