package dev.mino.cpjit;

import dev.mino.tier.bytecode.BytecodeClosure;
import dev.mino.tier.bytecode.BytecodeFn;
import dev.mino.tier.bytecode.Insn;
import dev.mino.tier.bytecode.Op;

import java.util.Set;

/**
 * The rule AUTO mode compiles by (ON compiles every eligible method). Native code pays for itself only
 * where it stays native: entering a chain from Java costs a downcall and a copy of the arguments, and
 * every exit to Java an upcall and a copy of the window back, where the interpreter (once HotSpot has
 * compiled it) pays neither. So a hot method is compiled when
 * <ol>
 *   <li>none of its ops always leaves native code (an op that needs Java objects, {@link #ALWAYS_EXIT}:
 *       allocation, var and interop ops, generic calls, tail calls, a deopt point; and a cached call
 *       whose var holds anything but a bytecode fn native code can call, a builtin say, which the call
 *       helper would make through an upcall every time), and</li>
 *   <li>it loops (a backward jump or a fused loop op) or makes a cached call (which can stay native), or
 *       it is called from native code (linking, where there is no crossing to pay).</li>
 * </ol>
 * A straight-line leaf fn called from Java (a pipeline's {@code #(* 3 %)}) thus stays in the
 * interpreter, and so does a reducing fn that allocates on every call (the allocation rows).
 */
final class Profitability {
    private Profitability() {}

    /** Ops whose stencil always calls its helper or exits (HELPER_STENCIL, EXIT_STENCIL, or a helper call alone). */
    static final Set<String> ALWAYS_EXIT = Set.of(
            "ASSOC", "CALL", "CLOSURE", "CONJ_VEC", "COUNT_VEC", "DEOPT_TO_INTERP", "DISSOC", "EMPTY_VEC", "ENV_BIND",
            "FIRST_VEC", "GETGLOBAL", "GETGLOBAL_CACHED", "GET_KW_MAP", "HOST_CALL", "HOST_FIELD", "HOST_NEW",
            "JMPIFNOTINSTANCE", "LOAD_SELF", "MAKE_LAZY", "NEWMAP", "NEWSET", "NEWVEC", "NTH_VEC", "POPDYN", "POP_ENV",
            "PROTOCOL_CALL_CACHED", "PROTOCOL_TAILCALL_CACHED", "PUSHDYN", "PUSH_ENV", "SETGLOBAL", "SETGLOBAL_META",
            "SETVAR", "SPEC_GENERIC", "TAILCALL", "TAILCALL_CACHED", "THROW", "WITHMETA");

    /** Whether the cached call at pc goes, as things stand, to a fn native code can call without Java. */
    private static boolean nativeCallee(BytecodeFn.Method m, int pc) {
        if (!(m.cachedCallee(pc) instanceof BytecodeClosure bc)) return false;
        BytecodeFn.Method cm = bc.template().methodFor(Insn.b(m.code[pc]));
        return cm != null && !cm.variadic && !cm.usesSelf();
    }

    /** Whether AUTO mode compiles m (calledFromNative: it is about to be linked from a native call site). */
    static boolean worthCompiling(BytecodeFn.Method m, boolean calledFromNative) {
        boolean loopsOrCalls = calledFromNative;
        int[] code = m.code;
        for (int pc = 0; pc < code.length; pc += Op.width(Insn.op(code[pc]))) {
            int op = Insn.op(code[pc]);
            String name = Op.name(op);
            if (name == null || ALWAYS_EXIT.contains(name) || InterpreterOnlyOps.contains(name)) return false;
            if (op == Op.CALL_CACHED && !nativeCallee(m, pc)) return false;
            if (op == Op.CALL_CACHED || name.startsWith("LOOP_") || (ChainCompiler.jumpTarget(code, pc) >= 0 && ChainCompiler.jumpTarget(code, pc) <= pc)) {
                loopsOrCalls = true;
            }
        }
        return loopsOrCalls;
    }
}
