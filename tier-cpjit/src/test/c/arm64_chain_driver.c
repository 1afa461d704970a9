/*
 * Runs one patched aarch64 stencil chain for real, under qemu-aarch64 (tier-cpjit's Arm64QemuSmokeTest).
 * Freestanding and static, no libc: raw Linux syscalls. Usage: arm64_chain_driver CHAIN_FILE
 *
 * CHAIN_FILE, little-endian u64s: "MINOCHN1", load address, image size, helper thunk offset, register
 * count N, N initial words, N expected words, expected returned word, expected status, expected helper
 * calls; then the image bytes. The driver maps the image at its load address read+write, writes a
 * branch thunk to its own helper at the thunk offset (the chain's HELPER holes point there), flips the
 * pages to read+execute, flushes the caches, calls the chain on the window and compares.
 * Exit status: 0 all as expected, 1 a mismatch (said on stderr), 2 a setup failure.
 */
#include <stddef.h>
#include <stdint.h>

typedef uint64_t word;
typedef struct {
    volatile int64_t cancel;
    int64_t status, deopt_pc, result_reg;
    uintptr_t stack_limit;
    void *const *helpers;
} mino_ctx;
typedef word chain_fn(word *regs, mino_ctx *ctx);

#define MAX_REGS 32
#define MAX_FILE (1 << 20)

static long sys(long n, long a, long b, long c, long d, long e, long f) {
    register long x8 __asm__("x8") = n;
    register long x0 __asm__("x0") = a;
    register long x1 __asm__("x1") = b;
    register long x2 __asm__("x2") = c;
    register long x3 __asm__("x3") = d;
    register long x4 __asm__("x4") = e;
    register long x5 __asm__("x5") = f;
    __asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3), "r"(x4), "r"(x5) : "memory");
    return x0;
}

static void say(const char *s) {
    size_t n = 0;
    while (s[n]) n++;
    sys(64 /* write */, 2, (long)s, (long)n, 0, 0, 0);
}

static void say_hex(const char *label, uint64_t v) {
    char buf[19] = "0x";
    for (int i = 0; i < 16; i++) buf[2 + i] = "0123456789abcdef"[(v >> (60 - 4 * i)) & 15];
    buf[18] = 0;
    say(label);
    say(buf);
    say("\n");
}

static uint8_t file[MAX_FILE];
static word regs[MAX_REGS];
static mino_ctx ctx;
static int helper_calls;

/* The chain's slow path: ADD of r1 and r2 whose sum left 63 bits; answers a ref word, as Java would box. */
static int64_t helper(word *r, mino_ctx *c, uint64_t site) {
    (void)c;
    helper_calls++;
    if (site != 1) return 4; /* MINO_STATUS_ERROR */
    r[0] = 0;                /* a ref word: the sum is a boxed Long in Java */
    return 0;
}

static uint64_t u64(const uint8_t *p) {
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--) v = v << 8 | p[i];
    return v;
}

static void flush(uintptr_t start, uintptr_t end) {
    uint64_t ctr;
    __asm__ volatile("mrs %0, ctr_el0" : "=r"(ctr));
    uintptr_t dline = 4u << ((ctr >> 16) & 15), iline = 4u << (ctr & 15);
    for (uintptr_t a = start & ~(dline - 1); a < end; a += dline) __asm__ volatile("dc cvau, %0" ::"r"(a) : "memory");
    __asm__ volatile("dsb ish" ::: "memory");
    for (uintptr_t a = start & ~(iline - 1); a < end; a += iline) __asm__ volatile("ic ivau, %0" ::"r"(a) : "memory");
    __asm__ volatile("dsb ish\n isb" ::: "memory");
}

static int run(const char *path) {
    long fd = sys(56 /* openat */, -100 /* AT_FDCWD */, (long)path, 0, 0, 0, 0);
    if (fd < 0) { say("driver: cannot open the chain file\n"); return 2; }
    long size = 0, got;
    while ((got = sys(63 /* read */, fd, (long)(file + size), MAX_FILE - size, 0, 0, 0)) > 0) size += got;
    sys(57 /* close */, fd, 0, 0, 0, 0, 0);
    if (size < 6 * 8 || u64(file) != 0x314e48434f4e494dull /* "MINOCHN1" */) { say("driver: not a chain file\n"); return 2; }
    uint64_t load = u64(file + 8), image_size = u64(file + 16), thunk = u64(file + 24), n = u64(file + 32);
    if (n > MAX_REGS) { say("driver: too many registers\n"); return 2; }
    const uint8_t *p = file + 40;
    for (uint64_t i = 0; i < n; i++) regs[i] = u64(p + 8 * i);
    const uint8_t *expect = p + 8 * n;
    uint64_t want_return = u64(expect + 8 * n), want_status = u64(expect + 8 * n + 8), want_calls = u64(expect + 8 * n + 16);
    const uint8_t *image = expect + 8 * n + 24;
    if ((long)(image - file) + (long)image_size > size || thunk + 16 > 65536) { say("driver: truncated chain file\n"); return 2; }

    long length = 65536;
    long mem = sys(222 /* mmap */, (long)load, length, 3 /* RW */, 0x22 | 0x100000 /* PRIVATE|ANON|FIXED_NOREPLACE */, -1, 0);
    if (mem != (long)load) { say_hex("driver: cannot map at ", load); return 2; }
    uint8_t *code = (uint8_t *)mem;
    for (uint64_t i = 0; i < image_size; i++) code[i] = image[i];
    /* ldr x16, #8; br x16; .quad helper */
    uint32_t *t = (uint32_t *)(code + thunk);
    t[0] = 0x58000050;
    t[1] = 0xD61F0200;
    *(uint64_t *)(code + thunk + 8) = (uint64_t)(uintptr_t)&helper;
    if (sys(226 /* mprotect */, mem, length, 5 /* RX */, 0, 0, 0) != 0) { say("driver: mprotect failed\n"); return 2; }
    flush((uintptr_t)code, (uintptr_t)code + length);

    word returned = ((chain_fn *)(uintptr_t)code)(regs, &ctx);
    int ok = 1;
    for (uint64_t i = 0; i < n; i++) {
        if (regs[i] != u64(expect + 8 * i)) { say_hex("register mismatch, got ", regs[i]); say_hex("  expected ", u64(expect + 8 * i)); ok = 0; }
    }
    if (returned != want_return) { say_hex("returned ", returned); say_hex("  expected ", want_return); ok = 0; }
    if ((uint64_t)ctx.status != want_status) { say_hex("status ", (uint64_t)ctx.status); ok = 0; }
    if ((uint64_t)helper_calls != want_calls) { say_hex("helper calls ", (uint64_t)helper_calls); ok = 0; }
    return ok ? 0 : 1;
}

int driver_main(long *sp) {
    long argc = sp[0];
    char **argv = (char **)(sp + 1);
    if (argc != 2) { say("usage: arm64_chain_driver CHAIN_FILE\n"); return 2; }
    return run(argv[1]);
}

__attribute__((naked, noreturn)) void _start(void) {
    __asm__ volatile("mov x0, sp\n"
                     "bl driver_main\n"
                     "mov x8, #93\n" /* exit */
                     "svc #0\n");
}
