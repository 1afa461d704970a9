package dev.mino.runtime.printer;

import dev.mino.runtime.lang.DefinedType;
import dev.mino.runtime.lang.IMapEntry;
import dev.mino.runtime.lang.IPersistentCollection;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.Namespace;
import dev.mino.runtime.lang.PersistentHashMap;
import dev.mino.runtime.lang.PersistentTreeSet;
import dev.mino.runtime.lang.Printing;
import dev.mino.runtime.lang.Record;
import dev.mino.runtime.lang.Var;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * What pr prints under *print-dup* where that differs from its ordinary text, as Clojure 1.12 prints it:
 * values whose type the reader cannot tell from their literal (boxed ints, array maps, sorted collections,
 * Java collections, records, classes, vars, namespaces) as #=(...) forms that name the type, for Clojure's
 * reader with *read-eval* to rebuild them. mino's own reader rejects #=; this is for Clojure's.
 */
final class DupForms {
    private DupForms() {}

    /** Prints x's *print-dup* form and answers true, or answers false when it is x's ordinary text. */
    static boolean print(Object x, Printer p) {
        switch (x) {
            case Integer _, Short _, Byte _, Float _ -> constructorCall(x.getClass().getName(), x.toString(), p);
            case Record r -> recordValues(r, p);
            case IMapEntry e when x instanceof IPersistentCollection -> {
                p.append("#=(").append(Printing.className(x.getClass())).append("/create ");
                p.printSequence("[", Arrays.asList(e.key(), e.val()).iterator(), "]");
                p.append(')');
            }
            case PersistentHashMap _ -> {
                return false;
            }
            case IPersistentMap m -> {
                p.append("#=(").append(Printing.className(x.getClass())).append("/create ");
                p.printMap("{", m.iterator());
                p.append(')');
            }
            case PersistentTreeSet s -> {
                p.append("#=(").append(Printing.className(x.getClass())).append("/create ");
                p.printSequence("[", new SeqItems(s.seq()), "]");
                p.append(')');
            }
            case IPersistentCollection _ -> {
                return false;
            }
            case Map<?, ?> m -> {
                p.append("#=(").append(x.getClass().getName()).append(". ");
                p.printMap("{", m.entrySet().iterator());
                p.append(')');
            }
            case Collection<?> c -> {
                p.append("#=(").append(x.getClass().getName()).append(". ");
                p.printSequence("[", c.iterator(), "]");
                p.append(')');
            }
            case Class<?> c -> p.append("#=").append(c.getName());
            case DefinedType t -> p.append("#=").append(t.typeName());
            case Var v -> p.append("#=(var ").append(v.qualifiedName().toString()).append(')');
            case Namespace ns -> p.append("#=(find-ns ").append(ns.name().toString()).append(')');
            default -> {
                return false;
            }
        }
        return true;
    }

    /** #=(java.lang.Integer. "1"): a call of the class's constructor of one string. */
    private static void constructorCall(String className, String text, Printer p) {
        p.append("#=(").append(className).append(". ");
        p.printValue(text);
        p.append(')');
    }

    /** #ns.Type[v1, v2]: every value of the record in order, its extra keys' values after its fields', as Clojure. */
    private static void recordValues(Record r, Printer p) {
        p.append('#').append(r.definedType().typeName()).append('[');
        boolean first = true;
        for (Object o : r) {
            if (!first) p.append(", ");
            first = false;
            p.printValue(((IMapEntry) o).val());
        }
        p.append(']');
    }
}
