package dev.mino.cpjit;

import dev.mino.runtime.embed.TieringPolicy.Candidate;
import dev.mino.tier.bytecode.BytecodeClosure;
import dev.mino.tier.bytecode.BytecodeFn;
import dev.mino.tier.bytecode.Insn;
import dev.mino.tier.bytecode.Op;

import java.util.Set;

/**
 * What the tiering policy is told of a method ({@link Candidate}): whether it loops, calls native code,
 * or has an op that always leaves native code. The last is this tier's knowledge: the ops whose stencil
 * always calls its helper or exits, and a cached call whose var holds anything but a bytecode fn native
 * code can call (a builtin: the call helper would make it through an upcall every time).
 */
final class Candidates {
    private Candidates() {}

    /** Ops whose stencil always calls its helper or exits (HELPER_STENCIL, EXIT_STENCIL, or a helper call alone). */
    static final Set<String> ALWAYS_EXIT = Set.of(
            "ASSOC", "CALL", "CLOSURE", "CONJ_VEC", "COUNT_VEC", "DEOPT_TO_INTERP", "DISSOC", "EMPTY_VEC", "ENV_BIND",
            "FIRST_VEC", "GETGLOBAL", "GETGLOBAL_CACHED", "GET_KW_MAP", "HOST_CALL", "HOST_FIELD", "HOST_NEW",
            "JMPIFNOTINSTANCE", "LOAD_SELF", "MAKE_LAZY", "NEWMAP", "NEWSET", "NEWVEC", "NTH_VEC", "POPDYN", "POP_ENV",
            "PROTOCOL_CALL_CACHED", "PROTOCOL_TAILCALL_CACHED", "PUSHDYN", "PUSH_ENV", "SETGLOBAL", "SETGLOBAL_META",
            "SETVAR", "SPEC_GENERIC", "TAILCALL", "TAILCALL_CACHED", "THROW", "WITHMETA");

    /** m as the policy sees it (calls: its call count when offered; calledFromNative: about to be linked). */
    static Candidate of(BytecodeFn.Method m, long calls, boolean calledFromNative) {
        boolean loops = false, callsNatively = false, leaves = false;
        int[] code = m.code;
        int ops = 0;
        for (int pc = 0; pc < code.length; pc += Op.width(Insn.op(code[pc]))) {
            ops++;
            int op = Insn.op(code[pc]);
            String name = Op.name(op);
            if (name == null || ALWAYS_EXIT.contains(name) || InterpreterOnlyOps.contains(name)) leaves = true;
            else if (op == Op.CALL_CACHED) {
                if (nativeCallee(m, pc)) callsNatively = true;
                else leaves = true;
            }
            int target = ChainCompiler.jumpTarget(code, pc);
            if ((name != null && name.startsWith("LOOP_")) || (target >= 0 && target <= pc)) loops = true;
        }
        String fn = m.owner().name();
        int slash = fn.indexOf('/');
        return new Candidate(slash < 0 ? "" : fn.substring(0, slash), slash < 0 ? fn : fn.substring(slash + 1), m.arity, ops,
                calls, loops, callsNatively, leaves, calledFromNative);
    }

    /** Whether the cached call at pc goes, as things stand, to a fn native code can call without Java. */
    private static boolean nativeCallee(BytecodeFn.Method m, int pc) {
        if (!(m.cachedCallee(pc) instanceof BytecodeClosure bc)) return false;
        // A callee not compiled to bytecode yet is taken as callable natively (looking would compile it here).
        if (!bc.template().isCompiled()) return true;
        BytecodeFn.Method cm = bc.template().methodFor(Insn.b(m.code[pc]));
        return cm != null && !cm.variadic && !cm.usesSelf();
    }
}
