package dev.mino.runtime.lang;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The JVM-wide keyword interning table, shared by all states so keywords passed between them stay identical.
 * It holds keywords weakly: a script making keywords from data, (keyword (str i)), must not fill the heap.
 * A keyword nobody holds can be collected; interning its name again makes a new one, which no one can tell
 * from the old since nothing held it.
 */
final class KeywordTable {
    private final ConcurrentHashMap<Symbol, Entry> entries = new ConcurrentHashMap<>();
    private final ReferenceQueue<Keyword> collected = new ReferenceQueue<>();
    private final Function<Symbol, Keyword> make;

    KeywordTable(Function<Symbol, Keyword> make) {
        this.make = make;
    }

    /** A weak reference that remembers its key, so a collected keyword's entry is removed without a scan. */
    private static final class Entry extends WeakReference<Keyword> {
        final Symbol key;

        Entry(Symbol key, Keyword k, ReferenceQueue<Keyword> queue) {
            super(k, queue);
            this.key = key;
        }
    }

    /** The keyword for sym (without metadata), made if no live one exists. */
    Keyword intern(Symbol sym) {
        for (;;) {
            Entry old = entries.get(sym);
            Keyword k = old == null ? null : old.get();
            if (k != null) return k;
            purge();
            Keyword made = make.apply(sym);
            Entry mine = new Entry(sym, made, collected);
            // Lost a race (another thread interned it, or purged the dead entry): look again.
            if (old == null ? entries.putIfAbsent(sym, mine) == null : entries.replace(sym, old, mine)) return made;
        }
    }

    /** The live keyword for sym, or null; never interns. */
    Keyword find(Symbol sym) {
        Entry e = entries.get(sym);
        return e == null ? null : e.get();
    }

    /** The keywords alive now, in no order: a snapshot (a REPL completes keyword names from it). */
    java.util.List<Keyword> live() {
        java.util.List<Keyword> out = new java.util.ArrayList<>(entries.size());
        for (Entry e : entries.values()) {
            Keyword k = e.get();
            if (k != null) out.add(k);
        }
        return out;
    }

    /** Drops the entries of collected keywords; only those, so the cost follows what the GC freed. */
    private void purge() {
        for (Reference<? extends Keyword> r; (r = collected.poll()) != null; ) {
            Entry e = (Entry) r;
            entries.remove(e.key, e);
        }
    }
}
