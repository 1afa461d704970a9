package dev.mino.runtime.lang;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Supplier;

/** Small Fn helpers for the collection tests. */
final class TestFns {
    private TestFns() {}

    static Fn fn0(Supplier<Object> body) {
        return new Fn() {
            @Override public Object invoke() { return body.get(); }
        };
    }

    static Fn fn2(BiFunction<Object, Object, Object> body) {
        return new Fn() {
            @Override public Object invoke(Object a, Object b) { return body.apply(a, b); }
        };
    }

    /** (fn [acc x] (+ acc x)) over longs. */
    static final Fn PLUS = fn2((a, b) -> (Long) a + (Long) b);

    /** (fn [acc k v] (conj acc [k v])) into a java list, for checking kv order. */
    static Fn collectKv(List<Object> out) {
        return new Fn() {
            @Override public Object invoke(Object acc, Object k, Object v) {
                out.add(PersistentVector.of(k, v));
                return acc;
            }
        };
    }

    static List<Object> toList(ISeq s) {
        List<Object> out = new ArrayList<>();
        for (; s != null; s = s.next()) out.add(s.first());
        return out;
    }

    static Keyword kw(String name) { return Keyword.of(name); }

    /** A key whose hasheq is chosen by the test, to force trie collisions. Equal by id. */
    record CollidingKey(int id, int hash) implements IHashEq {
        @Override public int hasheq() { return hash; }
    }
}
