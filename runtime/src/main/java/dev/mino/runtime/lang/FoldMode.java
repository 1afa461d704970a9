package dev.mino.runtime.lang;

/** What a map's internal reduction hands to f: the entry, the key alone, or key and value. */
enum FoldMode {
    ENTRIES, KEYS, KEY_VALS;

    Object step(Fn f, Object acc, Object key, Object val) {
        return switch (this) {
            case KEY_VALS -> f.invoke(acc, key, val);
            case KEYS -> f.invoke(acc, key);
            case ENTRIES -> f.invoke(acc, new MapEntry(key, val));
        };
    }
}
