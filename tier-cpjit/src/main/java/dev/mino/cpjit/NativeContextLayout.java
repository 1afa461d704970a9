package dev.mino.cpjit;

import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.StructLayout;
import java.lang.invoke.VarHandle;

import static java.lang.foreign.ValueLayout.JAVA_LONG;

/**
 * The per-thread native context of the stencil ABI ({@code struct mino_ctx} in mino_stencil.h), as a
 * MemoryLayout. A test reads the header's MINO_CTX_*_OFFSET macros and checks them against this layout,
 * and the header's static asserts check the macros against the C struct, so the two cannot drift apart.
 */
public final class NativeContextLayout {
    private NativeContextLayout() {}

    public static final StructLayout LAYOUT = MemoryLayout.structLayout(
            JAVA_LONG.withName("cancel"),
            JAVA_LONG.withName("status"),
            JAVA_LONG.withName("deopt_pc"),
            JAVA_LONG.withName("result_reg"),
            JAVA_LONG.withName("stack_limit"),
            JAVA_LONG.withName("regs_limit"),
            JAVA_LONG.withName("deopt_countdown")).withName("mino_ctx");

    // Why native code returned (MINO_STATUS_* in the header).
    public static final long STATUS_OK = 0;
    public static final long STATUS_BRANCH = 1;
    public static final long STATUS_DEOPT = 2;
    public static final long STATUS_CANCELLED = 3;
    public static final long STATUS_ERROR = 4;
    public static final long STATUS_TAILCALL = 5;
    public static final long STATUS_STACK = 6;

    // Byte offsets of the fields the invoker reads and writes on every call.
    static final long STATUS = offsetOf("status");
    static final long DEOPT_PC = offsetOf("deopt_pc");
    static final long RESULT_REG = offsetOf("result_reg");
    static final long CANCEL_FLAG = offsetOf("cancel");
    static final long REGS_LIMIT = offsetOf("regs_limit");
    static final long DEOPT_COUNTDOWN = offsetOf("deopt_countdown");

    private static VarHandle field(String name) {
        return LAYOUT.varHandle(MemoryLayout.PathElement.groupElement(name)).withInvokeExactBehavior();
    }

    private static final VarHandle CANCEL_FIELD = field("cancel");
    private static final VarHandle STATUS_FIELD = field("status");
    private static final VarHandle DEOPT_PC_FIELD = field("deopt_pc");
    private static final VarHandle RESULT_REG_FIELD = field("result_reg");
    private static final VarHandle STACK_LIMIT_FIELD = field("stack_limit");

    /** The byte offset of a field, by its C name. */
    public static long offsetOf(String name) {
        return LAYOUT.byteOffset(MemoryLayout.PathElement.groupElement(name));
    }

    /** Asks native code on the context's thread to stop at its next poll (a volatile store: another thread's). */
    public static void requestCancel(MemorySegment ctx) {
        CANCEL_FIELD.setVolatile(ctx, 0L, 1L);
    }

    public static void clearCancel(MemorySegment ctx) {
        CANCEL_FIELD.setVolatile(ctx, 0L, 0L);
    }

    public static long status(MemorySegment ctx) {
        return (long) STATUS_FIELD.get(ctx, 0L);
    }

    public static long deoptPc(MemorySegment ctx) {
        return (long) DEOPT_PC_FIELD.get(ctx, 0L);
    }

    public static long resultReg(MemorySegment ctx) {
        return (long) RESULT_REG_FIELD.get(ctx, 0L);
    }

    public static void setStackLimit(MemorySegment ctx, long address) {
        STACK_LIMIT_FIELD.set(ctx, 0L, address);
    }
}
