package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IPersistentSet;
import dev.mino.runtime.lang.IPersistentVector;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Symbol;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The clojure.core-qualified symbols a clojure.core macro put into one top-level form's expansion, by identity.
 * clojure.core's private helpers may be named only by the library's own code: its resources, and what its
 * macros produce. A symbol the user wrote is never one of these, even when it is spelled the same, so a
 * user can call (locking ...) but not clojure.core/run-locked; trust follows the code, not the name.
 */
final class LibrarySymbols {
    private static final String CORE = "clojure.core";

    private final Set<Symbol> introduced = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Records the core symbols in expansion that were not in form, the call that the library's macro expanded. */
    void recordExpansion(Object form, Object expansion) {
        Set<Symbol> given = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(form, given);
        Set<Symbol> produced = Collections.newSetFromMap(new IdentityHashMap<>());
        collect(expansion, produced);
        produced.removeAll(given);
        introduced.addAll(produced);
    }

    boolean introduced(Symbol sym) {
        return introduced.contains(sym);
    }

    private static void collect(Object form, Set<Symbol> into) {
        switch (form) {
            case Symbol s -> {
                if (CORE.equals(s.getNamespace())) into.add(s);
            }
            case ISeq seq -> {
                for (ISeq s = seq.seq(); s != null; s = s.next()) collect(s.first(), into);
            }
            case IPersistentVector v -> {
                for (int i = 0; i < v.count(); i++) collect(v.nth(i), into);
            }
            case IPersistentMap m -> {
                for (Object e : m) {
                    Map.Entry<?, ?> entry = (Map.Entry<?, ?>) e;
                    collect(entry.getKey(), into);
                    collect(entry.getValue(), into);
                }
            }
            case IPersistentSet set -> {
                for (ISeq s = set.seq(); s != null; s = s.next()) collect(s.first(), into);
            }
            case null, default -> { }
        }
    }
}
