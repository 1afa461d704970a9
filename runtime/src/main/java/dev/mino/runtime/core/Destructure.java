package dev.mino.runtime.core;

import dev.mino.runtime.lang.IMapEntry;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IPersistentVector;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.PersistentVector;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.UniqueIds;
import dev.mino.runtime.printer.Printer;
import java.util.ArrayList;
import java.util.List;

/**
 * clojure.core/destructure: rewrites a binding vector whose targets may be vector or map patterns into
 * one of plain symbols, as let, loop and fn use.
 */
final class Destructure {
    private static final Symbol AMP = Symbol.of("&");
    private static final Keyword AS = Keyword.of("as");
    private static final Keyword OR = Keyword.of("or");
    private static final Keyword KEYS = Keyword.of("keys");
    private static final Keyword STRS = Keyword.of("strs");
    private static final Keyword SYMS = Keyword.of("syms");

    private final UniqueIds ids;
    private final List<Object> out = new ArrayList<>();

    private Destructure(UniqueIds ids) {
        this.ids = ids;
    }

    /** The rewritten bindings; ids is the state's counter, which names the temporaries (vec__12). */
    static Object expand(Object bindings, UniqueIds ids) {
        IPersistentVector v = (IPersistentVector) bindings;
        if (v.count() % 2 != 0) throw new IllegalArgumentException("let requires an even number of forms in binding vector");
        Destructure d = new Destructure(ids);
        for (int i = 0; i < v.count(); i += 2) d.bind(v.nth(i), v.nth(i + 1));
        return PersistentVector.of(d.out.toArray());
    }

    private void bind(Object target, Object value) {
        if (target instanceof Symbol s) {
            emit(s, value);
        } else if (target instanceof IPersistentVector v) {
            vector(v, value);
        } else if (target instanceof IPersistentMap m) {
            map(m, value);
        } else {
            throw new MinoException("Unsupported binding form: " + Printer.prStr(target));
        }
    }

    private void emit(Symbol s, Object value) {
        out.add(s);
        out.add(value);
    }

    private Symbol gensym(String prefix) {
        return Symbol.of(prefix + "__" + ids.next());
    }

    private static Object call(String fn, Object... args) {
        Object[] form = new Object[args.length + 1];
        form[0] = Symbol.of("clojure.core", fn);
        System.arraycopy(args, 0, form, 1, args.length);
        return Seqs.list(form);
    }

    private void vector(IPersistentVector pattern, Object value) {
        Symbol g = gensym("vec");
        emit(g, value);
        int n = 0;
        for (int i = 0; i < pattern.count(); i++) {
            Object p = pattern.nth(i);
            if (AMP.equals(p)) {
                if (i + 1 >= pattern.count()) throw new MinoException("Unsupported binding form, missing rest binding after &");
                bind(pattern.nth(i + 1), call("nthnext", g, (long) n));
                i++;
            } else if (p == AS) {
                if (i + 1 >= pattern.count()) throw new MinoException("Unsupported binding form, missing name after :as");
                bind(pattern.nth(i + 1), g);
                i++;
            } else {
                bind(p, call("nth", g, (long) n, null));
                n++;
            }
        }
    }

    private void map(IPersistentMap pattern, Object value) {
        Symbol g = gensym("map");
        emit(g, value);
        emit(g, Seqs.list(Symbol.of("if"), call("seq?", g), call("seq-to-map-for-destructuring", g), g));
        IPersistentMap defaults = (IPersistentMap) pattern.valAt(OR);
        Object as = pattern.valAt(AS);
        if (as != null) emit((Symbol) as, g);
        for (Object o : pattern) {
            IMapEntry e = (IMapEntry) o;
            Object k = e.key();
            if (k == AS || k == OR) continue;
            if (k instanceof Keyword kw && (kw.getName().equals("keys") || kw.getName().equals("strs") || kw.getName().equals("syms"))) {
                keyList(kw, e.val(), g, defaults);
            } else {
                Object local = k;
                bind(local, lookup(g, e.val(), local instanceof Symbol s ? s : null, defaults));
            }
        }
    }

    /** :keys [a b] / :strs / :syms — also :ns/keys [a] for namespaced keys. */
    private void keyList(Keyword kind, Object names, Symbol g, IPersistentMap defaults) {
        String nsPart = kind.getNamespace();
        for (var s = Seqs.seq(names); s != null; s = s.next()) {
            Object n = s.first();
            String ns = n instanceof Symbol sym ? sym.getNamespace() : n instanceof Keyword kw ? kw.getNamespace() : null;
            String name = n instanceof Symbol sym ? sym.getName() : n instanceof Keyword kw ? kw.getName() : null;
            if (name == null) throw new MinoException(kind.getName() + " binding names must be symbols: " + Printer.prStr(n));
            if (ns == null) ns = nsPart;
            Object key = switch (kind.getName()) {
                case "keys" -> Keyword.of(ns, name);
                case "strs" -> name;
                default -> Seqs.list(Symbol.of("quote"), Symbol.of(ns, name));
            };
            Symbol local = Symbol.of(name);
            emit(local, lookup(g, key, local, defaults));
        }
    }

    /** (get g key default?): key is a form, evaluated as Clojure does ({n k} looks up the value of k). */
    private static Object lookup(Symbol g, Object key, Symbol local, IPersistentMap defaults) {
        if (defaults != null && local != null && defaults.containsKey(local)) {
            return call("get", g, key, defaults.valAt(local));
        }
        return call("get", g, key);
    }
}
