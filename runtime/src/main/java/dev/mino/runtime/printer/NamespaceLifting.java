package dev.mino.runtime.printer;

import dev.mino.runtime.lang.IMapEntry;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.MapEntry;
import dev.mino.runtime.lang.Symbol;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** *print-namespace-maps*: {:a/x 1, :a/y 2} prints as #:a{:x 1, :y 2} when every key shares namespace a. */
final class NamespaceLifting {
    private NamespaceLifting() {}

    /** The namespace all keys (keywords or symbols) share, or null. */
    static String commonNamespace(IPersistentMap m) {
        String ns = null;
        for (Object o : m) {
            String keyNs = namespaceOf(((IMapEntry) o).key());
            if (keyNs == null || (ns != null && !ns.equals(keyNs))) return null;
            ns = keyNs;
        }
        return ns;
    }

    private static String namespaceOf(Object key) {
        if (key instanceof Keyword k) return k.getNamespace();
        if (key instanceof Symbol s) return s.getNamespace();
        return null;
    }

    /** The entries with their keys stripped of the shared namespace. */
    static Iterator<Object> liftedEntries(IPersistentMap m) {
        List<Object> entries = new ArrayList<>(m.count());
        for (Object o : m) {
            IMapEntry e = (IMapEntry) o;
            Object key = e.key() instanceof Keyword k ? Keyword.of(k.getName()) : Symbol.of(((Symbol) e.key()).getName());
            entries.add(new MapEntry(key, e.val()));
        }
        return entries.iterator();
    }
}
