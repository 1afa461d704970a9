package dev.mino.tier.bytecode;

import java.util.ArrayList;
import java.util.List;

/**
 * The instruction set: one constant per opcode, declared once with its operands and semantics. The
 * interpreter switches on these constants; the compiler, the disassembler and the JIT read each op's
 * {@link Format} and operand kinds from the same declaration (its spec).
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

    // Each op is declared as a constant (the interpreter switches on it) followed by its spec: its name,
    // its operands as "field:kind" tokens and what it does. Fields: A, B, C (8 bits each), Bx (16 bits
    // unsigned), sBx (16 bits signed), X (the second word). Kinds: r register, k constant, i signed
    // immediate, n number, j jump offset, p nested prototype, c inline-cache slot, e environment slot.
    // (A static block rather than an annotation: reading 90 annotations reflectively cost ~17 ms of start-up.)

    private static final int MAX = 256;
    private static final String[] NAMES = new String[MAX];
    private static final Format[] FORMATS = new Format[MAX];
    private static final String[] OPERANDS = new String[MAX];
    private static final String[] DOCS = new String[MAX];

    private static void spec(int code, String name, String operands, String doc) {
        if (NAMES[code] != null) throw new IllegalStateException("opcode " + code + " declared twice: " + NAMES[code] + ", " + name);
        NAMES[code] = name;
        OPERANDS[code] = operands;
        DOCS[code] = doc;
        FORMATS[code] = Format.of(operands);
    }

    // ---- general ----
    public static final int MOVE = 0;
    static { spec(MOVE, "MOVE", "A:r B:r", "R(A) := R(B)"); }
    public static final int LOAD_K = 1;
    static { spec(LOAD_K, "LOAD_K", "A:r Bx:k", "R(A) := K(Bx)"); }
    public static final int LOAD_SELF = 2;
    static { spec(LOAD_SELF, "LOAD_SELF", "A:r", "R(A) := the running closure (the fn's own name)"); }
    public static final int POP_ENV = 3;
    static { spec(POP_ENV, "POP_ENV", "A:r Bx:e", "R(A) := slot Bx of the running closure's environment (a captured value)"); }
    public static final int PUSH_ENV = 4;
    static { spec(PUSH_ENV, "PUSH_ENV", "A:r B:n", "R(A) := a new environment of B empty slots, for a closure about to be made"); }
    public static final int ENV_BIND = 5;
    static { spec(ENV_BIND, "ENV_BIND", "A:r B:r C:e", "slot C of the environment in R(A) := R(B) (also patches letfn closures made over it)"); }
    public static final int CLOSURE = 6;
    static { spec(CLOSURE, "CLOSURE", "A:r Bx:p", "R(A) := a closure of prototype Bx over the environment in R(A) (ignored when it captures nothing)"); }
    public static final int GETGLOBAL = 7;
    static { spec(GETGLOBAL, "GETGLOBAL", "A:r Bx:k", "R(A) := current value of var K(Bx) (its thread binding if dynamic and bound, else its root)"); }
    public static final int GETGLOBAL_CACHED = 8;
    static { spec(GETGLOBAL_CACHED, "GETGLOBAL_CACHED", "A:r Bx:c", "R(A) := value of the var in cache slot Bx, cached until the var's revision changes"); }
    public static final int SETGLOBAL = 9;
    static { spec(SETGLOBAL, "SETGLOBAL", "A:r Bx:k", "root of var K(Bx) := R(A) (def)"); }
    public static final int SETGLOBAL_META = 10;
    static { spec(SETGLOBAL_META, "SETGLOBAL_META", "A:r Bx:k", "metadata of var K(Bx) := R(A) (def, before its init runs)"); }
    public static final int SETVAR = 11;
    static { spec(SETVAR, "SETVAR", "A:r Bx:k", "set! the current thread binding of var K(Bx) to R(A)"); }
    public static final int JMP = 12;
    static { spec(JMP, "JMP", "sBx:j", "pc += sBx; a backward jump polls the safepoint"); }
    public static final int JMPIFNOT = 13;
    static { spec(JMPIFNOT, "JMPIFNOT", "A:r sBx:j", "if R(A) is nil or false: pc += sBx"); }
    public static final int CALL = 14;
    static { spec(CALL, "CALL", "A:r B:n C:r", "R(A) := R(C)(R(A) .. R(A+B-1)); the callee's window starts at A"); }
    public static final int TAILCALL = 15;
    static { spec(TAILCALL, "TAILCALL", "A:r B:n C:r", "return R(C)(R(A) .. R(A+B-1)); a bytecode callee reuses this window (constant stack)"); }
    public static final int CALL_CACHED = 16;
    static { spec(CALL_CACHED, "CALL_CACHED", "A:r B:n X:c", "R(A) := (var of cache X)(R(A) .. R(A+B-1)); the callee and its arity are cached per var revision"); }
    public static final int TAILCALL_CACHED = 17;
    static { spec(TAILCALL_CACHED, "TAILCALL_CACHED", "A:r B:n X:c", "return (var of cache X)(R(A) .. R(A+B-1)) in constant stack"); }
    public static final int PROTOCOL_CALL_CACHED = 18;
    static { spec(PROTOCOL_CALL_CACHED, "PROTOCOL_CALL_CACHED", "A:r B:n X:c", "R(A) := (protocol fn of cache X)(R(A) .. R(A+B-1)); the implementation for R(A)'s type is cached until the protocol is extended"); }
    public static final int PROTOCOL_TAILCALL_CACHED = 19;
    static { spec(PROTOCOL_TAILCALL_CACHED, "PROTOCOL_TAILCALL_CACHED", "A:r B:n X:c", "as PROTOCOL_CALL_CACHED, in tail position (constant stack)"); }
    public static final int RETURN = 20;
    static { spec(RETURN, "RETURN", "A:r", "return R(A)"); }
    public static final int LOAD_K_RETURN = 21;
    static { spec(LOAD_K_RETURN, "LOAD_K_RETURN", "Bx:k", "return K(Bx)"); }
    public static final int MAKE_LAZY = 22;
    static { spec(MAKE_LAZY, "MAKE_LAZY", "A:r B:r", "R(A) := a lazy seq whose body is the zero-argument fn R(B) (lazy-seq*, guarded)"); }
    public static final int THROW = 23;
    static { spec(THROW, "THROW", "A:r", "throw R(A), recording this form's position on it"); }
    public static final int RETHROW = 24;
    static { spec(RETHROW, "RETHROW", "A:r", "throw R(A) unchanged (a catch that matched nothing, or the end of a finally)"); }
    public static final int PUSHCATCH = 25;
    static { spec(PUSHCATCH, "PUSHCATCH", "A:r sBx:j", "install a handler: a Throwable raised until the matching POPCATCH goes to R(A), pc += sBx"); }
    public static final int POPCATCH = 26;
    static { spec(POPCATCH, "POPCATCH", "", "remove the innermost handler"); }
    public static final int JMPIFNOTINSTANCE = 27;
    static { spec(JMPIFNOTINSTANCE, "JMPIFNOTINSTANCE", "A:r sBx:j X:k", "if R(A) is not an instance of class K(X): pc += sBx"); }
    public static final int PUSHDYN = 28;
    static { spec(PUSHDYN, "PUSHDYN", "A:r", "push-thread-bindings R(A) (a map var -> value); R(A) := nil (guarded)"); }
    public static final int POPDYN = 29;
    static { spec(POPDYN, "POPDYN", "A:r", "pop-thread-bindings; R(A) := nil (guarded)"); }
    public static final int CASE = 30;
    static { spec(CASE, "CASE", "A:r Bx:k", "constant-time case: i := K(Bx)[R(A)]; pc += (i found ? i + 1 : 0); a JMP table follows (default first)"); }
    public static final int NEWVEC = 31;
    static { spec(NEWVEC, "NEWVEC", "A:r B:n", "R(A) := vector of R(A) .. R(A+B-1)"); }
    public static final int NEWMAP = 32;
    static { spec(NEWMAP, "NEWMAP", "A:r B:n", "R(A) := map of keys and values R(A) .. R(A+B-1) (duplicate keys throw)"); }
    public static final int NEWSET = 33;
    static { spec(NEWSET, "NEWSET", "A:r B:n", "R(A) := set of R(A) .. R(A+B-1) (duplicate keys throw)"); }
    public static final int WITHMETA = 34;
    static { spec(WITHMETA, "WITHMETA", "A:r Bx:k", "R(A) := R(A) with metadata K(Bx) (when it can carry metadata)"); }
    public static final int HOST_CALL = 35;
    static { spec(HOST_CALL, "HOST_CALL", "A:r B:n C:n X:k", "interop call through call site K(X): C=1 instance: R(A) := R(A).m(R(A+1) .. R(A+B)); C=0 static: R(A) := m(R(A) .. R(A+B-1))"); }
    public static final int HOST_FIELD = 36;
    static { spec(HOST_FIELD, "HOST_FIELD", "A:r B:r C:n X:k", "interop field read through call site K(X): C=1: R(A) := R(B).field; C=0: R(A) := static field"); }
    public static final int HOST_NEW = 37;
    static { spec(HOST_NEW, "HOST_NEW", "A:r B:n X:k", "interop construction through call site K(X): R(A) := new R(A)(R(A+1) .. R(A+B))"); }
    public static final int SUSPEND = 38;
    static { spec(SUSPEND, "SUSPEND", "", "stop here leaving the window as it is (Interpreter.resume continues at this pc); for tests and debuggers"); }

    // ---- speculative int arithmetic (guarded) ----
    public static final int ADD_II = 40;
    static { spec(ADD_II, "ADD_II", "A:r B:r C:r", "R(A) := (+ R(B) R(C))"); }
    public static final int SUB_II = 41;
    static { spec(SUB_II, "SUB_II", "A:r B:r C:r", "R(A) := (- R(B) R(C))"); }
    public static final int MUL_II = 42;
    static { spec(MUL_II, "MUL_II", "A:r B:r C:r", "R(A) := (* R(B) R(C))"); }
    public static final int QUOT = 43;
    static { spec(QUOT, "QUOT", "A:r B:r C:r", "R(A) := (quot R(B) R(C))"); }
    public static final int REM = 44;
    static { spec(REM, "REM", "A:r B:r C:r", "R(A) := (rem R(B) R(C))"); }
    public static final int MOD = 45;
    static { spec(MOD, "MOD", "A:r B:r C:r", "R(A) := (mod R(B) R(C))"); }
    public static final int ADD_IK = 46;
    static { spec(ADD_IK, "ADD_IK", "A:r B:r C:i", "R(A) := (+ R(B) sC) (or (+ sC R(B)))"); }
    public static final int SUB_IK = 47;
    static { spec(SUB_IK, "SUB_IK", "A:r B:r C:i", "R(A) := (- R(B) sC)"); }
    public static final int MUL_IK = 88;
    static { spec(MUL_IK, "MUL_IK", "A:r B:r C:i", "R(A) := (* R(B) sC) (or (* sC R(B)))"); }
    public static final int SPEC_GENERIC = 89;
    static { spec(SPEC_GENERIC, "SPEC_GENERIC", "A:r B:n C:n", "a specialised op whose clojure.core fn was redefined: runs its generic side "
            + "(the op it was is its site's; A, B, C are that op's)"); }

    // ---- speculative int comparisons (guarded) ----
    public static final int EQ_II = 48;
    static { spec(EQ_II, "EQ_II", "A:r B:r C:r", "R(A) := (= R(B) R(C)) or (== R(B) R(C))"); }
    public static final int LT_II = 49;
    static { spec(LT_II, "LT_II", "A:r B:r C:r", "R(A) := (< R(B) R(C))"); }
    public static final int LE_II = 50;
    static { spec(LE_II, "LE_II", "A:r B:r C:r", "R(A) := (<= R(B) R(C))"); }
    public static final int GT_II = 51;
    static { spec(GT_II, "GT_II", "A:r B:r C:r", "R(A) := (> R(B) R(C))"); }
    public static final int GE_II = 52;
    static { spec(GE_II, "GE_II", "A:r B:r C:r", "R(A) := (>= R(B) R(C))"); }
    public static final int EQ_IK = 53;
    static { spec(EQ_IK, "EQ_IK", "A:r B:r C:i", "R(A) := R(B) = sC (=, == or the mirrored form)"); }
    public static final int LT_IK = 54;
    static { spec(LT_IK, "LT_IK", "A:r B:r C:i", "R(A) := R(B) < sC ((< x k) or (> k x))"); }
    public static final int LE_IK = 55;
    static { spec(LE_IK, "LE_IK", "A:r B:r C:i", "R(A) := R(B) <= sC"); }
    public static final int GT_IK = 56;
    static { spec(GT_IK, "GT_IK", "A:r B:r C:i", "R(A) := R(B) > sC"); }
    public static final int GE_IK = 57;
    static { spec(GE_IK, "GE_IK", "A:r B:r C:i", "R(A) := R(B) >= sC"); }

    // ---- speculative bitwise ops (guarded) ----
    public static final int BAND_II = 58;
    static { spec(BAND_II, "BAND_II", "A:r B:r C:r", "R(A) := (bit-and R(B) R(C))"); }
    public static final int BOR_II = 59;
    static { spec(BOR_II, "BOR_II", "A:r B:r C:r", "R(A) := (bit-or R(B) R(C))"); }
    public static final int BXOR_II = 60;
    static { spec(BXOR_II, "BXOR_II", "A:r B:r C:r", "R(A) := (bit-xor R(B) R(C))"); }
    public static final int SHL_II = 61;
    static { spec(SHL_II, "SHL_II", "A:r B:r C:r", "R(A) := (bit-shift-left R(B) R(C))"); }
    public static final int SHR_II = 62;
    static { spec(SHR_II, "SHR_II", "A:r B:r C:r", "R(A) := (bit-shift-right R(B) R(C))"); }
    public static final int USHR_II = 63;
    static { spec(USHR_II, "USHR_II", "A:r B:r C:r", "R(A) := (unsigned-bit-shift-right R(B) R(C))"); }
    public static final int BNOT_I = 64;
    static { spec(BNOT_I, "BNOT_I", "A:r B:r", "R(A) := (bit-not R(B))"); }

    // ---- speculative predicates and steps (guarded) ----
    public static final int ZERO_INT_P = 65;
    static { spec(ZERO_INT_P, "ZERO_INT_P", "A:r B:r", "R(A) := (zero? R(B))"); }
    public static final int POS_P_I = 66;
    static { spec(POS_P_I, "POS_P_I", "A:r B:r", "R(A) := (pos? R(B))"); }
    public static final int NEG_P_I = 67;
    static { spec(NEG_P_I, "NEG_P_I", "A:r B:r", "R(A) := (neg? R(B))"); }
    public static final int EVEN_P_I = 68;
    static { spec(EVEN_P_I, "EVEN_P_I", "A:r B:r", "R(A) := (even? R(B))"); }
    public static final int ODD_P_I = 69;
    static { spec(ODD_P_I, "ODD_P_I", "A:r B:r", "R(A) := (odd? R(B))"); }
    public static final int INC_I = 70;
    static { spec(INC_I, "INC_I", "A:r B:r", "R(A) := (inc R(B))"); }
    public static final int DEC_I = 71;
    static { spec(DEC_I, "DEC_I", "A:r B:r", "R(A) := (dec R(B))"); }
    public static final int NOT = 72;
    static { spec(NOT, "NOT", "A:r B:r", "R(A) := (not R(B))"); }
    public static final int NIL_P = 73;
    static { spec(NIL_P, "NIL_P", "A:r B:r", "R(A) := (nil? R(B))"); }

    // ---- data-structure fast lanes (guarded; other operand types call the generic fn) ----
    public static final int NTH_VEC = 74;
    static { spec(NTH_VEC, "NTH_VEC", "A:r B:r C:r", "R(A) := (nth R(B) R(C)); fast on a persistent vector and an in-range fixnum"); }
    public static final int FIRST_VEC = 75;
    static { spec(FIRST_VEC, "FIRST_VEC", "A:r B:r", "R(A) := (first R(B)); fast on a persistent vector or a seq"); }
    public static final int COUNT_VEC = 76;
    static { spec(COUNT_VEC, "COUNT_VEC", "A:r B:r", "R(A) := (count R(B)); fast on counted collections"); }
    public static final int EMPTY_VEC = 77;
    static { spec(EMPTY_VEC, "EMPTY_VEC", "A:r B:r", "R(A) := (empty? R(B)); fast on a persistent vector"); }
    public static final int CONJ_VEC = 78;
    static { spec(CONJ_VEC, "CONJ_VEC", "A:r B:r C:r", "R(A) := (conj R(B) R(C)); fast on a persistent vector"); }
    public static final int GET_KW_MAP = 79;
    static { spec(GET_KW_MAP, "GET_KW_MAP", "A:r B:r C:k", "R(A) := (get R(B) K(C)) or (K(C) R(B)) for a keyword K(C); fast on maps and other lookups"); }
    public static final int ASSOC = 80;
    static { spec(ASSOC, "ASSOC", "A:r B:r C:r X:r", "R(A) := (assoc R(B) R(C) R(X)); fast on associative collections"); }
    public static final int DISSOC = 81;
    static { spec(DISSOC, "DISSOC", "A:r B:r C:r", "R(A) := (dissoc R(B) R(C)); fast on maps"); }

    // ---- fused counted loops: accelerators placed at a loop head; they run iterations while the fast lane
    // holds (fixnums, no overflow, core fns not redefined), polling the safepoint every 256 iterations, then
    // fall through to the loop's ordinary code, which finishes the loop or meets the error exactly as written.
    public static final int LOOP_INT_LT = 82;
    static { spec(LOOP_INT_LT, "LOOP_INT_LT", "A:r B:r", "(loop [i ..] (if (< i n) (recur (inc i)) ..)): while R(A) < R(B): R(A) += 1"); }
    public static final int LOOP_INT_DEC = 83;
    static { spec(LOOP_INT_DEC, "LOOP_INT_DEC", "A:r B:n", "(loop [i ..] (if (zero? i) .. (recur (dec i)))): while R(A) != 0 (B=0) or R(A) > 0 (B=1, pos? form): R(A) -= 1"); }
    public static final int LOOP_INT_LT_INC = 84;
    static { spec(LOOP_INT_LT_INC, "LOOP_INT_LT_INC", "A:r B:r C:r", "two bindings in lockstep: while R(A) < R(B): R(A) += 1, R(C) += 1"); }
    public static final int LOOP_INT_DEC_INC = 85;
    static { spec(LOOP_INT_DEC_INC, "LOOP_INT_DEC_INC", "A:r B:r C:n", "two bindings in lockstep: while R(A) != 0 (C=0) or R(A) > 0 (C=1): R(A) -= 1, R(B) += 1"); }
    public static final int LOOP_INT_LT_ACC = 86;
    static { spec(LOOP_INT_LT_ACC, "LOOP_INT_LT_ACC", "A:r B:r C:r X:r", "accumulator: while R(A) < R(B): R(C) += R(X) (X is A or loop-invariant), R(A) += 1"); }
    public static final int LOOP_INT_DEC_ACC = 87;
    static { spec(LOOP_INT_DEC_ACC, "LOOP_INT_DEC_ACC", "A:r B:r C:n X:r", "accumulator: while R(A) != 0 (C=0) or R(A) > 0 (C=1): R(B) += R(X), R(A) -= 1"); }

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
