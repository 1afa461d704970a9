package dev.mino.cpjit;

import dev.mino.stencilextract.HoleValue;
import dev.mino.tier.bytecode.Insn;
import dev.mino.tier.bytecode.Op;
import dev.mino.tier.bytecode.Words;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.function.IntToLongFunction;

/**
 * Turns a bytecode method into a chain of stencil steps (ARCHITECTURE.md 5 and 7): one step per
 * instruction, each op's operand fields, constant word, pc, slow-path site and helper address as hole
 * values, branches resolved to steps. The method's eligibility is decided here: {@code OK} when every op
 * has a stencil, {@code OK_WITH_DEOPT} when the first op without one sits past pc 0 (the prefix runs
 * natively and {@code DEOPT_TO_INTERP} resumes the interpreter there), else {@code REJECTED} with the
 * blocking op.
 */
public final class ChainCompiler {
    public static final String DEOPT = "DEOPT_TO_INTERP";
    /** Deopt-a-lot mode's exit check, planted before every op. */
    public static final String DEOPT_POINT = "DEOPT_POINT";

    public enum Eligibility { OK, OK_WITH_DEOPT, REJECTED }

    /** Interns an object constant in the state-wide table: answers its constant word, (index << 3) | 4. */
    public interface ConstantTable {
        long word(Object constant);
    }

    /** Allocates the slow-path site id the helper receives for the op at pc of the method being compiled. */
    public interface SiteTable {
        long site(int pc);
    }

    /**
     * What a chain's holes are bound to besides the method's own operands: the constant table, slow-path
     * sites, a tag or'd into every pc the chain records (so that an exit names its chain), the helper of
     * each opcode, the X operand of the op at a pc (a cache index, or what the runtime puts there), and
     * whether a DEOPT_POINT goes before every op (deopt-a-lot mode).
     */
    public record Bindings(ConstantTable constants, SiteTable sites, long pcTag, IntToLongFunction helperOfOp, IntToLongFunction xAt,
                           boolean deoptPoints) {}

    /**
     * A compiled method: its steps (empty when rejected), which step each pc starts (-1 inside a two-word
     * op or past the deopt point), and for OK_WITH_DEOPT or REJECTED the op and pc that block.
     */
    public record Result(Eligibility eligibility, List<ChainImage.Step> steps, int[] stepOfPc, String blockingOp, int blockingPc) {
        public Result {
            steps = List.copyOf(steps);
            stepOfPc = stepOfPc.clone();
        }

        @Override
        public int[] stepOfPc() {
            return stepOfPc.clone();
        }
    }

    /** How an operand field reaches the stencil's holes. */
    private enum Field { A, B, C, SIGNED_C, X, CONSTANT, IGNORED, JUMP }

    /** Each opcode's fields, parsed once from its operand declaration (Op.operands). */
    private static final Field[][] FIELDS = new Field[256][];

    static {
        for (int op : Op.all()) {
            List<Field> fields = new ArrayList<>();
            for (String token : Op.operands(op).trim().split("\\s+")) {
                if (token.isEmpty()) continue;
                String name = token.substring(0, token.indexOf(':'));
                char kind = token.charAt(token.length() - 1);
                fields.add(switch (name) {
                    case "A" -> Field.A;
                    case "B" -> Field.B;
                    case "C" -> kind == 'i' ? Field.SIGNED_C : Field.C;
                    case "X" -> Field.X;
                    // Only a constant's word is an operand; other Bx kinds (env slots, caches, prototypes) are the helper's to read.
                    case "Bx" -> kind == 'k' ? Field.CONSTANT : Field.IGNORED;
                    case "sBx" -> Field.JUMP;
                    default -> throw new IllegalStateException("operand field " + name + " of " + Op.name(op));
                });
            }
            FIELDS[op] = fields.toArray(Field[]::new);
        }
    }

    private final StencilSet stencils;

    public ChainCompiler(StencilSet stencils) {
        this.stencils = stencils;
    }

    /**
     * Compiles code (constants by index through constant) for a helper at helperAddress; constants that
     * are not fixnums, nil or booleans are interned in constants.
     */
    public Result compile(int[] code, IntFunction<Object> constant, ConstantTable constants, SiteTable sites, long helperAddress) {
        return compile(code, constant, new Bindings(constants, sites, 0, op -> helperAddress, pc -> code[pc + 1], false));
    }

    /** Compiles code (constants by index through constant) with its holes bound as b says. */
    public Result compile(int[] code, IntFunction<Object> constant, Bindings b) {
        int end = nativeEnd(code);
        if (end == 0) return new Result(Eligibility.REJECTED, List.of(), new int[code.length], blockingName(code, 0), 0);
        String blocked = end < code.length ? blockingName(code, end) : null;
        if (blocked != null) {
            String gate = deoptGate(code, end);
            if (gate != null) return new Result(Eligibility.REJECTED, List.of(), new int[code.length], blocked + " (" + gate + ")", end);
        }
        int[] stepOfPc = new int[code.length];
        Arrays.fill(stepOfPc, -1);
        int steps = 0;
        // A jump lands on its target's DEOPT_POINT when there is one, so that jumps count down too.
        int perOp = b.deoptPoints() ? 2 : 1;
        for (int pc = 0; pc < end; pc += Op.width(Insn.op(code[pc]))) {
            stepOfPc[pc] = steps;
            steps += perOp;
        }
        if (blocked != null) stepOfPc[end] = steps;
        List<ChainImage.Step> out = new ArrayList<>();
        for (int pc = 0; pc < end; pc += Op.width(Insn.op(code[pc]))) {
            if (b.deoptPoints()) out.add(new ChainImage.Step(DEOPT_POINT, Map.of(HoleValue.PC, b.pcTag() | pc)));
            out.add(step(code, pc, stepOfPc, constant, b));
        }
        if (blocked != null) {
            out.add(new ChainImage.Step(DEOPT, Map.of(HoleValue.PC, b.pcTag() | end)));
        } else if (continues(out.getLast().stencil())) {
            // The last op never falls through in the interpreter (a THROW), but its stencil has a path that
            // continues (after a helper): it gets somewhere to go, an exit that resumes the interpreter there.
            out.add(new ChainImage.Step(DEOPT, Map.of(HoleValue.PC, b.pcTag() | lastPc(code, end))));
        }
        return new Result(blocked == null ? Eligibility.OK : Eligibility.OK_WITH_DEOPT, out, stepOfPc, blocked, blocked == null ? -1 : end);
    }

    /** Whether a stencil can continue to the next step. */
    private boolean continues(String stencil) {
        return stencils.get(stencil).stencil().holes().stream().anyMatch(h -> h.value() == HoleValue.CONTINUE);
    }

    /** The pc of the last op that starts before end. */
    private static int lastPc(int[] code, int end) {
        int last = 0;
        for (int pc = 0; pc < end; pc += Op.width(Insn.op(code[pc]))) last = pc;
        return last;
    }

    /** The pc of the first op without a stencil, or code.length. */
    private int nativeEnd(int[] code) {
        int pc = 0;
        while (pc < code.length) {
            String name = Op.name(Insn.op(code[pc]));
            if (name == null || !stencils.contains(name)) return pc;
            pc += Op.width(Insn.op(code[pc]));
        }
        return pc;
    }

    private static String blockingName(int[] code, int pc) {
        String name = Op.name(Insn.op(code[pc]));
        return name != null ? name : "opcode " + Insn.op(code[pc]);
    }

    /**
     * Why a native prefix cannot end at pc in DEOPT_TO_INTERP, or null when it can: the resume pc must fit
     * the 16-bit field, and no branch in the prefix may reach past it (the chain has no code there).
     */
    private static String deoptGate(int[] code, int end) {
        if (end > Insn.MAX_BX) return "resume pc " + end + " does not fit 16 bits";
        for (int pc = 0; pc < end; pc += Op.width(Insn.op(code[pc]))) {
            int target = jumpTarget(code, pc);
            if (target > end) return "the branch at pc " + pc + " reaches pc " + target + ", past the deopt point";
        }
        return null;
    }

    /** Where the op at pc branches to, or -1: sBx is relative to the word after the op's first word. */
    static int jumpTarget(int[] code, int pc) {
        int insn = code[pc];
        for (Field f : FIELDS[Insn.op(insn)]) if (f == Field.JUMP) return pc + 1 + Insn.sbx(insn);
        return -1;
    }

    private static ChainImage.Step step(int[] code, int pc, int[] stepOfPc, IntFunction<Object> constant, Bindings b) {
        int insn = code[pc];
        int op = Insn.op(insn);
        Map<HoleValue, Long> values = new EnumMap<>(HoleValue.class);
        values.put(HoleValue.PC, b.pcTag() | pc);
        values.put(HoleValue.SITE, b.sites().site(pc));
        values.put(HoleValue.HELPER, b.helperOfOp().applyAsLong(op));
        int jumpTo = -1;
        for (Field field : FIELDS[op]) {
            switch (field) {
                case A -> values.put(HoleValue.OPERAND_A, (long) Insn.a(insn));
                case B -> values.put(HoleValue.OPERAND_B, (long) Insn.b(insn));
                case C -> values.put(HoleValue.OPERAND_C, (long) Insn.c(insn));
                case SIGNED_C -> values.put(HoleValue.OPERAND_C, (long) Insn.sc(insn));
                case X -> values.put(HoleValue.OPERAND_X, b.xAt().applyAsLong(pc));
                case CONSTANT -> values.put(HoleValue.CONSTANT, constantWord(constant.apply(Insn.bx(insn)), b.constants()));
                case IGNORED -> { }
                case JUMP -> {
                    int target = jumpTarget(code, pc);
                    if (target < 0 || target >= stepOfPc.length || stepOfPc[target] < 0) {
                        throw new PatchException(Op.name(op) + " at pc " + pc + " jumps to pc " + target + ", which starts no op");
                    }
                    jumpTo = stepOfPc[target];
                }
            }
        }
        return new ChainImage.Step(Op.name(op), values, jumpTo);
    }

    /** A literal's register word: fixnums, nil and the booleans are immediate; other objects go to the table. */
    private static long constantWord(Object value, ConstantTable constants) {
        long w = Words.literalOf(value);
        return w != Words.REF ? w : constants.word(value);
    }
}
