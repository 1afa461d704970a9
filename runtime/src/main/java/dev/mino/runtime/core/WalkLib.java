package dev.mino.runtime.core;

import dev.mino.runtime.lang.IMapEntry;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IRecord;
import dev.mino.runtime.lang.MapEntry;

/**
 * What clojure.walk needs to know about values that mino code cannot yet ask directly: whether a value
 * is a map entry or a record, and how to make an entry. Private vars of clojure.walk.
 */
final class WalkLib {
    private WalkLib() {}

    static void install(NativeNamespace ns) {
        ns.privateFn("entry?", "[x]").a1(x -> x instanceof IMapEntry);
        ns.privateFn("entry", "[k v]").a2(MapEntry::create);
        ns.privateFn("record-instance?", "[x]").a1(x -> x instanceof IRecord && x instanceof IPersistentMap);
    }
}
