package dev.mino.cpjit;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.lang.Fn;

import java.util.Arrays;

/**
 * What a side exit costs: {@code (f x)} = {@code (+ x 1)} called from Java with a double, so that its
 * native code enters, meets a non-fixnum at ADD_IK, calls the slow-path helper, exits with DEOPT, and the
 * interpreter resumes over the copied-back window, against the same call with the JIT off (the
 * interpreter from the start) and with a fixnum (native throughout). Also a JIT-on state's entry from Java
 * (the crossing) against the interpreter's. Medians of 15 rounds, the states taking turns.
 * Run: {@code java --enable-native-access=ALL-UNNAMED -cp <test classpath> dev.mino.cpjit.DeoptRoundTripBenchmark}.
 */
public final class DeoptRoundTripBenchmark {
    private static final int CALLS = 1_000_000;

    public static void main(String[] args) {
        Fn on = fn("on");
        Fn off = fn("off");
        Object dbl = 1.5;
        Object lng = 7L;
        long[][] ns = new long[4][15];
        for (int r = 0; r < 15; r++) {
            ns[0][r] = time(on, dbl);
            ns[1][r] = time(off, dbl);
            ns[2][r] = time(on, lng);
            ns[3][r] = time(off, lng);
        }
        for (long[] a : ns) Arrays.sort(a);
        double deopt = ns[0][7] / (double) CALLS, interp = ns[1][7] / (double) CALLS;
        System.out.printf("(+ x 1) on a double: JIT on (enter, slow path, DEOPT, resume) %.1f ns/call; JIT off %.1f ns/call: deopt round trip %.1f ns%n",
                deopt, interp, deopt - interp);
        System.out.printf("(+ x 1) on a long:   JIT on (native throughout) %.1f ns/call; JIT off %.1f ns/call%n",
                ns[2][7] / (double) CALLS, ns[3][7] / (double) CALLS);
    }

    private static Fn fn(String jit) {
        MinoState s = Mino.newState(MinoOptions.commandLine("bytecode", jit));
        return (Fn) s.eval("(defn f [x] (+ x 1)) f");
    }

    private static long time(Fn f, Object x) {
        long t0 = System.nanoTime();
        Object sink = null;
        for (int i = 0; i < CALLS; i++) sink = f.invoke(x);
        long t = System.nanoTime() - t0;
        if (sink == null) throw new AssertionError();
        return t;
    }
}
