package dev.mino.tier.bytecode;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;

/**
 * The instruction set: one constant per opcode, declared once with its operands and semantics. The
 * interpreter switches on these constants; the compiler, the disassembler and the JIT read each op's
 * {@link Format} and operand kinds from the same declaration (see {@link Spec}).
 *
 * <p>Notation: R(x) is register x of the running fn's window, K(x) constant x of its method, sC the C
 * operand read as a signed byte, X the op's second word. Jump targets are relative to the word after the
 * first word of the jumping op. Ops marked "guarded" compile a call of a clojure.core fn; they check that
 * the var still holds the fn it held at compile time and otherwise call the var's current value.
 * Speculative ops ({@code _II}, {@code _IK}, {@code _I}) take a fast lane on fixnum words and otherwise
 * call the generic fn, so results and errors (e.g. "integer overflow") are those of the generic path.
 */
public final class Op {
    private Op() {}

    /**
     * An op's operands as "field:kind" tokens. Fields: A, B, C (8 bits each), Bx (16 bits unsigned),
     * sBx (16 bits signed), X (the second word). Kinds: r register, k constant, i signed immediate,
     * n number, j jump offset, p nested prototype, c inline-cache slot, e environment slot.
     */
    @Retention(RetentionPolicy.RUNTIME)
    @Target(ElementType.FIELD)
    @interface Spec {
        String operands();
        String doc();
    }

    // ---- general ----
    @Spec(operands = "A:r B:r", doc = "R(A) := R(B)")
    public static final int MOVE = 0;
    @Spec(operands = "A:r Bx:k", doc = "R(A) := K(Bx)")
    public static final int LOAD_K = 1;
    @Spec(operands = "A:r", doc = "R(A) := the running closure (the fn's own name)")
    public static final int LOAD_SELF = 2;
    @Spec(operands = "A:r Bx:e", doc = "R(A) := slot Bx of the running closure's environment (a captured value)")
    public static final int POP_ENV = 3;
    @Spec(operands = "A:r B:n", doc = "R(A) := a new environment of B empty slots, for a closure about to be made")
    public static final int PUSH_ENV = 4;
    @Spec(operands = "A:r B:r C:e", doc = "slot C of the environment in R(A) := R(B) (also patches letfn closures made over it)")
    public static final int ENV_BIND = 5;
    @Spec(operands = "A:r Bx:p", doc = "R(A) := a closure of prototype Bx over the environment in R(A) (ignored when it captures nothing)")
    public static final int CLOSURE = 6;
    @Spec(operands = "A:r Bx:k", doc = "R(A) := current value of var K(Bx) (its thread binding if dynamic and bound, else its root)")
    public static final int GETGLOBAL = 7;
    @Spec(operands = "A:r Bx:c", doc = "R(A) := value of the var in cache slot Bx, cached until the var's revision changes")
    public static final int GETGLOBAL_CACHED = 8;
    @Spec(operands = "A:r Bx:k", doc = "root of var K(Bx) := R(A) (def)")
    public static final int SETGLOBAL = 9;
    @Spec(operands = "A:r Bx:k", doc = "metadata of var K(Bx) := R(A) (def, before its init runs)")
    public static final int SETGLOBAL_META = 10;
    @Spec(operands = "A:r Bx:k", doc = "set! the current thread binding of var K(Bx) to R(A)")
    public static final int SETVAR = 11;
    @Spec(operands = "sBx:j", doc = "pc += sBx; a backward jump polls the safepoint")
    public static final int JMP = 12;
    @Spec(operands = "A:r sBx:j", doc = "if R(A) is nil or false: pc += sBx")
    public static final int JMPIFNOT = 13;
    @Spec(operands = "A:r B:n C:r", doc = "R(A) := R(C)(R(A) .. R(A+B-1)); the callee's window starts at A")
    public static final int CALL = 14;
    @Spec(operands = "A:r B:n C:r", doc = "return R(C)(R(A) .. R(A+B-1)); a bytecode callee reuses this window (constant stack)")
    public static final int TAILCALL = 15;
    @Spec(operands = "A:r B:n X:c", doc = "R(A) := (var of cache X)(R(A) .. R(A+B-1)); the callee and its arity are cached per var revision")
    public static final int CALL_CACHED = 16;
    @Spec(operands = "A:r B:n X:c", doc = "return (var of cache X)(R(A) .. R(A+B-1)) in constant stack")
    public static final int TAILCALL_CACHED = 17;
    @Spec(operands = "A:r B:n X:c", doc = "R(A) := (protocol fn of cache X)(R(A) .. R(A+B-1)); the implementation for R(A)'s type is cached until the protocol is extended")
    public static final int PROTOCOL_CALL_CACHED = 18;
    @Spec(operands = "A:r B:n X:c", doc = "as PROTOCOL_CALL_CACHED, in tail position (constant stack)")
    public static final int PROTOCOL_TAILCALL_CACHED = 19;
    @Spec(operands = "A:r", doc = "return R(A)")
    public static final int RETURN = 20;
    @Spec(operands = "Bx:k", doc = "return K(Bx)")
    public static final int LOAD_K_RETURN = 21;
    @Spec(operands = "A:r B:r", doc = "R(A) := a lazy seq whose body is the zero-argument fn R(B) (lazy-seq*, guarded)")
    public static final int MAKE_LAZY = 22;
    @Spec(operands = "A:r", doc = "throw R(A), recording this form's position on it")
    public static final int THROW = 23;
    @Spec(operands = "A:r", doc = "throw R(A) unchanged (a catch that matched nothing, or the end of a finally)")
    public static final int RETHROW = 24;
    @Spec(operands = "A:r sBx:j", doc = "install a handler: a Throwable raised until the matching POPCATCH goes to R(A), pc += sBx")
    public static final int PUSHCATCH = 25;
    @Spec(operands = "", doc = "remove the innermost handler")
    public static final int POPCATCH = 26;
    @Spec(operands = "A:r sBx:j X:k", doc = "if R(A) is not an instance of class K(X): pc += sBx")
    public static final int JMPIFNOTINSTANCE = 27;
    @Spec(operands = "A:r", doc = "push-thread-bindings R(A) (a map var -> value); R(A) := nil (guarded)")
    public static final int PUSHDYN = 28;
    @Spec(operands = "A:r", doc = "pop-thread-bindings; R(A) := nil (guarded)")
    public static final int POPDYN = 29;
    @Spec(operands = "A:r Bx:k", doc = "constant-time case: i := K(Bx)[R(A)]; pc += (i found ? i + 1 : 0); a JMP table follows (default first)")
    public static final int CASE = 30;
    @Spec(operands = "A:r B:n", doc = "R(A) := vector of R(A) .. R(A+B-1)")
    public static final int NEWVEC = 31;
    @Spec(operands = "A:r B:n", doc = "R(A) := map of keys and values R(A) .. R(A+B-1) (duplicate keys throw)")
    public static final int NEWMAP = 32;
    @Spec(operands = "A:r B:n", doc = "R(A) := set of R(A) .. R(A+B-1) (duplicate keys throw)")
    public static final int NEWSET = 33;
    @Spec(operands = "A:r Bx:k", doc = "R(A) := R(A) with metadata K(Bx) (when it can carry metadata)")
    public static final int WITHMETA = 34;
    @Spec(operands = "A:r B:n C:n X:k", doc = "interop call through call site K(X): C=1 instance: R(A) := R(A).m(R(A+1) .. R(A+B)); C=0 static: R(A) := m(R(A) .. R(A+B-1))")
    public static final int HOST_CALL = 35;
    @Spec(operands = "A:r B:r C:n X:k", doc = "interop field read through call site K(X): C=1: R(A) := R(B).field; C=0: R(A) := static field")
    public static final int HOST_FIELD = 36;
    @Spec(operands = "A:r B:n X:k", doc = "interop construction through call site K(X): R(A) := new R(A)(R(A+1) .. R(A+B))")
    public static final int HOST_NEW = 37;
    @Spec(operands = "", doc = "stop here leaving the window as it is (Interpreter.resume continues at this pc); for tests and debuggers")
    public static final int SUSPEND = 38;

    // ---- speculative int arithmetic (guarded) ----
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (+ R(B) R(C))")
    public static final int ADD_II = 40;
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (- R(B) R(C))")
    public static final int SUB_II = 41;
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (* R(B) R(C))")
    public static final int MUL_II = 42;
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (quot R(B) R(C))")
    public static final int QUOT = 43;
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (rem R(B) R(C))")
    public static final int REM = 44;
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (mod R(B) R(C))")
    public static final int MOD = 45;
    @Spec(operands = "A:r B:r C:i", doc = "R(A) := (+ R(B) sC) (or (+ sC R(B)))")
    public static final int ADD_IK = 46;
    @Spec(operands = "A:r B:r C:i", doc = "R(A) := (- R(B) sC)")
    public static final int SUB_IK = 47;
    @Spec(operands = "A:r B:r C:i", doc = "R(A) := (* R(B) sC) (or (* sC R(B)))")
    public static final int MUL_IK = 88;
    @Spec(operands = "A:r B:n C:n", doc = "a specialised op whose clojure.core fn was redefined: runs its generic side "
            + "(the op it was is its site's; A, B, C are that op's)")
    public static final int SPEC_GENERIC = 89;

    // ---- speculative int comparisons (guarded) ----
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (= R(B) R(C)) or (== R(B) R(C))")
    public static final int EQ_II = 48;
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (< R(B) R(C))")
    public static final int LT_II = 49;
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (<= R(B) R(C))")
    public static final int LE_II = 50;
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (> R(B) R(C))")
    public static final int GT_II = 51;
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (>= R(B) R(C))")
    public static final int GE_II = 52;
    @Spec(operands = "A:r B:r C:i", doc = "R(A) := R(B) = sC (=, == or the mirrored form)")
    public static final int EQ_IK = 53;
    @Spec(operands = "A:r B:r C:i", doc = "R(A) := R(B) < sC ((< x k) or (> k x))")
    public static final int LT_IK = 54;
    @Spec(operands = "A:r B:r C:i", doc = "R(A) := R(B) <= sC")
    public static final int LE_IK = 55;
    @Spec(operands = "A:r B:r C:i", doc = "R(A) := R(B) > sC")
    public static final int GT_IK = 56;
    @Spec(operands = "A:r B:r C:i", doc = "R(A) := R(B) >= sC")
    public static final int GE_IK = 57;

    // ---- speculative bitwise ops (guarded) ----
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (bit-and R(B) R(C))")
    public static final int BAND_II = 58;
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (bit-or R(B) R(C))")
    public static final int BOR_II = 59;
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (bit-xor R(B) R(C))")
    public static final int BXOR_II = 60;
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (bit-shift-left R(B) R(C))")
    public static final int SHL_II = 61;
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (bit-shift-right R(B) R(C))")
    public static final int SHR_II = 62;
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (unsigned-bit-shift-right R(B) R(C))")
    public static final int USHR_II = 63;
    @Spec(operands = "A:r B:r", doc = "R(A) := (bit-not R(B))")
    public static final int BNOT_I = 64;

    // ---- speculative predicates and steps (guarded) ----
    @Spec(operands = "A:r B:r", doc = "R(A) := (zero? R(B))")
    public static final int ZERO_INT_P = 65;
    @Spec(operands = "A:r B:r", doc = "R(A) := (pos? R(B))")
    public static final int POS_P_I = 66;
    @Spec(operands = "A:r B:r", doc = "R(A) := (neg? R(B))")
    public static final int NEG_P_I = 67;
    @Spec(operands = "A:r B:r", doc = "R(A) := (even? R(B))")
    public static final int EVEN_P_I = 68;
    @Spec(operands = "A:r B:r", doc = "R(A) := (odd? R(B))")
    public static final int ODD_P_I = 69;
    @Spec(operands = "A:r B:r", doc = "R(A) := (inc R(B))")
    public static final int INC_I = 70;
    @Spec(operands = "A:r B:r", doc = "R(A) := (dec R(B))")
    public static final int DEC_I = 71;
    @Spec(operands = "A:r B:r", doc = "R(A) := (not R(B))")
    public static final int NOT = 72;
    @Spec(operands = "A:r B:r", doc = "R(A) := (nil? R(B))")
    public static final int NIL_P = 73;

    // ---- data-structure fast lanes (guarded; other operand types call the generic fn) ----
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (nth R(B) R(C)); fast on a persistent vector and an in-range fixnum")
    public static final int NTH_VEC = 74;
    @Spec(operands = "A:r B:r", doc = "R(A) := (first R(B)); fast on a persistent vector or a seq")
    public static final int FIRST_VEC = 75;
    @Spec(operands = "A:r B:r", doc = "R(A) := (count R(B)); fast on counted collections")
    public static final int COUNT_VEC = 76;
    @Spec(operands = "A:r B:r", doc = "R(A) := (empty? R(B)); fast on a persistent vector")
    public static final int EMPTY_VEC = 77;
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (conj R(B) R(C)); fast on a persistent vector")
    public static final int CONJ_VEC = 78;
    @Spec(operands = "A:r B:r C:k", doc = "R(A) := (get R(B) K(C)) or (K(C) R(B)) for a keyword K(C); fast on maps and other lookups")
    public static final int GET_KW_MAP = 79;
    @Spec(operands = "A:r B:r C:r X:r", doc = "R(A) := (assoc R(B) R(C) R(X)); fast on associative collections")
    public static final int ASSOC = 80;
    @Spec(operands = "A:r B:r C:r", doc = "R(A) := (dissoc R(B) R(C)); fast on maps")
    public static final int DISSOC = 81;

    // ---- fused counted loops: accelerators placed at a loop head; they run iterations while the fast lane
    // holds (fixnums, no overflow, core fns not redefined), polling the safepoint every 256 iterations, then
    // fall through to the loop's ordinary code, which finishes the loop or meets the error exactly as written.
    @Spec(operands = "A:r B:r", doc = "(loop [i ..] (if (< i n) (recur (inc i)) ..)): while R(A) < R(B): R(A) += 1")
    public static final int LOOP_INT_LT = 82;
    @Spec(operands = "A:r B:n", doc = "(loop [i ..] (if (zero? i) .. (recur (dec i)))): while R(A) != 0 (B=0) or R(A) > 0 (B=1, pos? form): R(A) -= 1")
    public static final int LOOP_INT_DEC = 83;
    @Spec(operands = "A:r B:r C:r", doc = "two bindings in lockstep: while R(A) < R(B): R(A) += 1, R(C) += 1")
    public static final int LOOP_INT_LT_INC = 84;
    @Spec(operands = "A:r B:r C:n", doc = "two bindings in lockstep: while R(A) != 0 (C=0) or R(A) > 0 (C=1): R(A) -= 1, R(B) += 1")
    public static final int LOOP_INT_DEC_INC = 85;
    @Spec(operands = "A:r B:r C:r X:r", doc = "accumulator: while R(A) < R(B): R(C) += R(X) (X is A or loop-invariant), R(A) += 1")
    public static final int LOOP_INT_LT_ACC = 86;
    @Spec(operands = "A:r B:r C:n X:r", doc = "accumulator: while R(A) != 0 (C=0) or R(A) > 0 (C=1): R(B) += R(X), R(A) -= 1")
    public static final int LOOP_INT_DEC_ACC = 87;

    private static final int MAX = 256;
    private static final String[] NAMES = new String[MAX];
    private static final Format[] FORMATS = new Format[MAX];
    private static final String[] OPERANDS = new String[MAX];
    private static final String[] DOCS = new String[MAX];

    static {
        for (Field f : Op.class.getDeclaredFields()) {
            Spec spec = f.getAnnotation(Spec.class);
            if (spec == null || !Modifier.isStatic(f.getModifiers())) continue;
            int code;
            try {
                code = f.getInt(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
            if (NAMES[code] != null) throw new IllegalStateException("opcode " + code + " declared twice: " + NAMES[code] + ", " + f.getName());
            NAMES[code] = f.getName();
            OPERANDS[code] = spec.operands();
            DOCS[code] = spec.doc();
            FORMATS[code] = Format.of(spec.operands());
        }
    }

    /** The op's name, e.g. "ADD_II", or null for an unassigned code. */
    public static String name(int op) { return NAMES[op & 0xFF]; }

    public static Format format(int op) { return FORMATS[op & 0xFF]; }

    /** The operand tokens, e.g. "A:r B:r C:i". */
    public static String operands(int op) { return OPERANDS[op & 0xFF]; }

    /** What the op does, in the notation of this class's comment. */
    public static String doc(int op) { return DOCS[op & 0xFF]; }

    /** Number of words the op occupies (1, or 2 for ops with a second word). */
    public static int width(int op) { return FORMATS[op & 0xFF].words(); }

    /**
     * Whether op's guard is its code word (GuardedSites): the main loop's specialised ops, which are patched
     * to SPEC_GENERIC when their clojure.core fn is redefined instead of checking it each time they run.
     */
    public static boolean isPatchGuarded(int op) {
        return op == ADD_II || op == SUB_II || op == MUL_II || op == ADD_IK || op == SUB_IK || op == MUL_IK || op == INC_I || op == DEC_I
                || op >= EQ_II && op <= GE_IK || op >= ZERO_INT_P && op <= NEG_P_I || op == NOT || op == NIL_P;
    }

    /** Whether op is a specialised clojure.core call with a fast lane and a guard (an IntrinsicSite at its pc). */
    public static boolean isSpecialised(int op) {
        return op >= ADD_II && op <= DISSOC || op == MUL_IK;
    }

    /** Every assigned opcode, ascending. */
    public static List<Integer> all() {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < MAX; i++) if (NAMES[i] != null) out.add(i);
        return out;
    }

    /** The opcode named name, or -1. */
    public static int byName(String name) {
        for (int i = 0; i < MAX; i++) if (name.equals(NAMES[i])) return i;
        return -1;
    }
}
