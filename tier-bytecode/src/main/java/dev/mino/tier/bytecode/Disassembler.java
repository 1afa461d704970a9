package dev.mino.tier.bytecode;

import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.lang.SourcePosition;
import dev.mino.runtime.printer.Printer;
import dev.mino.tiers.ExecutionEvents;
import dev.mino.tiers.ExecutionListener;
import dev.mino.tiers.FnTemplate;
import dev.mino.tiers.TieredEngine;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Prints bytecode: one block per arity with each instruction's operands (rendered by their declared kinds),
 * what its constants, caches and guards refer to, and the source position it reports errors at; then the
 * method's constants and its nested fns.
 */
public final class Disassembler {
    private Disassembler() {}

    private static final int MAX_VALUE_TEXT = 60;

    /** Every arity of fn and of the fns nested in it. */
    public static String disassemble(BytecodeFn fn) {
        StringBuilder sb = new StringBuilder();
        write(fn, sb, Collections.newSetFromMap(new IdentityHashMap<>()));
        return sb.toString();
    }

    /**
     * The disassembly of a fn value (a bytecode closure or template), or one line saying it is not a
     * bytecode fn.
     */
    public static String disassembleAll(Object fn) {
        fn = dev.mino.runtime.lang.DeferredFn.resolve(fn);  // a deferred library fn: what it made
        if (fn instanceof BytecodeClosure c) return disassemble(c.fn);
        if (fn instanceof BytecodeFn f) return disassemble(f);
        return "; " + Printer.prStr(fn) + " is not a bytecode fn\n";
    }

    /**
     * Loads (evaluates) the file in state and returns the disassembly of every fn compiled from it,
     * outermost first, each followed by its nested fns.
     */
    public static String disassembleFile(MinoState state, Path file) {
        if (!"bytecode".equals(state.tier())) return "; fns run on the " + state.tier() + " tier: no bytecode to show\n";
        List<BytecodeFn> compiled = Collections.synchronizedList(new ArrayList<>());
        ExecutionListener listener = (tier, artifact) -> {
            if (artifact instanceof BytecodeFn f) compiled.add(f);
        };
        ExecutionEvents events = TieredEngine.events(state);
        events.add(listener);
        try {
            state.loadFile(file);
        } finally {
            events.remove(listener);
        }
        String name = file.toString();
        Set<BytecodeFn> nested = Collections.newSetFromMap(new IdentityHashMap<>());
        for (BytecodeFn f : compiled) collectNested(f, nested);
        StringBuilder sb = new StringBuilder();
        Set<BytecodeFn> done = Collections.newSetFromMap(new IdentityHashMap<>());
        for (BytecodeFn f : compiled) {
            if (nested.contains(f) || f.pos == null || !name.equals(f.pos.file())) continue;
            write(f, sb, done);
        }
        return sb.toString();
    }

    private static void collectNested(BytecodeFn f, Set<BytecodeFn> out) {
        for (BytecodeFn.Method m : f.methods()) {
            for (FnTemplate t : m.protos) {
                if (t instanceof BytecodeFn inner && out.add(inner)) collectNested(inner, out);
            }
        }
    }

    private static void write(BytecodeFn fn, StringBuilder sb, Set<BytecodeFn> done) {
        if (!done.add(fn)) return;
        for (BytecodeFn.Method m : fn.methods()) writeMethod(fn, m, sb);
        for (BytecodeFn.Method m : fn.methods()) {
            for (FnTemplate t : m.protos) {
                if (t instanceof BytecodeFn inner) write(inner, sb, done);
            }
        }
    }

    private static void writeMethod(BytecodeFn fn, BytecodeFn.Method m, StringBuilder sb) {
        sb.append("fn ").append(fn.name).append("  arity ").append(m.arity).append(m.variadic ? "+" : "")
                .append("  registers ").append(m.nregs).append("  constants ").append(m.constants.length);
        if (fn.pos != null) sb.append("  (").append(fn.pos).append(')');
        sb.append('\n');
        int[] code = m.code;
        for (int pc = 0; pc < code.length; ) {
            pc = writeInstruction(m, pc, sb);
        }
        if (m.constants.length > 0) {
            sb.append("  constants:\n");
            for (int k = 0; k < m.constants.length; k++) sb.append("    k").append(k).append(" = ").append(show(m.constants[k])).append('\n');
        }
        sb.append('\n');
    }

    /** Writes the instruction at pc; returns the pc of the next one. */
    static int writeInstruction(BytecodeFn.Method m, int pc, StringBuilder sb) {
        int insn = m.code[pc];
        int op = Insn.op(insn);
        String name = Op.name(op);
        if (name == null) {
            sb.append(String.format("  %04d  .word %08x%n", pc, insn));
            return pc + 1;
        }
        int x = Op.format(op).hasSecondWord() && pc + 1 < m.code.length ? m.code[pc + 1] : 0;
        List<String> operands = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (String token : Op.operands(op).trim().split("\\s+")) {
            if (token.isEmpty()) continue;
            String field = token.substring(0, token.indexOf(':'));
            char kind = token.charAt(token.length() - 1);
            int value = switch (field) {
                case "A" -> Insn.a(insn);
                case "B" -> Insn.b(insn);
                case "C" -> kind == 'i' ? Insn.sc(insn) : Insn.c(insn);
                case "Bx" -> Insn.bx(insn);
                case "sBx" -> Insn.sbx(insn);
                default -> x;
            };
            operands.add(render(kind, value, pc));
            String note = note(m, kind, value);
            if (note != null) notes.add(note);
        }
        Object site = m.sites[pc];
        if (site != null) notes.add("guard " + site);
        SourcePosition pos = m.positionAt(pc);
        if (pos != null) notes.add(pos.toString());
        String line = String.format("  %04d  %-24s %s", pc, name, String.join(" ", operands));
        sb.append(line);
        if (!notes.isEmpty()) sb.append(" ".repeat(Math.max(1, 56 - line.length()))).append("; ").append(String.join("  ", notes));
        sb.append('\n');
        return pc + Op.width(op);
    }

    private static String render(char kind, int value, int pc) {
        return switch (kind) {
            case 'r' -> "r" + value;
            case 'k' -> "k" + value;
            case 'p' -> "p" + value;
            case 'c' -> "c" + value;
            case 'e' -> "e" + value;
            case 'j' -> "-> " + String.format("%04d", pc + 1 + value);
            default -> String.valueOf(value);
        };
    }

    private static String note(BytecodeFn.Method m, char kind, int value) {
        return switch (kind) {
            case 'k' -> value < m.constants.length ? show(m.constants[value]) : null;
            case 'c' -> value < m.caches.length ? m.caches[value].toString() : null;
            case 'p' -> value < m.protos.length ? (m.protos[value] instanceof BytecodeFn f ? "fn " + f.name : "fn (another tier)") : null;
            default -> null;
        };
    }

    private static String show(Object v) {
        String s;
        try {
            s = Printer.prStr(v);
        } catch (RuntimeException e) {
            s = String.valueOf(v);
        }
        return s.length() > MAX_VALUE_TEXT ? s.substring(0, MAX_VALUE_TEXT - 3) + "..." : s;
    }

    /** For tests: the op names of a method in order. */
    static List<String> opNames(BytecodeFn.Method m) {
        List<String> out = new ArrayList<>();
        for (int pc = 0; pc < m.code.length; pc += Op.width(m.code[pc])) out.add(Op.name(m.code[pc]));
        return out;
    }
}
