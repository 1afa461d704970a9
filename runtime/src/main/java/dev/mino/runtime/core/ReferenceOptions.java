package dev.mino.runtime.core;

import dev.mino.runtime.lang.ARef;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.Keyword;
import java.util.HashMap;
import java.util.Map;

/** The key/value options after a reference's initial value ((atom x :meta m :validator f), ref, agent). */
final class ReferenceOptions {
    private static final Keyword META = Keyword.of("meta");
    private static final Keyword VALIDATOR = Keyword.of("validator");

    private final Map<Keyword, Object> values = new HashMap<>();

    /** The options in a[from..]; keys Clojure does not know are ignored, as there. */
    ReferenceOptions(Object[] a, int from) {
        if ((a.length - from) % 2 != 0) throw new IllegalArgumentException("No value supplied for key: " + a[a.length - 1]);
        for (int i = from; i < a.length; i += 2) {
            if (a[i] instanceof Keyword k) values.put(k, a[i + 1]);
        }
    }

    Object get(String key) { return values.get(Keyword.of(key)); }

    boolean has(String key) { return values.containsKey(Keyword.of(key)); }

    /** Gives ref its :meta and :validator (which must accept the initial value). */
    <T extends ARef> T setUp(T ref) {
        Object meta = values.get(META);
        if (meta != null) ref.resetMeta(StateFns.cast(meta, IPersistentMap.class, "clojure.lang.IPersistentMap"));
        Object validator = values.get(VALIDATOR);
        if (validator != null) ref.setValidator(validator);
        return ref;
    }
}
