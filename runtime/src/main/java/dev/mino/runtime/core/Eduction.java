package dev.mino.runtime.core;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IReduce;
import dev.mino.runtime.lang.Reduced;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.Sequential;
import dev.mino.runtime.printer.Printable;
import dev.mino.runtime.printer.Printer;
import java.util.Iterator;

/**
 * (eduction xform* coll): a recipe, not a collection. Every reduce or iteration applies the transducer to
 * coll afresh, so nothing is cached; it is sequential and seqable (through its iterator) and prints as a
 * list, like Clojure's Eduction.
 */
public final class Eduction implements IReduce, Sequential, Iterable<Object>, Printable {
    private final Fn xform;
    private final Object coll;

    public Eduction(Fn xform, Object coll) {
        this.xform = xform;
        this.coll = coll;
    }

    @Override public Iterator<Object> iterator() {
        return new TransformerIterator(xform, new Object[] {coll});
    }

    /** (reduce f init eduction) = (transduce xform (completing f) init coll). */
    @Override public Object reduce(Fn f, Object init) {
        Fn rf = Callables.asFn(xform.invoke(new Completing(f)));
        Object ret = Seqs.reduce(rf, init, coll);
        return rf.invoke(ret);
    }

    /** Without an init the first output seeds the reduction, as for any other iterable. */
    @Override public Object reduce(Fn f) { return IReduce.reduceItems(f, iterator()); }

    /** Prints as the seq of its items, as Clojure's print-method for Eduction does. */
    @Override public void printOn(Printer printer) {
        printer.printSequence("(", iterator(), ")");
    }

    /** Like Clojure's Eduction, which does not override toString: str gives the class name and hash. */
    @Override public String toString() {
        return "clojure.core.Eduction@" + Integer.toHexString(hashCode());
    }

    /** A reducing function whose completion arity is identity (completing f). */
    private static final class Completing extends Fn {
        private final Fn f;

        Completing(Fn f) { this.f = f; }

        @Override public Object invoke() { return f.invoke(); }
        @Override public Object invoke(Object acc) { return acc; }
        @Override public Object invoke(Object acc, Object x) { return f.invoke(acc, x); }
        @Override public String name() { return f.name(); }
    }
}
