package dev.mino.runtime.core;

import dev.mino.runtime.lang.Colls;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IPersistentSet;
import dev.mino.runtime.lang.IPersistentVector;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Var;

/** What it means to call a value: fns, and maps, sets, vectors, symbols and vars used as functions. */
public final class Callables {
    private Callables() {}

    public static Fn asFn(Object target) {
        if (target instanceof Fn f) return f;
        return switch (target) {
            case IPersistentMap m -> new Builtin("map").a1(k -> m.valAt(k)).a2((k, nf) -> m.valAt(k, nf));
            case IPersistentSet s -> new Builtin("set").a1(k -> s.get(k)).a2((k, nf) -> s.contains(k) ? s.get(k) : nf);
            case IPersistentVector v -> new Builtin("vector").a1(i -> {
                if (!Numbers.isInteger(i)) throw new IllegalArgumentException("Key must be integer");
                return v.nth(Numbers.toIndex(i));
            });
            case Symbol s -> new Builtin(s.toString()).a1(m -> Colls.get(m, s)).a2((m, nf) -> Colls.get(m, s, nf));
            case Var v -> varFn(v);
            case dev.mino.runtime.lang.ITransientAssociative t -> new Builtin("transient").a1(k -> t.valAt(k)).a2((k, nf) -> t.valAt(k, nf));
            case dev.mino.runtime.lang.ITransientSet t -> new Builtin("transient-set").a1(k -> t.get(k))
                    .a2((k, nf) -> t.contains(k) ? t.get(k) : nf);
            case null -> throw new MinoException("Cannot call nil");
            default -> throw notAFunction(target);
        };
    }

    private static Fn varFn(Var v) {
        Object val = v.deref();
        if (val instanceof Var.Unbound) throw new MinoException("Attempting to call unbound fn: " + v);
        return asFn(val);
    }

    public static RuntimeException notAFunction(Object target) {
        if (target instanceof Var.Unbound u) return new MinoException("Attempting to call unbound fn: " + u.toString().substring(9));
        return new ClassCastException("class " + target.getClass().getName() + " cannot be cast to class clojure.lang.IFn");
    }
}
