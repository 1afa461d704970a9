package dev.mino.runtime.printer;

import dev.mino.runtime.lang.Atom;
import dev.mino.runtime.lang.CallableInstance;
import dev.mino.runtime.lang.DefinedType;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IPersistentSet;
import dev.mino.runtime.lang.IPersistentVector;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.MultiFn;
import dev.mino.runtime.lang.Namespace;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.PersistentQueue;
import dev.mino.runtime.lang.Protocol;
import dev.mino.runtime.lang.Record;
import dev.mino.runtime.lang.ReifyInstance;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.TypeInstance;
import dev.mino.runtime.lang.TypedInstance;
import dev.mino.runtime.lang.Var;
import java.util.HashMap;
import java.util.Map;

/**
 * How the runtime's own types print, as Clojure prints their counterparts: vars, namespaces, atoms, fns,
 * multimethods, records, protocols, deftype and reify instances. One JVM-wide, immutable table: it is fixed
 * when the printer loads and runs no state's code, so mino code can neither change it nor reach another
 * state through it (print-method methods are per state, {@link StatePrintMethods}). The types of other
 * runtime packages print themselves ({@link Printable}).
 */
final class BuiltinPrintMethods {
    private static final PrintMethodTable TABLE = new PrintMethodTable(methods());
    private static final String[] PROTOCOL_KEYS = {"on", "on-interface", "sigs", "var", "method-map"};
    private static final Keyword IMPLS = Keyword.of("impls");

    private BuiltinPrintMethods() {}

    /** The method for values of class c, or null. */
    static PrintMethod lookup(Class<?> c) {
        return TABLE.lookup(c);
    }

    private static Map<Class<?>, PrintMethod> methods() {
        Map<Class<?>, PrintMethod> m = new HashMap<>();
        m.put(Var.class, (x, p) -> p.append(x.toString()));
        m.put(Var.Unbound.class, (x, p) -> p.printObject("clojure.lang.Var$Unbound", x, x.toString()));
        m.put(Namespace.class, (x, p) -> p.printObject("clojure.lang.Namespace", x, x.toString()));
        m.put(Atom.class, (x, p) -> p.printReference("clojure.lang.Atom", (Atom) x));
        m.put(Fn.class, BuiltinPrintMethods::fn);
        m.put(MultiFn.class, (x, p) -> p.printObject("clojure.lang.MultiFn", x, "clojure.lang.MultiFn@" + hash(x)));
        // Clojure has no print-method for queues: they print as any Java object does.
        m.put(PersistentQueue.class, (x, p) -> p.printObject("clojure.lang.PersistentQueue", x, x.toString()));
        m.put(Record.class, (x, p) -> p.printMap("#" + ((Record) x).definedType().typeName() + "{", ((Record) x).iterator()));
        m.put(DefinedType.class, (x, p) -> p.append(((DefinedType) x).typeName()));
        m.put(Protocol.class, (x, p) -> p.printValue(protocolAsMap((Protocol) x)));
        m.put(TypeInstance.class, BuiltinPrintMethods::instance);
        m.put(ReifyInstance.class, BuiltinPrintMethods::instance);
        m.put(CallableInstance.class, BuiltinPrintMethods::instance);
        m.put(TypedInstance.class, BuiltinPrintMethods::instance);
        return m;
    }

    /** A fn prints as the object of the class Clojure would compile it to, ns$name. */
    private static void fn(Object x, Printer p) {
        String cls = ((Fn) x).name().replace('/', '$').replace('-', '_');
        p.printObject(cls, x, cls + "@" + hash(x));
    }

    /** A deftype/reify instance prints as #object[...], unless it implements a collection interface. */
    private static void instance(Object x, Printer p) {
        switch (x) {
            case IPersistentMap m -> p.printMap("{", m.iterator());
            case IPersistentVector v -> p.printSequence("[", new SeqItems(Seqs.seq(v)), "]");
            case IPersistentSet s -> p.printSequence("#{", new SeqItems(Seqs.seq(s)), "}");
            case ISeq s -> p.printSequence("(", new SeqItems(Seqs.seq(s)), ")");
            default -> p.printObject(((TypedInstance) x).definedType().typeName(), x, x.toString());
        }
    }

    private static IPersistentMap protocolAsMap(Protocol p) {
        IPersistentMap m = PersistentArrayMap.EMPTY;
        for (String k : PROTOCOL_KEYS) {
            Keyword kw = Keyword.of(k);
            m = m.assoc(kw, p.valAt(kw));
        }
        IPersistentMap impls = (IPersistentMap) p.valAt(IMPLS);
        return impls.count() == 0 ? m : m.assoc(IMPLS, impls);
    }

    private static String hash(Object x) {
        return Integer.toHexString(System.identityHashCode(x));
    }
}
