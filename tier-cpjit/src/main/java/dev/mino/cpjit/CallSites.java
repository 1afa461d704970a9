package dev.mino.cpjit;

import dev.mino.deopt.SideExit;
import dev.mino.tier.bytecode.BytecodeClosure;
import dev.mino.tier.bytecode.BytecodeFn;
import dev.mino.tier.bytecode.Insn;
import dev.mino.tier.bytecode.Interpreter;
import dev.mino.tier.bytecode.Op;
import dev.mino.tier.bytecode.RegisterStack;

/**
 * The call helper's work for one state's chains (ARCHITECTURE.md 5): the calls native code does not make
 * itself, linking their sites, finishing native callees that left for the interpreter, and noting frames of
 * errors on their way out. Also where faults are injected for the stress lane.
 */
final class CallSites {
    private final Jit jit;
    /** Fault injection (tests, MINO_JIT_FAULT_RATE): the chance that a call helper fails before doing anything; 0: never. */
    private volatile double faultRate;

    CallSites(Jit jit) {
        this.jit = jit;
    }

    /**
     * The call helper: the call at the site's op, whose chain could not make it in machine code (the call
     * is made here, as the interpreter makes it, and its cell linked for next time), or whose native callee
     * did not return normally (finished here in the interpreter, or, on an error, this frame noted).
     */
    long callSite(NativeThread t, long regs, long site) {
        ChainRegistry registry = jit.registry;
        NativeCode caller = registry.code(site);
        BytecodeFn.Method m = caller.method;
        int pc = ChainRegistry.pc(site);
        int base = (int) ((regs - t.wordsAddress) >>> 3);
        int insn = m.code[pc];
        int ra = base + Insn.a(insn);
        long status = t.status();
        if (status == NativeContextLayout.STATUS_ERROR) {
            t.pending = caller.failure(t.pending, pc);
            return status;
        }
        RegisterStack st = RegisterStack.current();
        int savedTop = st.top;
        try {
            if (faultRate > 0 && java.util.concurrent.ThreadLocalRandom.current().nextDouble() < faultRate) {
                throw new InjectedFault();
            }
            // Java entries from here must start above every native frame's window.
            st.top = Math.max(savedTop, base + m.nregs);
            if (status == NativeContextLayout.STATUS_DEOPT || status == NativeContextLayout.STATUS_TAILCALL) {
                Exits.finishCallee(jit, st, t, ra);
            } else {
                SideExit.syncWindow(st, t.words, base, m.nregs, jit.constants);
                Interpreter.callAt(st, m, pc, base);
                if (Insn.op(insn) == Op.CALL_CACHED && !caller.linked(pc)) link(caller, pc, Insn.b(insn));
            }
            t.setWord(ra, st.words[ra]);
        } catch (Throwable e) {
            t.pending = caller.failure(e, pc);
            return NativeContextLayout.STATUS_ERROR;
        } finally {
            st.top = savedTop;
        }
        t.setStatus(NativeContextLayout.STATUS_OK);
        return NativeContextLayout.STATUS_OK;
    }

    /** Makes each call helper fail with the given chance (0 turns it off): the stress lane's fault injection. */
    void injectFaults(double rate) {
        faultRate = rate;
    }

    /** What an injected helper fault throws. */
    static final class InjectedFault extends RuntimeException {
        InjectedFault() {
            super("injected helper fault");
        }
    }

    /**
     * Links the cached call at pc of caller when its var holds a bytecode fn whose method for n arguments
     * can run natively without its closure: compiled now if need be (a callee's threshold inside native
     * code is 1, ARCHITECTURE.md 6).
     */
    private void link(NativeCode caller, int pc, int n) {
        BytecodeFn.Method m = caller.method;
        if (!(m.cachedCallee(pc) instanceof BytecodeClosure bc)) return;
        BytecodeFn.Method cm = bc.template().methodFor(n);
        if (cm == null || cm.variadic || cm.arity != n || cm.usesSelf()) return;
        NativeCode callee = cm.entry() instanceof NativeCode nc && nc.jit == jit && !nc.invalid() ? nc : null;
        if (callee == null && jit.mayLink(cm)) {
            callee = jit.compileOrDecline(cm);
        }
        if (callee != null) caller.link(pc, m.cachedVar(pc), callee);
    }

}
