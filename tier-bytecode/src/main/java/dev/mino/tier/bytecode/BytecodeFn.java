package dev.mino.tier.bytecode;

import dev.mino.runtime.analyzer.FnNode;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.SourcePosition;
import dev.mino.runtime.lang.Var;
import dev.mino.tiers.FnTemplate;
import dev.mino.tiers.TierContext;
import dev.mino.tiers.TierUp;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A fn literal compiled to bytecode: one {@link Method} per arity. It is the template the engine caches on
 * the analyzed node; evaluating the literal makes a {@link BytecodeClosure} over the captured values. The
 * methods are compiled on the first call (or disassembly), not when the literal is compiled: most of
 * clojure.core's fns are never called by a given program, and compiling them all cost start-up time.
 * A fn that does not fit the encoding ({@link TooLargeForBytecode}) then runs on the fallback tier.
 */
public final class BytecodeFn implements FnTemplate {
    private static final int MAX_FIXED = 21;

    final String name;
    final SourcePosition pos;
    final int captureCount;
    /** What compiling needs, until it is done. */
    private FnNode node;
    private TierContext ctx;
    private Function<FnNode, FnTemplate> fallbackTier;
    /** Null until compiled; read without a lock (its fields are final, so a racing reader sees them whole). */
    private Compiled compiled;

    /** The compiled methods, or, for a fn too large for bytecode, the fallback tier's template. */
    private record Compiled(List<Method> methods, Method[] byArity, Method variadic, FnTemplate fallback) {}

    /** A fn compiled now from ready methods (the warm-up's). */
    BytecodeFn(String name, SourcePosition pos, int captureCount, List<Method> methods) {
        this.name = name;
        this.pos = pos;
        this.captureCount = captureCount;
        this.compiled = compiledOf(methods);
    }

    /** A fn compiled from node on first use; fallbackTier compiles it when it does not fit bytecode. */
    BytecodeFn(FnNode node, TierContext ctx, Function<FnNode, FnTemplate> fallbackTier) {
        this.name = node.name() == null ? "fn" : node.name().toString();
        this.pos = node.pos();
        this.captureCount = node.captures().size();
        this.node = node;
        this.ctx = ctx;
        this.fallbackTier = fallbackTier;
    }

    private Compiled compiledOf(List<Method> methods) {
        Method[] byArity = new Method[MAX_FIXED];
        Method v = null;
        for (Method m : methods) {
            m.owner = this;
            if (m.variadic) v = m;
            else byArity[m.arity] = m;
        }
        return new Compiled(List.copyOf(methods), byArity, v, null);
    }

    private Compiled compiled() {
        Compiled c = compiled;
        return c != null ? c : compileNow();
    }

    private synchronized Compiled compileNow() {
        if (compiled != null) return compiled;
        Compiled c;
        try {
            c = compiledOf(Compiler.methods(node, ctx));
        } catch (TooLargeForBytecode e) {
            c = new Compiled(List.of(), new Method[MAX_FIXED], null, fallbackTier.apply(node));
        }
        compiled = c;
        // Offered once published: a tier-up that looks at callees (fib's call of fib) finds this fn compiled.
        for (Method m : c.methods) m.offerTo(ctx.tierUp());
        node = null;
        ctx = null;
        fallbackTier = null;
        return c;
    }

    public String name() { return name; }

    public SourcePosition position() { return pos; }

    public int captureCount() { return captureCount; }

    /** The methods, compiled now if need be (none for a fn that runs on the fallback tier). */
    public List<Method> methods() { return compiled().methods; }

    /** Whether the methods are compiled already (asking for one compiles them). */
    public boolean isCompiled() { return compiled != null; }

    /** The variadic method, or null. */
    public Method variadicMethod() { return compiled().variadic; }

    /** The method that takes n arguments, or null (always null for a fn that runs on the fallback tier). */
    public Method methodFor(int n) {
        Compiled c = compiled();
        if (n < MAX_FIXED && c.byArity[n] != null) return c.byArity[n];
        return c.variadic != null && n >= c.variadic.arity ? c.variadic : null;
    }

    /** The fallback tier's template when the fn did not fit bytecode, else null. */
    FnTemplate fallback() { return compiled().fallback; }

    @Override public Fn instantiate(Object[] captures) {
        return new BytecodeClosure(this, captures);
    }

    /**
     * One arity: its code and everything the code refers to by index. Registers 0..arity-1 receive the
     * arguments (then the rest seq of a variadic method); the other locals and temporaries follow.
     */
    public static final class Method {
        BytecodeFn owner;
        public final int arity;
        public final boolean variadic;
        /** Registers in the window; at least 1 (RETURN leaves the result in register 0). */
        public final int nregs;
        public final int[] code;
        /** Constant k as a register word (fixnum, immediate, or REF: LOAD_K then stores constants[k] as the ref) and as a value. */
        final long[] constWords;
        final Object[] constants;
        /** Nested fn literals (CLOSURE's Bx); usually BytecodeFns, any tier's template works. */
        final FnTemplate[] protos;
        /** How many values each nested prototype captures (0: CLOSURE ignores its environment register). */
        final int[] protoCaptures;
        /** Per pc: the IntrinsicSite or LoopSite of a specialised op, else null. */
        final Object[] sites;
        final VarCache[] caches;
        /** Source positions of the instructions that record one on errors, sorted by pc. */
        private final int[] posPcs;
        private final SourcePosition[] positions;
        /** Deepest nesting of try handlers, for the interpreter's handler stack. */
        final int maxHandlers;
        /** The native code that runs this method's calls, or null: the interpreter runs them. */
        private volatile NativeEntry entry;
        /** Calls left before the method is offered to tierUp (plain: a lost update only delays the offer). */
        int countdown = TierUp.NEVER;
        private TierUp tierUp;

        Method(int arity, boolean variadic, int nregs, int[] code, long[] constWords, Object[] constants, FnTemplate[] protos,
               int[] protoCaptures, Object[] sites, VarCache[] caches, int[] posPcs, SourcePosition[] positions, int maxHandlers) {
            this.arity = arity;
            this.variadic = variadic;
            this.nregs = nregs;
            this.code = code;
            this.constWords = constWords;
            this.constants = constants;
            this.protos = protos;
            this.protoCaptures = protoCaptures;
            this.sites = sites;
            this.caches = caches;
            this.posPcs = posPcs;
            this.positions = positions;
            this.maxHandlers = maxHandlers;
        }

        public BytecodeFn owner() { return owner; }

        /** The value of the var the cached call at pc goes through, read through the site's inline cache. */
        public Object cachedCallee(int pc) {
            return caches[code[pc + 1]].current().value();
        }

        /** The var the cached call at pc goes through. */
        public Var cachedVar(int pc) {
            return caches[code[pc + 1]].var;
        }

        /** The clojure.core vars whose fns the op at pc was specialised against (an int or loop op), else none. */
        public List<Var> guardVars(int pc) {
            if (sites == null) return List.of(); // a method with no specialised op
            Object s = sites[pc];
            if (s instanceof IntrinsicSite i) return i.var == null ? List.of() : List.of(i.var); // no var: an op of the language itself
            if (s instanceof LoopSite l) return l.vars();
            return List.of();
        }

        /** Whether running the method reads its closure (LOAD_SELF, POP_ENV); else any closure of its fn will do. */
        public boolean usesSelf() {
            for (int pc = 0; pc < code.length; pc += Op.width(Insn.op(code[pc]))) {
                int op = Insn.op(code[pc]);
                if (op == Op.LOAD_SELF || op == Op.POP_ENV) return true;
            }
            return false;
        }

        /** The native code that has taken over this method's entry, or null. */
        public NativeEntry entry() { return entry; }

        /** Native code takes over the method's entry: calls that start from now on enter it. */
        public void install(NativeEntry e) { entry = e; }

        /** Calls go back to the interpreter, if e is still installed (its activations running now finish in it). */
        public synchronized void uninstall(NativeEntry e) {
            if (entry == e) entry = null;
        }

        /** Counts calls from now on and offers the method to t (null: never) once they reach its threshold. */
        void offerTo(TierUp t) {
            tierUp = t;
            int n = t == null ? TierUp.NEVER : t.threshold(this);
            countdown = n <= 0 ? 1 : n;
        }

        /** Calls before the method is offered again to the state's tier-up (after an invalidation, say). */
        public void countAgain(int calls) {
            countdown = Math.max(1, calls);
        }

        /** The countdown ran out: offers the method once (the tier-up may install an entry) and answers the entry. */
        NativeEntry hot() {
            countdown = TierUp.NEVER;
            TierUp t = tierUp;
            if (t != null) t.hot(this);
            return entry;
        }

        public Object constant(int k) { return constants[k]; }

        public int constantCount() { return constants.length; }

        public FnTemplate proto(int p) { return protos[p]; }

        public int protoCount() { return protos.length; }

        /** The position an error raised by the instruction at pc is reported at, or null. */
        public SourcePosition positionAt(int pc) {
            int i = Arrays.binarySearch(posPcs, pc);
            return i >= 0 ? positions[i] : null;
        }

        /** The position of the nearest positioned instruction at or before pc (for stack traces), or the fn's. */
        public SourcePosition nearestPosition(int pc) {
            int i = Arrays.binarySearch(posPcs, pc);
            if (i < 0) i = -i - 2;
            return i >= 0 ? positions[i] : owner.pos;
        }

        /** A copy of this method with other code, same everything else (tests stop it at a pc with SUSPEND). */
        Method withCode(int[] otherCode) {
            Method m = new Method(arity, variadic, nregs, otherCode, constWords, constants, protos, protoCaptures, sites, caches, posPcs, positions, maxHandlers);
            m.owner = owner;
            return m;
        }
    }
}
