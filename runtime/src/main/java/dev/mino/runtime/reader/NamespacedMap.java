package dev.mino.runtime.reader;

import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Symbol;
import java.util.ArrayList;
import java.util.List;

/** #:ns{...} map literals: the namespace prefix and the qualification of the keys. */
final class NamespacedMap {
    private NamespacedMap() {}

    /** The namespace #:name / #::name / #:: stands for, or null when it names none. */
    static String namespace(String name, boolean auto, ReaderContext ctx) {
        if (name.indexOf('/') >= 0) return null;
        if (!auto) return name.isEmpty() ? null : name;
        return name.isEmpty() ? ctx.currentNamespace() : ctx.resolveAlias(name);
    }

    /** Keys (even positions): unqualified keywords/symbols get ns; those in namespace _ lose theirs. */
    static List<Object> qualifyKeys(List<Object> kvs, String ns) {
        List<Object> out = new ArrayList<>(kvs.size());
        for (int i = 0; i < kvs.size(); i += 2) {
            out.add(qualify(kvs.get(i), ns));
            out.add(kvs.get(i + 1));
        }
        return out;
    }

    private static Object qualify(Object key, String ns) {
        if (key instanceof Keyword k) {
            if (k.getNamespace() == null) return Keyword.of(ns, k.getName());
            if (k.getNamespace().equals("_")) return Keyword.of(null, k.getName());
        } else if (key instanceof Symbol s) {
            if (s.getNamespace() == null) return Symbol.of(ns, s.getName()).withMeta(s.meta());
            if (s.getNamespace().equals("_")) return Symbol.of(null, s.getName()).withMeta(s.meta());
        }
        return key;
    }
}
