package dev.mino.runtime.analyzer;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IPersistentVector;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.SourcePosition;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Syntax checks and analysis of each special form; one method per form. */
final class SpecialForms {
    private static final Set<String> NAMES = Set.of("def", "if", "do", "let*", "loop*", "recur", "fn*", "quote", "var",
            "throw", "try", "letfn*", "set!", "catch", "finally", "&", ".", "new", "case*");
    private static final Keyword DOC = Keyword.of("doc");
    private static final Keyword NS = Keyword.of("ns");
    private static final Keyword NAME = Keyword.of("name");
    private static final Keyword DYNAMIC = Keyword.of("dynamic");
    private static final Keyword DEFAULT = Keyword.of("default");
    /** Merges the fixed entries of a var's metadata into the evaluated user part. */
    private static final Fn MERGE_META = new Fn() {
        @Override public Object invoke(Object meta, Object fixed) {
            IPersistentMap m = (IPersistentMap) meta;
            for (Object o : (IPersistentMap) fixed) {
                var e = (dev.mino.runtime.lang.IMapEntry) o;
                m = m.assoc(e.key(), e.val());
            }
            return m;
        }
    };

    private final Analyzer an;
    /** The name of the var being defined, so a fn literal as its init is named after it. */
    private Symbol pendingDefName;

    SpecialForms(Analyzer analyzer) {
        this.an = analyzer;
    }

    static boolean isSpecial(String name) { return NAMES.contains(name); }

    /** The node for a special form, or null if name is not a special form. */
    Node analyze(String name, ISeq form, Ctx ctx) {
        return switch (name) {
            case "def" -> def(form, ctx);
            case "if" -> ifForm(form, ctx);
            case "do" -> body(form.next(), ctx);
            case "let*" -> let(form, ctx);
            case "loop*" -> loop(form, ctx);
            case "recur" -> recur(form, ctx);
            case "fn*" -> fn(form, ctx);
            case "quote" -> quote(form, ctx);
            case "var" -> theVar(form, ctx);
            case "throw" -> throwForm(form, ctx);
            case "try" -> tryForm(form, ctx);
            case "letfn*" -> letfn(form, ctx);
            case "set!" -> setBang(form, ctx);
            case "." -> an.host.dot(form, ctx);
            case "new" -> an.host.newForm(form, ctx);
            case "case*" -> caseForm(form, ctx);
            case "catch", "finally" -> throw error(name + " is only allowed inside try, after the body", ctx);
            case "&" -> throw error("& is only allowed in a parameter vector", ctx);
            default -> null;
        };
    }

    /** A sequence of forms: all but the last are statements; nil when empty. */
    Node body(ISeq forms, Ctx ctx) {
        if (forms == null) return new ConstNode(null, ctx.pos());
        if (forms.next() == null) return an.analyze(forms.first(), ctx);
        List<Node> statements = new ArrayList<>();
        Ctx ex = ctx.expr();
        for (; forms.next() != null; forms = forms.next()) statements.add(an.analyze(forms.first(), ex));
        return new DoNode(List.copyOf(statements), an.analyze(forms.first(), ctx), ctx.pos());
    }

    private Node def(ISeq form, Ctx ctx) {
        int n = Seqs.count(form);
        if (n < 2 || n > 4) throw error(n < 2 ? "Too few arguments to def" : "Too many arguments to def", ctx);
        if (!(Seqs.nth(form, 1) instanceof Symbol sym)) throw error("First argument to def must be a Symbol", ctx);
        if (sym.hasNamespace() && !sym.getNamespace().equals(an.currentNs.name().getName())) {
            throw error("Can't create defs outside of current ns", ctx);
        }
        Object doc = n == 4 ? Seqs.nth(form, 2) : null;
        if (n == 4 && !(doc instanceof String)) throw error("Too many arguments to def", ctx);
        Var v = an.currentNs.intern(Symbol.of(sym.getName()));
        IPersistentMap meta = sym.meta() == null ? PersistentArrayMap.EMPTY : sym.meta();
        if (Boolean.TRUE.equals(meta.valAt(DYNAMIC))) v.setDynamic(true);
        IPersistentMap fixed = PersistentArrayMap.EMPTY.assoc(Analyzer.LINE, ctx.pos().line()).assoc(Analyzer.COLUMN, ctx.pos().column())
                .assoc(Analyzer.FILE, ctx.pos().file()).assoc(NAME, Symbol.of(sym.getName())).assoc(NS, an.currentNs);
        if (doc != null) fixed = fixed.assoc(DOC, doc);
        Node init = null;
        if (n >= 3) {
            Object initForm = Seqs.nth(form, n - 1);
            Fn deferred = deferrable(v, initForm, ctx) ? an.deferral().defer(v, initForm, ctx.pos()) : null;
            init = deferred != null ? new ConstNode(deferred, ctx.pos()) : definedFn(v, initForm, ctx.expr());
        }
        // The symbol's metadata is evaluated (as Clojure does: ^{:arglists '([x])}); position, name and ns are added.
        Node metaNode = new InvokeNode(new ConstNode(MERGE_META, ctx.pos()),
                List.of(an.analyze(meta, ctx.expr()), new ConstNode(fixed, ctx.pos())), false, ctx.pos());
        return new DefNode(v, init, metaNode, ctx.pos());
    }

    /** def's init analyzed with the var's name as the name of the fn it makes (when it makes one). */
    Node definedFn(Var v, Object initForm, Ctx ctx) {
        Symbol saved = pendingDefName;
        pendingDefName = v.qualifiedName();
        try {
            return an.analyze(initForm, ctx);
        } finally {
            pendingDefName = saved;
        }
    }

    /**
     * Whether a def's fn may be analyzed at its first call (see {@link FnDeferral}): a fn form at top level,
     * closing over nothing, of a var that is not dynamic. A macro's fn (taking &form first) only when the var
     * is new: its body is then analyzed with the var not yet a macro, as here; a redefined macro's body would
     * expand through the older definition here, but through itself later.
     */
    private boolean deferrable(Var v, Object initForm, Ctx ctx) {
        if (an.deferral() == null || ctx.fn().parent() != null || ctx.env() != LocalEnv.EMPTY || ctx.recurTarget() != null
                || v.isDynamic() || v.isMacro()) {
            return false;
        }
        if (!(initForm instanceof ISeq seq) || !(seq.first() instanceof Symbol head) || !namesFn(head)) return false;
        ISeq rest = seq.next();
        if (rest != null && rest.first() instanceof Symbol) rest = rest.next();  // the fn's own name
        if (rest == null) return false;
        Object params = rest.first() instanceof ISeq arity ? arity.first() : rest.first();
        if (!(params instanceof IPersistentVector pv)) return false;
        boolean macroFn = pv.count() > 0 && pv.nth(0) instanceof Symbol p && p.getName().equals("&form");
        return !macroFn || !v.hasRoot();
    }

    /** fn* itself, or clojure.core's fn macro. */
    private boolean namesFn(Symbol head) {
        if (head.getName().equals("fn*") && !head.hasNamespace()) return true;
        if (!head.getName().equals("fn")) return false;
        Var fn = an.lookupVar(head);
        return fn != null && fn.isMacro() && Analyzer.isCore(fn);
    }

    private Node ifForm(ISeq form, Ctx ctx) {
        int n = Seqs.count(form);
        if (n < 3) throw error("Too few arguments to if", ctx);
        if (n > 4) throw error("Too many arguments to if", ctx);
        Node test = an.analyze(Seqs.nth(form, 1), ctx.expr());
        Node then = an.analyze(Seqs.nth(form, 2), ctx);
        Node otherwise = n == 4 ? an.analyze(Seqs.nth(form, 3), ctx) : new ConstNode(null, ctx.pos());
        return new IfNode(test, then, otherwise, ctx.pos());
    }

    private record Bindings(List<LocalBinding> locals, List<Node> inits, LocalEnv env) {}

    private Bindings bindings(ISeq form, Ctx ctx, String what) {
        Object v = Seqs.count(form) > 1 ? Seqs.nth(form, 1) : null;
        if (!(v instanceof IPersistentVector vec)) throw error(what + " requires a vector for its binding", ctx);
        if (vec.count() % 2 != 0) throw error(what + " requires an even number of forms in binding vector", ctx);
        List<LocalBinding> locals = new ArrayList<>();
        List<Node> inits = new ArrayList<>();
        LocalEnv env = ctx.env();
        for (int i = 0; i < vec.count(); i += 2) {
            Symbol sym = localName(vec.nth(i), ctx, "Bad binding form, expected symbol, got: ");
            inits.add(an.analyze(vec.nth(i + 1), ctx.withEnv(env).expr()));
            LocalBinding b = ctx.fn().newLocal(sym, LocalBinding.Kind.LOCAL);
            locals.add(b);
            env = env.bind(sym, b);
        }
        return new Bindings(List.copyOf(locals), List.copyOf(inits), env);
    }

    private Node let(ISeq form, Ctx ctx) {
        Bindings b = bindings(form, ctx, "let*");
        return new LetNode(b.locals, b.inits, body(form.next().next(), ctx.withEnv(b.env)), ctx.pos());
    }

    private Node loop(ISeq form, Ctx ctx) {
        Bindings b = bindings(form, ctx, "loop*");
        return new LoopNode(b.locals, b.inits, body(form.next().next(), ctx.loopBody(b.env, b.locals)), ctx.pos());
    }

    private Node recur(ISeq form, Ctx ctx) {
        if (!ctx.ret() || ctx.recurTarget() == null) throw error("Can only recur from tail position", ctx);
        List<Node> args = new ArrayList<>();
        for (ISeq a = form.next(); a != null; a = a.next()) args.add(an.analyze(a.first(), ctx.expr()));
        int expected = ctx.recurTarget().size();
        if (args.size() != expected) {
            throw error("Mismatched argument count to recur, expected: " + expected + " args, got: " + args.size(), ctx);
        }
        return new RecurNode(ctx.recurTarget(), List.copyOf(args), ctx.pos());
    }

    private Node fn(ISeq form, Ctx ctx) {
        ISeq rest = form.next();
        Symbol name = null;
        if (rest != null && rest.first() instanceof Symbol s) {
            name = s;
            rest = rest.next();
        }
        FnScope scope = new FnScope(ctx.fn());
        LocalBinding self = scope.newSelf(name != null ? name : Symbol.of("fn"));
        LocalEnv env = name != null ? ctx.env().bind(name, self) : ctx.env();
        List<ISeq> methodForms = new ArrayList<>();
        if (rest != null && rest.first() instanceof IPersistentVector) {
            methodForms.add(rest);
        } else {
            for (ISeq m = rest; m != null; m = m.next()) {
                if (!(m.first() instanceof ISeq ms) || !(ms.first() instanceof IPersistentVector)) {
                    throw error("Parameter declaration " + firstToken(m.first()) + " should be a vector", ctx);
                }
                methodForms.add(ms);
            }
        }
        if (methodForms.isEmpty()) throw error("Parameter declaration missing", ctx);
        Symbol defName = pendingDefName;
        pendingDefName = null;
        List<FnNode.Method> methods = new ArrayList<>();
        for (ISeq mf : methodForms) methods.add(method(mf, scope, env, ctx));
        checkArities(methods, ctx);
        String display = defName != null ? defName.toString()
                : an.currentNs.name() + "/" + (name != null ? name.getName() : "fn") + "--" + an.ids.next();
        return new FnNode(Symbol.parse(display), self, List.copyOf(methods), scope.captureList(), scope, ctx.pos());
    }

    private FnNode.Method method(ISeq mf, FnScope scope, LocalEnv env, Ctx ctx) {
        IPersistentVector paramForms = (IPersistentVector) mf.first();
        scope.beginMethod();
        List<LocalBinding> params = new ArrayList<>();
        LocalBinding restParam = null;
        for (int i = 0; i < paramForms.count(); i++) {
            Symbol p = localName(paramForms.nth(i), ctx, "fn params must be Symbols, got: ");
            if (p.getName().equals("&")) {
                if (restParam != null || i != paramForms.count() - 2) throw error("Invalid parameter list", ctx);
                Symbol r = localName(paramForms.nth(i + 1), ctx, "fn params must be Symbols, got: ");
                restParam = scope.newLocal(r, LocalBinding.Kind.PARAM);
                env = env.bind(r, restParam);
                break;
            }
            LocalBinding b = scope.newLocal(p, LocalBinding.Kind.PARAM);
            params.add(b);
            env = env.bind(p, b);
        }
        List<LocalBinding> target = new ArrayList<>(params);
        if (restParam != null) target.add(restParam);
        Ctx body = new Ctx(scope, env, true, true, List.copyOf(target), an.positionOf(mf, ctx.pos()));
        Node bodyNode = body(mf.next(), body);
        return new FnNode.Method(List.copyOf(params), restParam, bodyNode, scope.localCount(), scope);
    }

    private void checkArities(List<FnNode.Method> methods, Ctx ctx) {
        FnNode.Method variadic = null;
        Set<Integer> seen = new java.util.HashSet<>();
        for (FnNode.Method m : methods) {
            if (m.variadic()) {
                if (variadic != null) throw error("Can't have more than 1 variadic overload", ctx);
                variadic = m;
            } else if (!seen.add(m.arity())) {
                throw error("Can't have 2 overloads with same arity", ctx);
            }
        }
        if (variadic != null) {
            for (FnNode.Method m : methods) {
                if (!m.variadic() && m.arity() > variadic.arity()) {
                    throw error("Can't have fixed arity function with more params than variadic function", ctx);
                }
            }
        }
    }

    private Node quote(ISeq form, Ctx ctx) {
        if (Seqs.count(form) != 2) throw error("Wrong number of args (" + (Seqs.count(form) - 1) + ") passed to quote", ctx);
        return new ConstNode(form.next().first(), ctx.pos());
    }

    private Node theVar(ISeq form, Ctx ctx) {
        if (Seqs.count(form) != 2 || !(form.next().first() instanceof Symbol s)) throw error("var takes one symbol", ctx);
        Var v = an.lookupVar(s);
        if (v == null) throw error("Unable to resolve var: " + s + " in this context", ctx);
        an.checkLibraryPrivate(v, s, ctx.pos());
        return new TheVarNode(v, ctx.pos());
    }

    private Node throwForm(ISeq form, Ctx ctx) {
        int n = Seqs.count(form);
        if (n != 2) throw error(n < 2 ? "Too few arguments to throw, throw expects a single Throwable instance"
                : "Too many arguments to throw, throw expects a single Throwable instance", ctx);
        return new ThrowNode(an.analyze(form.next().first(), ctx.expr()), ctx.pos());
    }

    private Node tryForm(ISeq form, Ctx ctx) {
        Ctx ex = ctx.expr();
        List<Object> bodyForms = new ArrayList<>();
        List<TryNode.CatchClause> catches = new ArrayList<>();
        Node finallyNode = null;
        for (ISeq s = form.next(); s != null; s = s.next()) {
            Object f = s.first();
            String head = f instanceof ISeq fs && fs.first() instanceof Symbol h && !h.hasNamespace() ? h.getName() : null;
            if ("catch".equals(head)) {
                if (finallyNode != null) throw error("finally clause must be last in try expression", ctx);
                catches.add(catchClause((ISeq) f, ex.withPos(an.positionOf(f, ctx.pos()))));
            } else if ("finally".equals(head)) {
                if (finallyNode != null || s.next() != null) throw error("finally clause must be last in try expression", ctx);
                finallyNode = body(((ISeq) f).next(), ex);
            } else {
                if (!catches.isEmpty() || finallyNode != null) throw error("Only catch or finally clause can follow catch in try expression", ctx);
                bodyForms.add(f);
            }
        }
        Node body = body(Seqs.seq(Seqs.list(bodyForms.toArray())), ex);
        return new TryNode(body, List.copyOf(catches), finallyNode, ctx.pos());
    }

    private TryNode.CatchClause catchClause(ISeq form, Ctx ctx) {
        ISeq rest = form.next();
        if (rest == null) throw error("catch requires a binding", ctx);
        Object first = rest.first();
        Class<?> type;
        Symbol local;
        ISeq handler;
        if (first == DEFAULT || (first instanceof Symbol s && rest.next() != null && rest.next().first() instanceof Symbol
                && an.host.resolveClass(s) != null)) {
            type = first == DEFAULT ? null : an.host.resolveClass((Symbol) first);
            local = localName(rest.next() == null ? null : rest.next().first(), ctx, "Bad binding form, expected symbol, got: ");
            handler = rest.next().next();
        } else if (first instanceof Symbol s) {
            // (catch e body...) is mino's catch-all, (catch e e) included: with a symbol and more forms after
            // it, the first symbol was meant as a class.
            if (rest.next() != null && rest.next().first() instanceof Symbol && rest.next().next() != null
                    && an.host.resolveClass(s) == null) {
                throw error("Unable to resolve classname: " + s, ctx);
            }
            type = null;
            local = localName(s, ctx, "Bad binding form, expected symbol, got: ");
            handler = rest.next();
        } else {
            throw error("Unable to resolve classname: " + first, ctx);
        }
        LocalBinding b = ctx.fn().newLocal(local, LocalBinding.Kind.LOCAL);
        return new TryNode.CatchClause(type, b, body(handler, ctx.withEnv(ctx.env().bind(local, b))));
    }

    private Node letfn(ISeq form, Ctx ctx) {
        Object v = Seqs.count(form) > 1 ? Seqs.nth(form, 1) : null;
        if (!(v instanceof IPersistentVector vec) || vec.count() % 2 != 0) {
            throw error("letfn* requires a vector with an even number of forms", ctx);
        }
        List<LocalBinding> locals = new ArrayList<>();
        LocalEnv env = ctx.env();
        for (int i = 0; i < vec.count(); i += 2) {
            Symbol sym = localName(vec.nth(i), ctx, "Bad binding form, expected symbol, got: ");
            LocalBinding b = ctx.fn().newLocal(sym, LocalBinding.Kind.LOCAL);
            locals.add(b);
            env = env.bind(sym, b);
        }
        Ctx inner = ctx.withEnv(env);
        List<FnNode> fns = new ArrayList<>();
        for (int i = 1; i < vec.count(); i += 2) {
            Node n = an.analyze(vec.nth(i), inner.expr());
            if (!(n instanceof FnNode fnNode)) throw error("letfn* bindings must be fn forms", ctx);
            fns.add(fnNode);
        }
        return new LetfnNode(List.copyOf(locals), List.copyOf(fns), body(form.next().next(), inner), ctx.pos());
    }

    /** (case* expr {constant index ...} default then0 then1 ...), as the case macro writes it. */
    private Node caseForm(ISeq form, Ctx ctx) {
        if (Seqs.count(form) < 4 || !(Seqs.nth(form, 2) instanceof IPersistentMap table)) {
            throw error("Malformed case*, expecting (case* expr table default then...)", ctx);
        }
        Node expr = an.analyze(Seqs.nth(form, 1), ctx.expr());
        Node otherwise = an.analyze(Seqs.nth(form, 3), ctx);
        List<Node> thens = new ArrayList<>();
        for (ISeq s = form.next().next().next().next(); s != null; s = s.next()) thens.add(an.analyze(s.first(), ctx));
        return new CaseNode(expr, table, otherwise, List.copyOf(thens), ctx.pos());
    }

    private Node setBang(ISeq form, Ctx ctx) {
        if (Seqs.count(form) != 3) throw error("Malformed assignment, expecting (set! target val)", ctx);
        Object target = form.next().first();
        if (!(target instanceof Symbol s)) throw error("Invalid assignment target", ctx);
        if (!s.hasNamespace() && ctx.env().lookup(s) != null) throw error("Cannot assign to non-mutable: " + s, ctx);
        Var v = an.resolveVar(s, ctx.pos());
        return new SetVarNode(v, an.analyze(form.next().next().first(), ctx.expr()), ctx.pos());
    }

    private Symbol localName(Object o, Ctx ctx, String message) {
        if (!(o instanceof Symbol s)) throw error(message + dev.mino.runtime.printer.Printer.prStr(o), ctx);
        if (s.hasNamespace()) throw error("Can't let qualified name: " + s, ctx);
        return s;
    }

    private static String firstToken(Object o) { return String.valueOf(o); }

    private static CompileException error(String message, Ctx ctx) {
        return new CompileException(message, ctx.pos());
    }

    static SourcePosition unknown() { return null; }
}
