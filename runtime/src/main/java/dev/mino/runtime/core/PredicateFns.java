package dev.mino.runtime.core;

import dev.mino.runtime.analyzer.ClassNames;
import dev.mino.runtime.lang.Seqs;
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
import dev.mino.runtime.lang.Sequential;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Truth;
import dev.mino.runtime.lang.Var;

/** Type predicates, identity, and type/class/instance?. */
final class PredicateFns {
    private PredicateFns() {}

    static void install(CoreLibrary lib) {
        lib.fn("nil?", "[x]", "True when x is nil.").a1(x -> x == null);
        lib.fn("some?", "[x]", "True when x is not nil.").a1(x -> x != null);
        lib.fn("true?", "[x]", "True when x is the value true.").a1(x -> Boolean.TRUE.equals(x));
        lib.fn("false?", "[x]", "True when x is the value false.").a1(x -> Boolean.FALSE.equals(x));
        lib.fn("not", "[x]", "True when x is false or nil, false otherwise.").a1(x -> !Truth.isTruthy(x));
        lib.fn("boolean", "[x]", "false for nil and false, true for every other value.").a1(Truth::isTruthy);
        lib.fn("boolean?", "[x]", "True when x is a Boolean.").a1(x -> x instanceof Boolean);
        lib.fn("string?", "[x]", "True when x is a String.").a1(x -> x instanceof String);
        lib.fn("char?", "[x]", "True when x is a Character.").a1(x -> x instanceof Character);
        lib.fn("keyword?", "[x]", "True when x is a keyword.").a1(x -> x instanceof Keyword);
        lib.fn("symbol?", "[x]", "True when x is a symbol.").a1(x -> x instanceof Symbol);
        lib.fn("simple-symbol?", "[x]", "True when x is a symbol without a namespace.")
                .a1(x -> x instanceof Symbol s && !s.hasNamespace());
        lib.fn("qualified-symbol?", "[x]", "True when x is a symbol with a namespace.")
                .a1(x -> x instanceof Symbol s && s.hasNamespace());
        lib.fn("simple-keyword?", "[x]", "True when x is a keyword without a namespace.")
                .a1(x -> x instanceof Keyword k && k.getNamespace() == null);
        lib.fn("qualified-keyword?", "[x]", "True when x is a keyword with a namespace.")
                .a1(x -> x instanceof Keyword k && k.getNamespace() != null);
        lib.fn("ident?", "[x]", "True when x is a symbol or a keyword.").a1(x -> x instanceof Keyword || x instanceof Symbol);
        // fn? is true for functions made by fn and the core's builtins, not for other callables (Fn.isFunction).
        lib.fn("fn?", "[x]", "True when x is a function made by fn (or a builtin), not merely something callable.")
                .a1(x -> x instanceof Fn f && f.isFunction());
        lib.fn("ifn?", "[x]", "True when x can be called: functions, keywords, symbols, vars, maps, sets and vectors.")
                .a1(x -> x instanceof Fn || x instanceof IPersistentMap || x instanceof IPersistentSet
                || x instanceof IPersistentVector || x instanceof Symbol || x instanceof Var);
        lib.fn("map?", "[x]", "True when x is a persistent map.").a1(x -> x instanceof IPersistentMap);
        lib.fn("vector?", "[x]", "True when x is a vector.").a1(x -> x instanceof IPersistentVector);
        lib.fn("set?", "[x]", "True when x is a persistent set.").a1(x -> x instanceof IPersistentSet);
        lib.fn("list?", "[x]", "True when x is a list.").a1(x -> x instanceof IPersistentList);
        lib.fn("seq?", "[x]", "True when x is a seq.").a1(x -> x instanceof ISeq);
        lib.fn("coll?", "[x]", "True when x is a persistent collection.").a1(x -> x instanceof IPersistentCollection);
        lib.fn("seqable?", "[x]", "True when seq accepts x: nil, collections, strings, arrays, Iterables and Java maps.")
                .a1(Seqs::isSeqable);
        lib.fn("sequential?", "[coll]", "True when coll keeps its items in a defined order: lists, vectors, seqs.")
                .a1(x -> x instanceof Sequential);
        lib.fn("associative?", "[coll]", "True when coll maps keys to values: maps and vectors.")
                .a1(x -> x instanceof Associative);
        lib.fn("reversible?", "[coll]", "True when rseq works on coll: vectors and sorted collections.")
                .a1(x -> x instanceof Reversible);
        lib.privateFn("editable?").a1(x -> x instanceof dev.mino.runtime.lang.IEditableCollection);
        lib.fn("var?", "[v]", "True when v is a var.").a1(x -> x instanceof Var);
        lib.fn("identical?", "[x y]", "True when x and y are the same object.")
                .a2((a, b) -> a == b || (a instanceof Long x && b instanceof Long y && x.longValue() == y.longValue()
                && x >= -128 && x <= 127));
    }
}
