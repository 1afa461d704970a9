package dev.mino.runtime.core;

import dev.mino.runtime.lang.Atom;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Namespace;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Var;
import dev.mino.runtime.printer.PrintMethods;

/** How the runtime's own reference types print: as Clojure prints its counterparts. */
final class CorePrintMethods {
    private static final Keyword STATUS = Keyword.of("status");
    private static final Keyword VAL = Keyword.of("val");
    private static final Keyword READY = Keyword.of("ready");
    private static final Keyword PENDING = Keyword.of("pending");

    private CorePrintMethods() {}

    static void install() {
        PrintMethods.register(Var.class, (x, p) -> p.append(x.toString()));
        PrintMethods.register(Var.Unbound.class, (x, p) -> p.printObject("clojure.lang.Var$Unbound", x, x.toString()));
        PrintMethods.register(Class.class, (x, p) -> p.append(((Class<?>) x).getName()));
        PrintMethods.register(Namespace.class, (x, p) -> p.printObject("clojure.lang.Namespace", x, x.toString()));
        PrintMethods.register(Atom.class, (x, p) -> p.printObject("clojure.lang.Atom", x, state(((Atom) x).deref())));
        PrintMethods.register(Volatile.class, (x, p) -> p.printObject("clojure.lang.Volatile", x, state(((Volatile) x).deref())));
        PrintMethods.register(Delay.class, (x, p) -> {
            Delay d = (Delay) x;
            Object detail = d.isRealized() ? state(d.deref()) : PersistentArrayMap.EMPTY.assoc(STATUS, PENDING).assoc(VAL, null);
            p.printObject("clojure.lang.Delay", x, detail);
        });
        PrintMethods.register(Fn.class, (x, p) -> {
            if (x instanceof Keyword) {
                p.append(x.toString());
                return;
            }
            String cls = ((Fn) x).name().replace('/', '$').replace('-', '_');
            p.printObject(cls, x, cls + "@" + Integer.toHexString(System.identityHashCode(x)));
        });
    }

    private static Object state(Object val) {
        return PersistentArrayMap.EMPTY.assoc(STATUS, READY).assoc(VAL, val);
    }
}
