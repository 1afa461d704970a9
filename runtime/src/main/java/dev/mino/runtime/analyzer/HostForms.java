package dev.mino.runtime.analyzer;

import dev.mino.runtime.interop.CallSite;
import dev.mino.runtime.interop.InteropAccess;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.PersistentQueue;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.Symbol;
import java.util.ArrayList;
import java.util.List;

/**
 * The Java interop special forms, (. target member args*) and (new Type args*), and the class-name
 * resolution they rely on. Member access is checked against the state's InteropAccess when a call site
 * first resolves a member.
 */
final class HostForms {
    private final Analyzer an;
    private final InteropAccess access;

    HostForms(Analyzer an, InteropAccess access) {
        this.an = an;
        this.access = access;
    }

    /** (. target member args*) or (. target (member args*)). */
    Node dot(ISeq form, Ctx ctx) {
        if (Seqs.count(form) < 3) throw new CompileException("Malformed member expression, expecting (. target member ...)", ctx.pos());
        Object target = form.next().first();
        Object memberForm = form.next().next().first();
        ISeq argForms = form.next().next().next();
        if (memberForm instanceof ISeq call && call.first() instanceof Symbol) {
            memberForm = call.first();
            argForms = call.next();
        }
        if (!(memberForm instanceof Symbol memberSym)) {
            throw new CompileException("Malformed member expression: member must be a symbol", ctx.pos());
        }
        String member = memberSym.getName();
        List<Node> args = new ArrayList<>();
        for (ISeq a = argForms; a != null; a = a.next()) args.add(an.analyze(a.first(), ctx.expr()));
        Class<?> staticType = target instanceof Symbol s && ctx.env().lookup(s) == null ? resolveClass(s) : null;
        if (staticType != null) {
            if (member.startsWith("-")) return staticField(staticType, member.substring(1), ctx);
            if (args.isEmpty() && dev.mino.runtime.interop.Reflector.hasStaticField(staticType, member)) {
                return staticField(staticType, member, ctx);
            }
            return new HostCallNode(null, List.copyOf(args),
                    new CallSite(CallSite.Kind.STATIC_METHOD, staticType, member, access), ctx.pos());
        }
        Node targetNode = an.analyze(target, ctx.expr());
        if (member.startsWith("-")) {
            if (!args.isEmpty()) throw new CompileException("Field access takes no arguments: " + member, ctx.pos());
            return new HostFieldNode(targetNode, new CallSite(CallSite.Kind.INSTANCE_FIELD, null, member.substring(1), access), ctx.pos());
        }
        return new HostCallNode(targetNode, List.copyOf(args), new CallSite(CallSite.Kind.INSTANCE_METHOD, null, member, access), ctx.pos());
    }

    Node staticField(Class<?> c, String field, Ctx ctx) {
        // The empty queue is mino's own value, reachable only this way in Clojure: no interop grant needed.
        if (c == PersistentQueue.class && field.equals("EMPTY")) return new ConstNode(PersistentQueue.EMPTY, ctx.pos());
        return new HostFieldNode(null, new CallSite(CallSite.Kind.STATIC_FIELD, c, field, access), ctx.pos());
    }

    /** (new Type args*): Type names a class, or evaluates to a record/deftype type. */
    Node newForm(ISeq form, Ctx ctx) {
        if (Seqs.count(form) < 2) throw new CompileException("Wrong number of args to new, expecting (new Classname args...)", ctx.pos());
        Object typeForm = form.next().first();
        Class<?> c = typeForm instanceof Symbol s && ctx.env().lookup(s) == null ? resolveClass(s) : null;
        Node type = c != null ? new ConstNode(c, ctx.pos()) : an.analyze(typeForm, ctx.expr());
        List<Node> args = new ArrayList<>();
        for (ISeq a = form.next().next(); a != null; a = a.next()) args.add(an.analyze(a.first(), ctx.expr()));
        return new HostNewNode(type, List.copyOf(args), new CallSite(CallSite.Kind.CONSTRUCTOR, c, "new", access), ctx.pos());
    }

    /**
     * The class a symbol names here: an import of the current namespace, a java.lang or mino alias name,
     * or a fully qualified name. Null if none (then the symbol is an ordinary expression).
     */
    Class<?> resolveClass(Symbol s) {
        if (s.hasNamespace()) return null;
        Class<?> imported = an.currentNs.lookupImport(s.getName());
        if (imported != null) return imported;
        Class<?> c = ClassNames.resolve(s);
        if (c != null) return c;
        if (s.getName().indexOf('.') > 0 && an.lookupVar(s) == null) {
            try {
                return Class.forName(s.getName(), false, HostForms.class.getClassLoader());
            } catch (ClassNotFoundException | LinkageError e) {
                return access.generatedClass(s.getName());
            }
        }
        return null;
    }
}
