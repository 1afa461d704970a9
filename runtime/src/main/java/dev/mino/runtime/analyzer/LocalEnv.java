package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Symbol;

/** The locals in scope at a point of analysis: an immutable chain, innermost first. */
final class LocalEnv {
    static final LocalEnv EMPTY = new LocalEnv(null, null, null);

    private final Symbol name;
    private final LocalBinding binding;
    private final LocalEnv next;

    private LocalEnv(Symbol name, LocalBinding binding, LocalEnv next) {
        this.name = name;
        this.binding = binding;
        this.next = next;
    }

    LocalEnv bind(Symbol sym, LocalBinding b) { return new LocalEnv(sym, b, this); }

    LocalBinding lookup(Symbol sym) {
        for (LocalEnv e = this; e.name != null; e = e.next) {
            if (e.name.equals(sym)) return e.binding;
        }
        return null;
    }

    /** &env for macros: local symbol -> its binding, innermost shadowing outer. */
    IPersistentMap asMap() {
        IPersistentMap m = PersistentArrayMap.EMPTY;
        for (LocalEnv e = this; e.name != null; e = e.next) {
            if (!m.containsKey(e.name)) m = m.assoc(e.name, e.binding);
        }
        return m;
    }
}
