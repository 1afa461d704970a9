package dev.mino.runtime.core;

import dev.mino.runtime.analyzer.ClassNames;
import dev.mino.runtime.lang.Associative;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IPersistentCollection;
import dev.mino.runtime.lang.IPersistentList;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IPersistentSet;
import dev.mino.runtime.lang.IPersistentVector;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Reversible;
import dev.mino.runtime.lang.Seqable;
import dev.mino.runtime.lang.Sequential;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Truth;
import dev.mino.runtime.lang.Var;

/** Type predicates, identity, and type/class/instance?. */
final class PredicateFns {
    private PredicateFns() {}

    static void install(CoreLibrary lib) {
        lib.fn("nil?").a1(x -> x == null);
        lib.fn("some?").a1(x -> x != null);
        lib.fn("true?").a1(x -> Boolean.TRUE.equals(x));
        lib.fn("false?").a1(x -> Boolean.FALSE.equals(x));
        lib.fn("not").a1(x -> !Truth.isTruthy(x));
        lib.fn("boolean").a1(Truth::isTruthy);
        lib.fn("boolean?").a1(x -> x instanceof Boolean);
        lib.fn("string?").a1(x -> x instanceof String);
        lib.fn("char?").a1(x -> x instanceof Character);
        lib.fn("keyword?").a1(x -> x instanceof Keyword);
        lib.fn("symbol?").a1(x -> x instanceof Symbol);
        lib.fn("simple-symbol?").a1(x -> x instanceof Symbol s && !s.hasNamespace());
        lib.fn("qualified-symbol?").a1(x -> x instanceof Symbol s && s.hasNamespace());
        lib.fn("simple-keyword?").a1(x -> x instanceof Keyword k && k.getNamespace() == null);
        lib.fn("qualified-keyword?").a1(x -> x instanceof Keyword k && k.getNamespace() != null);
        lib.fn("ident?").a1(x -> x instanceof Keyword || x instanceof Symbol);
        // fn? is true for functions made by fn and the core's builtins, not for other callables.
        lib.fn("fn?").a1(x -> x instanceof Fn && !(x instanceof Keyword) && !(x instanceof dev.mino.runtime.lang.MultiFn)
                && !(x instanceof Promise) && !(x instanceof dev.mino.runtime.lang.TypedInstance));
        lib.fn("ifn?").a1(x -> x instanceof Fn || x instanceof IPersistentMap || x instanceof IPersistentSet
                || x instanceof IPersistentVector || x instanceof Symbol || x instanceof Var);
        lib.fn("map?").a1(x -> x instanceof IPersistentMap);
        lib.fn("vector?").a1(x -> x instanceof IPersistentVector);
        lib.fn("set?").a1(x -> x instanceof IPersistentSet);
        lib.fn("list?").a1(x -> x instanceof IPersistentList);
        lib.fn("seq?").a1(x -> x instanceof ISeq);
        lib.fn("coll?").a1(x -> x instanceof IPersistentCollection);
        lib.fn("seqable?").a1(x -> x == null || x instanceof Seqable || x instanceof String || x instanceof Iterable
                || (x != null && x.getClass().isArray()) || x instanceof java.util.Map);
        lib.fn("sequential?").a1(x -> x instanceof Sequential);
        lib.fn("associative?").a1(x -> x instanceof Associative);
        lib.fn("reversible?").a1(x -> x instanceof Reversible);
        lib.privateFn("editable?").a1(x -> x instanceof dev.mino.runtime.lang.IEditableCollection);
        lib.fn("var?").a1(x -> x instanceof Var);
        lib.fn("identical?").a2((a, b) -> a == b || (a instanceof Long x && b instanceof Long y && x.longValue() == y.longValue()
                && x >= -128 && x <= 127));
    }
}
