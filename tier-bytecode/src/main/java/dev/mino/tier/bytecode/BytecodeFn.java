package dev.mino.tier.bytecode;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.SourcePosition;
import dev.mino.tiers.FnTemplate;
import java.util.Arrays;
import java.util.List;

/**
 * A fn literal compiled to bytecode: one {@link Method} per arity. It is the template the engine caches on
 * the analyzed node; evaluating the literal makes a {@link BytecodeClosure} over the captured values.
 */
public final class BytecodeFn implements FnTemplate {
    private static final int MAX_FIXED = 21;

    final String name;
    final SourcePosition pos;
    final int captureCount;
    private final List<Method> methods;
    private final Method[] byArity = new Method[MAX_FIXED];
    private final Method variadic;

    BytecodeFn(String name, SourcePosition pos, int captureCount, List<Method> methods) {
        this.name = name;
        this.pos = pos;
        this.captureCount = captureCount;
        this.methods = List.copyOf(methods);
        Method v = null;
        for (Method m : methods) {
            m.owner = this;
            if (m.variadic) v = m;
            else byArity[m.arity] = m;
        }
        this.variadic = v;
    }

    public String name() { return name; }

    public SourcePosition position() { return pos; }

    public int captureCount() { return captureCount; }

    public List<Method> methods() { return methods; }

    /** The variadic method, or null. */
    public Method variadicMethod() { return variadic; }

    /** The method that takes n arguments, or null. */
    public Method methodFor(int n) {
        if (n < MAX_FIXED && byArity[n] != null) return byArity[n];
        return variadic != null && n >= variadic.arity ? variadic : null;
    }

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
