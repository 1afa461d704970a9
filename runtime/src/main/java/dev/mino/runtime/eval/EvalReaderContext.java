package dev.mino.runtime.eval;

import dev.mino.runtime.analyzer.ClassNames;
import dev.mino.runtime.core.Callables;
import dev.mino.runtime.lang.Colls;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.Namespace;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.UniqueIds;
import dev.mino.runtime.lang.Var;
import dev.mino.runtime.reader.ReaderContext;

/**
 * What the reader asks of the running state: the current namespace, aliases, syntax-quote resolution,
 * and the tag readers bound to *data-readers* and *default-data-reader-fn* on this thread.
 */
final class EvalReaderContext implements ReaderContext {
    private final Evaluator evaluator;

    EvalReaderContext(Evaluator evaluator) {
        this.evaluator = evaluator;
    }

    @Override public String currentNamespace() {
        return evaluator.currentNs().name().getName();
    }

    @Override public String resolveAlias(String alias) {
        Namespace ns = evaluator.currentNs().lookupAlias(Symbol.of(alias));
        if (ns != null) return ns.name().getName();
        return null;
    }

    /**
     * A bare symbol names the var it refers to here, a class, or else a var of the current namespace;
     * a dotted name is a class name and stays as written.
     */
    @Override public Symbol resolveSymbol(Symbol sym) {
        Namespace current = evaluator.currentNs();
        if (sym.hasNamespace()) {
            Namespace ns = current.lookupAlias(Symbol.of(sym.getNamespace()));
            if (ns != null) return Symbol.of(ns.name().getName(), sym.getName());
            String cls = resolveClass(sym.getNamespace());
            return cls == null ? sym : Symbol.of(cls, sym.getName());
        }
        Var v = current.lookup(sym);
        if (v != null) return v.qualifiedName();
        String cls = resolveClass(sym.getName());
        if (cls != null) return Symbol.of(cls);
        if (sym.getName().indexOf('.') > 0) return sym;
        return Symbol.of(current.name().getName(), sym.getName());
    }

    @Override public Fn dataReader(Symbol tag) {
        Object f = Colls.get(coreValue("*data-readers*"), tag);
        return f == null ? null : Callables.asFn(f);
    }

    @Override public Fn defaultDataReader() {
        Object f = coreValue("*default-data-reader-fn*");
        return f == null ? null : Callables.asFn(f);
    }

    private Object coreValue(String name) {
        Var v = evaluator.core.lookup(Symbol.of(name));
        return v == null ? null : v.deref();
    }

    @Override public UniqueIds ids() {
        return evaluator.ids();
    }

    @Override public String resolveClass(String name) {
        Class<?> c = ClassNames.resolve(Symbol.of(name));
        return c == null ? null : c.getName();
    }
}
