/*
 * The stencil ABI (ARCHITECTURE.md 5 and 7). Every stencil is one C file that includes this header and
 * defines _JIT_ENTRY. clang compiles it ahead of time for each target; stencil-extract keeps its bytes
 * and its relocations ("holes"), and the runtime patcher fills the holes when it copies the stencil into
 * executable memory. Freestanding: nothing beyond <stdint.h> and <stddef.h>.
 */
#ifndef MINO_STENCIL_H
#define MINO_STENCIL_H

#include <stddef.h>
#include <stdint.h>

/*
 * A register word (ARCHITECTURE.md 5), low bits the tag:
 *   ...1  fixnum: value = word >> 1 (63-bit signed)
 *   000   ref: the value lives in the Java refs[] slot beside the word (only Java may copy it)
 *   010   immediate: nil, false, true as (id << 3) | 2
 *   100   constant: (index << 3) | 4, an entry of the state-wide constant table
 *   110   reserved
 */
typedef uint64_t word;

#define MINO_TAG_MASK 7u
#define MINO_REF 0u
#define MINO_NIL 2u
#define MINO_FALSE ((1u << 3) | 2u)
#define MINO_TRUE ((2u << 3) | 2u)

/* Why native code returned to its invoker, and what a helper answers (0 and 1 only from helpers). */
#define MINO_STATUS_OK 0        /* helper: go on; invoker: the chain returned R(result_reg) */
#define MINO_STATUS_BRANCH 1    /* helper of a branching op: take the jump */
#define MINO_STATUS_DEOPT 2     /* resume the interpreter at deopt_pc over the same window */
#define MINO_STATUS_CANCELLED 3 /* the cancel flag was seen at a poll; deopt_pc resumes the work */
#define MINO_STATUS_ERROR 4     /* a helper left a pending exception in Java for the invoker to throw */
#define MINO_STATUS_TAILCALL 5  /* the op at deopt_pc is a tail call: the invoker performs it (constant stack) */
#define MINO_STATUS_STACK 6     /* the native stack reached stack_limit: the invoker raises StackOverflowError */

/*
 * The per-thread native context. Java mirrors it with a MemoryLayout (NativeContextLayout), and a test
 * reads the offsets below from this file and checks them against that layout.
 */
typedef struct mino_ctx {
    volatile int64_t cancel;  /* nonzero: stop at the next poll (future-cancel, interrupt) */
    int64_t status;           /* MINO_STATUS_* of the last exit */
    int64_t deopt_pc;         /* the pc to resume at, for DEOPT, CANCELLED and TAILCALL exits */
    int64_t result_reg;       /* the register a RETURN read: Java copies its ref when the word is a ref */
    uintptr_t stack_limit;    /* lowest native stack address a stencil may call a helper from */
    uintptr_t regs_limit;     /* end of the thread's register words: a native call's window must end below it */
    int64_t deopt_countdown;  /* deopt-a-lot mode: DEOPT_POINT exits when its decrement reaches 0 */
} mino_ctx;

#define MINO_CTX_CANCEL_OFFSET 0
#define MINO_CTX_STATUS_OFFSET 8
#define MINO_CTX_DEOPT_PC_OFFSET 16
#define MINO_CTX_RESULT_REG_OFFSET 24
#define MINO_CTX_STACK_LIMIT_OFFSET 32
#define MINO_CTX_REGS_LIMIT_OFFSET 40
#define MINO_CTX_DEOPT_COUNTDOWN_OFFSET 48
#define MINO_CTX_SIZE 56

_Static_assert(offsetof(mino_ctx, cancel) == MINO_CTX_CANCEL_OFFSET, "cancel");
_Static_assert(offsetof(mino_ctx, status) == MINO_CTX_STATUS_OFFSET, "status");
_Static_assert(offsetof(mino_ctx, deopt_pc) == MINO_CTX_DEOPT_PC_OFFSET, "deopt_pc");
_Static_assert(offsetof(mino_ctx, result_reg) == MINO_CTX_RESULT_REG_OFFSET, "result_reg");
_Static_assert(offsetof(mino_ctx, stack_limit) == MINO_CTX_STACK_LIMIT_OFFSET, "stack_limit");
_Static_assert(offsetof(mino_ctx, regs_limit) == MINO_CTX_REGS_LIMIT_OFFSET, "regs_limit");
_Static_assert(offsetof(mino_ctx, deopt_countdown) == MINO_CTX_DEOPT_COUNTDOWN_OFFSET, "deopt_countdown");
_Static_assert(sizeof(mino_ctx) == MINO_CTX_SIZE, "size");

/* A stencil, and the continuation it tail-calls: the register window and the thread's context. */
typedef word mino_stencil(word *regs, mino_ctx *ctx);

/*
 * A helper: Java code (an upcall stub) that runs the op at `site` generically on the window. It answers a
 * MINO_STATUS_*; anything but OK (or BRANCH, for a branching op) makes the stencil exit with that status.
 * An exception never crosses it: the helper catches, parks the exception and answers MINO_STATUS_ERROR.
 */
typedef int64_t mino_helper(word *regs, mino_ctx *ctx, uint64_t site);

/*
 * The holes. Each is an extern symbol whose address the patcher supplies, so the compiler leaves a
 * relocation at each use. Operands: _JIT_A, _JIT_B, _JIT_C (the instruction's fields; sC and sBx arrive
 * sign-extended), _JIT_X (the second word), _JIT_K (a constant word), _JIT_PC (this op's pc), _JIT_SITE
 * (the helper's site id). Code: _JIT_HELPER (the slow-path helper), _JIT_CONTINUE (the next op) and
 * _JIT_JUMP_TARGET (the branch target).
 */
extern char _JIT_A[], _JIT_B[], _JIT_C[], _JIT_X[], _JIT_K[], _JIT_PC[], _JIT_SITE[];
extern mino_helper _JIT_HELPER;
extern mino_stencil _JIT_CONTINUE;
extern mino_stencil _JIT_JUMP_TARGET;

#define OPERAND(name) ((uint64_t)(uintptr_t)_JIT_##name)
#define SIGNED_OPERAND(name) ((int64_t)(intptr_t)_JIT_##name)
#define R(name) regs[OPERAND(name)]

/*
 * An operand to test or compare: the compiler takes each hole for an object's address, never null and
 * distinct from every other hole's, so it folds OPERAND(B) != 0 to true (and may fold OPERAND(X) ==
 * OPERAND(A) to false). An empty asm hides where the value came from. Use it for flags (an `n` field that
 * may be 0) and for register identity; OPERAND suffices where the value is only used (indices, stores).
 */
static inline uint64_t operand_value(uint64_t v) {
    __asm__("" : "+r"(v));
    return v;
}
#define OPERAND_VALUE(name) operand_value(OPERAND(name))

#define STENCIL word _JIT_ENTRY(word *regs, mino_ctx *ctx)
#define CONTINUE() __attribute__((musttail)) return _JIT_CONTINUE(regs, ctx)
#define JUMP() __attribute__((musttail)) return _JIT_JUMP_TARGET(regs, ctx)

/* Cold paths: kept out of the straight line the hot path falls through. */
#define LIKELY(c) __builtin_expect(!!(c), 1)
#define UNLIKELY(c) __builtin_expect(!!(c), 0)

static inline int is_fixnum(word w) { return (int)(w & 1); }
static inline word fixnum(int64_t v) { return (word)v << 1 | 1; }
static inline int64_t fixnum_value(word w) { return (int64_t)w >> 1; }
/* Whether v fits the 63 bits of a fixnum. */
static inline int fits_fixnum(int64_t v) { return (int64_t)((uint64_t)v << 1) >> 1 == v; }
static inline word boolean(int b) { return b ? MINO_TRUE : MINO_FALSE; }
static inline int is_falsy(word w) { return w == MINO_NIL || w == MINO_FALSE; }

/* The fixnum words of 0 and of the least and greatest fixnums; as int64 the words order as their values. */
#define FIXNUM_ZERO_WORD ((word)1)
#define FIXNUM_MIN_WORD ((word)INT64_MIN + 1)
#define FIXNUM_MAX_WORD ((word)INT64_MAX)

/* Leaves native code with a status, recording this op's pc: the invoker resumes (or acts, or reports) there. */
static inline word exit_at_pc(mino_ctx *ctx, int64_t status) {
    ctx->deopt_pc = (int64_t)OPERAND(PC);
    ctx->status = status;
    return 0;
}

/* The native stack pointer, for the stack-limit check before a helper that may re-enter native code. */
static inline uintptr_t stack_pointer(void) {
    uintptr_t sp;
#if defined(__x86_64__)
    __asm__ volatile("movq %%rsp, %0" : "=r"(sp));
#elif defined(__aarch64__)
    __asm__ volatile("mov %0, sp" : "=r"(sp));
#else
#error "stencils are built for x86_64 and aarch64"
#endif
    return sp;
}

/*
 * The slow path: the helper runs this op generically (it may call mino code, which may enter native code
 * again, so the native stack is checked first). Answers the helper's status.
 */
static inline int64_t call_helper(word *regs, mino_ctx *ctx) {
    if (UNLIKELY(stack_pointer() < ctx->stack_limit)) return MINO_STATUS_STACK;
    return _JIT_HELPER(regs, ctx, OPERAND(SITE));
}

/*
 * A stencil with a fast lane defines its slow path with SLOW_PATH (before STENCIL) and takes it with
 * SLOW(): a separate function reached by a tail call, so the hot path needs no stack frame of its own.
 */
#define SLOW_PATH                                                          \
    __attribute__((noinline)) static word slow_path(word *regs, mino_ctx *ctx) { \
        int64_t status = call_helper(regs, ctx);                           \
        if (UNLIKELY(status != MINO_STATUS_OK)) return exit_at_pc(ctx, status); \
        CONTINUE();                                                        \
    }
#define SLOW() __attribute__((musttail)) return slow_path(regs, ctx)

/* A stencil whose op needs Java objects throughout: it calls the helper and goes on. */
#define HELPER_STENCIL                                                     \
    STENCIL {                                                              \
        int64_t status = call_helper(regs, ctx);                           \
        if (UNLIKELY(status != MINO_STATUS_OK)) return exit_at_pc(ctx, status); \
        CONTINUE();                                                        \
    }

/* A stencil that leaves native code for the invoker to act at this op (tail calls, deopt). */
#define EXIT_STENCIL(status) \
    STENCIL {                \
        (void)regs;          \
        return exit_at_pc(ctx, status); \
    }

/*
 * QUOT, REM and MOD: inline on two fixnums x, y with y != 0, where `result` (an expression of x and y)
 * must fit 63 bits, else the helper (a zero divisor's error, the least fixnum / -1). |x| <= 2^62, so
 * neither x / y nor x % y can trap.
 */
#define DIVISION_STENCIL(result)                                              \
    SLOW_PATH                                                                 \
    STENCIL {                                                                 \
        word b = R(B), c = R(C);                                              \
        if (LIKELY(b & c & 1) && LIKELY(c != FIXNUM_ZERO_WORD)) {             \
            int64_t x = fixnum_value(b), y = fixnum_value(c), r = (result);   \
            if (LIKELY(fits_fixnum(r))) {                                     \
                R(A) = fixnum(r);                                             \
                CONTINUE();                                                   \
            }                                                                 \
        }                                                                     \
        SLOW();                                                               \
    }

/* Registers a native call leaves above a callee's window start for the callee (a window has at most 256). */
#define MINO_WINDOW_HEADROOM 256

/* Loop stencils poll the cancel flag once every POLL_INTERVAL iterations (ARCHITECTURE.md 5). */
#define POLL_INTERVAL 256

/*
 * Counted loops (LOOP_INT_*), on fixnum words, where one step of a counter is 2. How many times
 * `while (i < n) i++` steps i (also `while (j != max) j++` with n = FIXNUM_MAX_WORD); exact in uint64.
 */
static inline uint64_t steps_up(word i, word n) {
    return (int64_t)i < (int64_t)n ? (n - i) >> 1 : 0;
}

/*
 * How many times `while (i != 0) i--` (pos_form: `while (i > 0) i--`) steps i before it stops or i would
 * leave the fixnum range (a negative i of the != 0 form runs down to the least fixnum).
 */
static inline uint64_t steps_down(word i, int pos_form) {
    if ((int64_t)i > (int64_t)FIXNUM_ZERO_WORD) return (i - FIXNUM_ZERO_WORD) >> 1;
    if (pos_form || i == FIXNUM_ZERO_WORD) return 0;
    return (i - FIXNUM_MIN_WORD) >> 1;
}

static inline uint64_t min_steps(uint64_t a, uint64_t b) { return a < b ? a : b; }

/* |v| of an int64 word, exact in uint64 (also for INT64_MIN). */
static inline uint64_t magnitude(word v) { return (int64_t)v < 0 ? 0 - v : v; }

/*
 * The accumulating loop of LOOP_INT_LT_ACC and LOOP_INT_DEC_ACC, on fixnum words: `left` times (fewer if
 * an add would leave 63 bits) acc += x, then i steps by istep (2 or -2), where x is the counter i itself
 * (add_i, a constant after inlining) or loop-invariant. Writes i to *ri then acc to *racc at each poll
 * (every POLL_INTERVAL iterations) and at the end; answers 1 when a poll saw the cancel flag, else 0.
 *
 * Each budget is taken in one step when no partial sum can leave 63 bits: the addends (word deltas 2x)
 * run monotonically from the first to the last, so each is at most t = the larger magnitude of those two,
 * and every partial sum lies within acc +- budget * t. Only a budget near the ends of the range (where
 * the ordinary code would meet the overflow) adds one by one and stops before the add that overflows.
 */
static inline __attribute__((always_inline)) int accumulate(mino_ctx *ctx, word *ri, word *racc, word i, word istep,
                                                             word acc, word x, int add_i, uint64_t left) {
    for (;;) {
        uint64_t budget = min_steps(left, POLL_INTERVAL), done;
        word first = (add_i ? i : x) - 1; /* (2a+1) + 2x = 2(a+x) + 1 */
        word step = add_i ? istep : 0;
        word last = first + step * (budget - 1);
        uint64_t t = magnitude(first) > magnitude(last) ? magnitude(first) : magnitude(last), bound;
        int64_t hi, lo;
        if (LIKELY(!__builtin_mul_overflow(t, budget, &bound) && bound <= (uint64_t)INT64_MAX
                   && !__builtin_add_overflow((int64_t)acc, (int64_t)bound, &hi)
                   && !__builtin_sub_overflow((int64_t)acc, (int64_t)bound, &lo))) {
            /* The sum of the arithmetic series first, first + step, ..., wrapping in uint64 to its exact value. */
            acc += budget * first + step * (budget * (budget - 1) / 2);
            done = budget;
        } else {
            int64_t a = (int64_t)acc;
            word delta = first;
            for (done = 0; done < budget; done++) {
                int64_t s;
                if (__builtin_add_overflow(a, (int64_t)delta, &s)) break;
                a = s;
                delta += step;
            }
            acc = (word)a;
        }
        i += istep * done;
        if (done != POLL_INTERVAL) break; /* the loop ended, or the next add would leave 63 bits */
        left -= POLL_INTERVAL;
        *ri = i;
        *racc = acc;
        if (UNLIKELY(ctx->cancel)) return 1;
    }
    *ri = i;
    *racc = acc;
    return 0;
}

#endif
