package dev.mino.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random small mino programs for differential testing across tiers: integer arithmetic at the 63-bit
 * fixnum and 64-bit long edges, compares and branches, counted loops of the shapes the bytecode tier fuses,
 * tail recursion through recur, calls between fns, closures, vectors and maps, and errors caught or not.
 * A program is a few defns and one expression; the same seed always gives the same program.
 */
final class ProgramGenerator {
    /** The values speculative int ops must get right: around 0, the 63-bit fixnum edges and the long edges. */
    private static final long[] EDGES = {0, 1, -1, 2, -2, 7, 63, 64, 255, 1000,
            (1L << 62) - 1, -(1L << 62), 1L << 62, -(1L << 62) - 1, (1L << 61), Long.MAX_VALUE, Long.MIN_VALUE,
            Long.MAX_VALUE - 1, Long.MIN_VALUE + 1, 4611686018427387902L};
    private static final String[] ARITH = {"+", "-", "*", "+'", "-'", "quot", "rem", "mod", "max", "min"};
    private static final String[] BITS = {"bit-and", "bit-or", "bit-xor", "bit-shift-left", "bit-shift-right", "unsigned-bit-shift-right"};
    private static final String[] COMPARE = {"<", "<=", ">", ">=", "=", "==", "not="};
    private static final String[] PREDICATE = {"zero?", "pos?", "neg?", "even?", "odd?", "nil?"};
    private static final String[] UNARY = {"inc", "dec", "-", "bit-not", "abs"};

    private final Random random;
    private final List<String> fns = new ArrayList<>();     // names of fns defined so far
    private final List<Integer> arities = new ArrayList<>();

    ProgramGenerator(long seed) {
        this.random = new Random(seed);
    }

    /**
     * The program: 1-3 defns, then a vector of a call of each (its error, if any, caught as text) and one
     * more expression, whose error is left uncaught; the caller prints the value.
     */
    String program() {
        StringBuilder out = new StringBuilder();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) out.append(defn("f" + i)).append('\n');
        out.append('[');
        for (int i = 0; i < n; i++) {
            StringBuilder call = new StringBuilder("(f").append(i);
            for (int a = 0; a < arities.get(i); a++) call.append(' ').append(random.nextBoolean() ? literal() : expr(List.of(), 1));
            out.append("(try ").append(call).append(") (catch Exception e (str \"caught: \" (ex-message e)))) ");
        }
        out.append(expr(List.of(), 3)).append("]\n");
        return out.toString();
    }

    private String defn(String name) {
        int arity = 1 + random.nextInt(3);
        List<String> params = new ArrayList<>();
        for (int i = 0; i < arity; i++) params.add("p" + i);
        String body = switch (random.nextInt(6)) {
            case 0 -> countedLoop(params);
            case 1 -> tailLoop(params);
            default -> expr(params, 3);
        };
        fns.add(name);
        arities.add(arity);
        return "(defn " + name + " [" + String.join(" ", params) + "] " + body + ")";
    }

    /** One of the counted-loop shapes the bytecode tier fuses, with a body expression in the accumulator. */
    private String countedLoop(List<String> params) {
        String n = random.nextBoolean() ? Integer.toString(random.nextInt(40)) : "(min 40 (max 0 " + params.getFirst() + "))";
        return switch (random.nextInt(4)) {
            case 0 -> "(loop [i 0 acc " + small() + "] (if (< i " + n + ") (recur (inc i) (+ acc " + expr(with(params, "i"), 1) + ")) acc))";
            case 1 -> "(loop [i " + n + " acc " + small() + "] (if (zero? i) acc (recur (dec i) (+ acc i))))";
            case 2 -> "(loop [i 0 j " + literal() + "] (if (< i " + n + ") (recur (inc i) (inc j)) j))";
            default -> "(loop [i " + n + " acc 0] (if (pos? i) (recur (dec i) (+ acc " + expr(with(params, "i"), 1) + ")) acc))";
        };
    }

    /** Tail recursion through recur in a fn body (constant stack on every tier). */
    private String tailLoop(List<String> params) {
        return "(let [f (fn [n acc] (if (<= n 0) acc (recur (dec n) (" + pick(ARITH) + " acc " + expr(with(params, "n"), 1) + "))))] (f "
                + random.nextInt(30) + " " + small() + "))";
    }

    private static List<String> with(List<String> params, String name) {
        List<String> out = new ArrayList<>(params);
        out.add(name);
        return out;
    }

    private String expr(List<String> vars, int depth) {
        if (depth <= 0) return leaf(vars);
        return switch (random.nextInt(16)) {
            case 0, 1 -> leaf(vars);
            case 2, 3 -> "(" + pick(ARITH) + " " + expr(vars, depth - 1) + " " + expr(vars, depth - 1) + ")";
            case 4 -> "(" + pick(BITS) + " " + expr(vars, depth - 1) + " " + (random.nextBoolean() ? Integer.toString(random.nextInt(70)) : expr(vars, depth - 1)) + ")";
            case 5 -> "(" + pick(UNARY) + " " + expr(vars, depth - 1) + ")";
            case 6 -> "(if " + condition(vars, depth - 1) + " " + expr(vars, depth - 1) + " " + expr(vars, depth - 1) + ")";
            case 7 -> {
                String name = "v" + depth + random.nextInt(3);
                yield "(let [" + name + " " + expr(vars, depth - 1) + "] " + expr(with(vars, name), depth - 1) + ")";
            }
            case 8 -> call(vars, depth - 1);
            case 9 -> "((fn [y] (" + pick(ARITH) + " y " + expr(vars, depth - 1) + ")) " + expr(vars, depth - 1) + ")";
            case 10 -> "(nth [" + expr(vars, depth - 1) + " " + expr(vars, depth - 1) + " " + leaf(vars) + "] " + random.nextInt(random.nextInt(8) == 0 ? 5 : 3) + ")";
            case 11 -> "(count (conj [" + leaf(vars) + "] " + expr(vars, depth - 1) + "))";
            case 12 -> "(get (assoc {:a " + leaf(vars) + "} :b " + expr(vars, depth - 1) + ") " + (random.nextBoolean() ? ":a" : ":b") + ")";
            case 13 -> "(try " + expr(vars, depth - 1) + " (catch ArithmeticException e " + (random.nextBoolean() ? "(ex-message e)" : "-1") + "))";
            case 14 -> "(reduce + " + literal() + " (map (fn [x] (" + pick(ARITH) + " x " + leaf(vars) + ")) (range " + random.nextInt(6) + ")))";
            default -> "(if " + condition(vars, depth - 1) + " " + (random.nextBoolean() ? "nil" : "true") + " " + expr(vars, depth - 1) + ")";
        };
    }

    private String condition(List<String> vars, int depth) {
        return switch (random.nextInt(4)) {
            case 0 -> "(" + pick(PREDICATE) + " " + expr(vars, depth) + ")";
            case 1 -> "(not (" + pick(COMPARE) + " " + expr(vars, depth) + " " + expr(vars, depth) + "))";
            default -> "(" + pick(COMPARE) + " " + expr(vars, depth) + " " + leaf(vars) + ")";
        };
    }

    /** A call of a fn defined earlier (none yet: a literal). */
    private String call(List<String> vars, int depth) {
        if (fns.isEmpty()) return literal();
        int i = random.nextInt(fns.size());
        StringBuilder sb = new StringBuilder("(").append(fns.get(i));
        for (int a = 0; a < arities.get(i); a++) sb.append(' ').append(expr(vars, depth));
        return sb.append(')').toString();
    }

    private String leaf(List<String> vars) {
        if (!vars.isEmpty() && random.nextInt(3) > 0) return vars.get(random.nextInt(vars.size()));
        return literal();
    }

    private String literal() {
        return switch (random.nextInt(4)) {
            case 0, 1 -> Long.toString(EDGES[random.nextInt(EDGES.length)]);
            case 2 -> small();
            default -> Long.toString(random.nextLong() >> random.nextInt(64));
        };
    }

    private String small() {
        return Integer.toString(random.nextInt(201) - 100);
    }

    private String pick(String[] options) {
        return options[random.nextInt(options.length)];
    }
}
