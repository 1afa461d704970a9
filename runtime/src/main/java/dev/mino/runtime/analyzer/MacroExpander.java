package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IMeta;
import dev.mino.runtime.lang.IObj;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.SourcePosition;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Var;
import java.util.ArrayList;
import java.util.List;

/** One step of macroexpansion: calls a macro var's fn with &form, &env and the unevaluated args. */
final class MacroExpander {
    private final Analyzer analyzer;

    MacroExpander(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /** The expansion of form, or form itself (identical) when it is not a macro call. */
    Object expand1(Object form, LocalEnv env, SourcePosition pos) {
        if (!(form instanceof ISeq seq) || !(seq.first() instanceof Symbol op)) return form;
        if (!op.hasNamespace() && (env.lookup(op) != null || SpecialForms.isSpecial(op.getName()))) return form;
        Var v = analyzer.lookupVar(op);
        if (v == null) return interopSugar(seq, op);
        if (!analyzer.isMacro(v)) return form;
        analyzer.checkAccess(v, op, pos);
        List<Object> args = new ArrayList<>();
        args.add(form);
        args.add(env.asMap());
        for (ISeq a = seq.next(); a != null; a = a.next()) args.add(a.first());
        Object result;
        try {
            result = ((Fn) v.deref()).invokeN(args.toArray());
        } catch (CompileException | java.util.concurrent.CancellationException e) {
            // A stop (future-cancel, an embedder's cancel or deadline) is no error of the macro: it goes on as it is.
            throw e;
        } catch (MinoException e) {
            throw SourcePosition.attach(e, pos);
        } catch (RuntimeException | StackOverflowError e) {
            MinoException wrapped = new MinoException("Unexpected error macroexpanding " + op + ": " + e.getMessage(), e);
            throw SourcePosition.attach(wrapped, pos);
        }
        // A clojure.core macro as the library defined it (not one a user redefined) speaks for the library.
        // (The library's own text may name them anyway: nothing to record, which keeps loading it cheap.)
        if (!analyzer.libraryCode() && v.ns().name().getName().equals("clojure.core") && v.definedRoot() != null) {
            analyzer.librarySymbols.recordExpansion(form, result);
        }
        return keepPosition(result, seq);
    }

    /**
     * Clojure's interop shorthands: (.m x a) -> (. x m a) ((. (identity C) m a) for a class name C), (.-f x) -> (. x -f), (C. a) -> (new C a),
     * (C/m a) -> (. C m a). Anything else comes back unchanged.
     */
    private Object interopSugar(ISeq form, Symbol op) {
        String name = op.getName();
        if (!op.hasNamespace() && name.length() > 1 && name.charAt(0) == '.' && !name.equals("..")) {
            if (form.next() == null) throw new CompileException("Malformed member expression, expecting (" + name + " target ...)", null);
            Object target = form.next().first();
            // As in Clojure, (.m Classname) calls the instance method m of the Class object, not a static method.
            if (target instanceof Symbol s && analyzer.host.resolveClass(s) != null) target = Seqs.list(IDENTITY, target);
            return Seqs.cons(DOT, Seqs.cons(target, Seqs.cons(Symbol.of(name.substring(1)), form.next().next())));
        }
        if (!op.hasNamespace() && name.length() > 1 && name.endsWith(".") && !name.equals("..")) {
            return Seqs.cons(NEW, Seqs.cons(Symbol.of(name.substring(0, name.length() - 1)), form.next()));
        }
        if (op.hasNamespace() && analyzer.namespaceFor(op.getNamespace()) == null
                && analyzer.host.resolveClass(Symbol.of(op.getNamespace())) != null) {
            return Seqs.cons(DOT, Seqs.cons(Symbol.of(op.getNamespace()), Seqs.cons(Symbol.of(name), form.next())));
        }
        return form;
    }

    private static final Symbol DOT = Symbol.of(".");
    private static final Symbol NEW = Symbol.of("new");
    private static final Symbol IDENTITY = Symbol.of("clojure.core", "identity");

    /** A macro's output list inherits the call's :line/:column so errors point at the call. */
    private static Object keepPosition(Object result, ISeq call) {
        IPersistentMap callMeta = call instanceof IMeta cm ? cm.meta() : null;
        if (callMeta == null || !callMeta.containsKey(Analyzer.LINE)) return result;
        if (!(result instanceof ISeq) || !(result instanceof IObj o) || Seqs.seq(result) == null) return result;
        IPersistentMap m = o.meta();
        if (m != null && m.containsKey(Analyzer.LINE)) return result;
        IPersistentMap merged = m == null ? PersistentArrayMap.EMPTY : m;
        merged = merged.assoc(Analyzer.LINE, callMeta.valAt(Analyzer.LINE)).assoc(Analyzer.COLUMN, callMeta.valAt(Analyzer.COLUMN));
        return o.withMeta(merged);
    }
}
