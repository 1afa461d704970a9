package dev.mino.runtime.core;

import dev.mino.runtime.core.FormatElement.Directive;
import dev.mino.runtime.core.FormatElement.Literal;
import dev.mino.runtime.core.FormatResult.Exit;
import dev.mino.runtime.core.PrettyToken.NewlineKind;
import dev.mino.runtime.lang.Equality;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.ThreadBindings;
import dev.mino.runtime.lang.Truth;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs compiled cl-format control strings: each directive reads its arguments from a {@link FormatArgs}
 * and writes to *out*, as Clojure 1.12's cl-format does (including its defaults, such as ~@* moving to
 * argument 1, and V parameters being read last-parameter-first).
 */
final class ClFormatRunner {
    private final ClFormatHooks hooks;

    ClFormatRunner(ClFormatHooks hooks) {
        this.hooks = hooks;
    }

    /**
     * Runs elements from args; base is the argument list of the enclosing construct (what ~:^ tests), or
     * null at the top level, where it is the current position.
     */
    FormatResult run(List<FormatElement> elements, FormatArgs args, FormatArgs base) {
        FormatResult r = args;
        for (FormatElement e : elements) {
            if (r instanceof Exit) return r;
            if (e instanceof Literal l) {
                print(l.text());
            } else {
                r = directive((Directive) e, (FormatArgs) r, base);
            }
        }
        return r;
    }

    // ---- parameters ----

    /** A directive's parameters with V and # replaced by values from the arguments. */
    private record Params(Object[] values, FormatArgs args) {
        Long integer(int i) {
            Object v = values[i];
            if (v == null) return null;
            if (v instanceof Character c) return (long) c.charValue();
            return Numbers.toLong(v);
        }

        int intOr(int i, int dflt) {
            Long v = integer(i);
            return v == null ? dflt : v.intValue();
        }

        Integer intOrNull(int i) {
            Long v = integer(i);
            return v == null ? null : v.intValue();
        }

        char character(int i) {
            Object v = values[i];
            if (v instanceof Character c) return c;
            return (char) Numbers.toLong(v);
        }

        Character characterOrNull(int i) {
            return values[i] == null ? null : character(i);
        }
    }

    /** V parameters take arguments last parameter first: the order Clojure's parameter map ends up in. */
    private static Params realize(Directive d, FormatArgs args) {
        Object[] raw = d.params();
        Object[] defaults = d.spec().defaults();
        Object[] values = defaults.clone();
        for (int i = defaults.length - 1; i >= 0; i--) {
            Object p = i < raw.length ? raw[i] : null;
            if (p == Directive.FROM_ARGS) {
                Object v = args.peek();
                args = args.next();
                if (v != null) values[i] = v;
            } else if (p == Directive.ARG_COUNT) {
                values[i] = (long) args.remaining();
            } else if (p != null) {
                values[i] = p;
            }
        }
        return new Params(values, args);
    }

    private FormatResult directive(Directive d, FormatArgs args, FormatArgs base) {
        Params p = realize(d, args);
        args = p.args();
        FormatArgs b = base == null ? args : base;
        return switch (d.name()) {
            case 'A' -> ascii(d, p, args, false);
            case 'S' -> ascii(d, p, args, true);
            case 'D' -> integer(d, p, args, 10);
            case 'B' -> integer(d, p, args, 2);
            case 'O' -> integer(d, p, args, 8);
            case 'X' -> integer(d, p, args, 16);
            case 'R' -> radix(d, p, args);
            case 'P' -> plural(d, args);
            case 'C' -> character(d, p, args);
            case 'F' -> fixedFloat(d, p, args);
            case 'E' -> exponentialFloat(d, p, args);
            case 'G' -> generalFloat(d, p, args);
            case '$' -> dollars(d, p, args);
            case '%' -> repeatNewline(p.intOr(0, 1), args);
            case '&' -> freshLine(p.intOr(0, 1), args);
            case '|' -> repeatText("\f", p.intOr(0, 1), args);
            case '~' -> repeatText("~", p.intOr(0, 1), args);
            case '\n' -> {
                if (d.at()) newline();
                yield args;
            }
            case 'T' -> tabulate(d.at(), p.intOr(0, 1), p.intOr(1, 1), args);
            case '*' -> skip(d, p.intOr(0, 1), args);
            case '?' -> indirect(d, args, b);
            case '(' -> changeCase(d, args, b);
            case '[' -> conditional(d, p, args, b);
            case '{' -> iterate(d, p, args, b);
            case '<' -> d.closing().colon() ? logicalBlock(d, args, b) : justify(d, p, args, b);
            case '^' -> upAndOut(d, p, args, b);
            case 'W' -> write(d, args);
            case '_' -> {
                conditionalNewline(d);
                yield args;
            }
            case 'I' -> {
                PrettyPrintLib.pretty(out()).indent(!d.colon(), p.intOr(0, 0));
                yield args;
            }
            default -> throw new IllegalStateException("Directive ~" + d.written() + " is not inside its bracket construction");
        };
    }

    // ---- ~A ~S ----

    private FormatResult ascii(Directive d, Params p, FormatArgs args, boolean readably) {
        Object arg = args.peek();
        String text = simpleNumberOr(arg, readably ? hooks.prStr() : hooks.printStr());
        print(pad(text, p.intOr(0, 0), p.intOr(1, 1), p.intOr(2, 0), p.character(3), d.at()));
        return args.next();
    }

    private String simpleNumberOr(Object arg, Fn printer) {
        String s = hooks.simpleNumberText(arg);
        return s != null ? s : (String) printer.invoke(arg);
    }

    /** text padded to at least mincol (in steps of colinc beyond minpad), on the left when left is set. */
    private static String pad(String text, int mincol, int colinc, int minpad, char padchar, boolean left) {
        int minWidth = text.length() + minpad;
        int width = minWidth >= mincol ? minWidth : minWidth + ((mincol - minWidth - 1) / colinc + 1) * colinc;
        String padding = String.valueOf(padchar).repeat(width - text.length());
        return left ? padding + text : text + padding;
    }

    // ---- ~D ~B ~O ~X ~R ----

    private FormatResult integer(Directive d, Params p, FormatArgs args, int base) {
        Object arg = args.peek();
        print(integerText(arg, base, d.colon(), d.at(), p.intOr(0, 0), p.character(1), p.character(2), p.intOr(3, 3)));
        return args.next();
    }

    private String integerText(Object arg, int base, boolean commas, boolean sign, int mincol, char padchar, char commachar, int interval) {
        if (!ClFormatNumbers.isIntegral(arg)) {
            return pad(simpleNumberOr(arg, hooks.printStr()), mincol, 1, 0, padchar, true);
        }
        BigInteger v = ClFormatNumbers.toBigInteger((Number) arg);
        String digits = v.abs().toString(base);
        if (commas) digits = groupDigits(digits, interval, commachar);
        String signed = v.signum() < 0 ? "-" + digits : sign ? "+" + digits : digits;
        return signed.length() < mincol ? String.valueOf(padchar).repeat(mincol - signed.length()) + signed : signed;
    }

    private static String groupDigits(String digits, int interval, char separator) {
        StringBuilder sb = new StringBuilder();
        int first = digits.length() % interval;
        if (first == 0) first = interval;
        sb.append(digits, 0, Math.min(first, digits.length()));
        for (int i = first; i < digits.length(); i += interval) sb.append(separator).append(digits, i, i + interval);
        return sb.toString();
    }

    private FormatResult radix(Directive d, Params p, FormatArgs args) {
        if (d.params().length > 0 && d.params()[0] != null) {
            return integer(d, new Params(java.util.Arrays.copyOfRange(p.values(), 1, 5), args), args, p.intOr(0, 10));
        }
        Object arg = args.peek();
        String text;
        if (d.at()) {
            text = ClFormatNumbers.roman(arg, d.colon());
            if (text == null) text = commaInteger(arg);
        } else {
            BigInteger v = ClFormatNumbers.toBigInteger((Number) arg);
            text = d.colon() ? ClFormatNumbers.ordinal(v) : ClFormatNumbers.cardinal(v);
            if (text == null) text = commaInteger(arg) + (d.colon() ? ClFormatNumbers.bigOrdinalSuffix(v) : "");
        }
        print(text);
        return args.next();
    }

    /** ~:D: what ~R and ~@R print for numbers they have no words or numerals for. */
    private String commaInteger(Object arg) {
        return integerText(arg, 10, true, false, 0, ' ', ',', 3);
    }

    // ---- ~P ~C ----

    private FormatResult plural(Directive d, FormatArgs args) {
        if (d.colon()) args = args.moveBy(-1);
        Object arg = args.peek();
        boolean one = Equality.equiv(arg, 1L);
        print(d.at() ? (one ? "y" : "ies") : (one ? "" : "s"));
        return args.next();
    }

    private FormatResult character(Directive d, Params p, FormatArgs args) {
        Object arg = args.peek();
        if (d.colon()) {
            print(characterName(arg));
        } else if (d.at()) {
            Character format = p.characterOrNull(0);
            int code = arg instanceof Character c ? c : (int) Numbers.toLong(arg);
            if (format != null && format == 'o') {
                print("\\o" + pad(Integer.toOctalString(code), 3, 1, 0, '0', true));
            } else if (format != null && format == 'u') {
                print("\\u" + pad(Integer.toHexString(code), 4, 1, 0, '0', true));
            } else {
                print((String) hooks.prStr().invoke(arg));
            }
        } else {
            print((String) hooks.printStr().invoke(arg));
        }
        return args.next();
    }

    /** ~:C: a character's name (Space, Control-D, Meta-...), as Clojure's cl-format spells it. */
    private static String characterName(Object arg) {
        int code = arg instanceof Character c ? c : (int) Numbers.toLong(arg);
        int base = code & 127;
        String prefix = (code & 128) != 0 ? "Meta-" : "";
        String name = switch (base) {
            case 8 -> "Backspace";
            case 9 -> "Tab";
            case 10 -> "Newline";
            case 13 -> "Return";
            case 32 -> "Space";
            case 127 -> "Control-?";
            default -> base < 32 ? "Control-" + (char) (base + 64) : String.valueOf((char) base);
        };
        return prefix + name;
    }

    // ---- ~F ~E ~G ~$ ----

    private FormatResult fixedFloat(Directive d, Params p, FormatArgs args) {
        print(ClFormatFloats.fixed((Number) args.peek(), d.at(), p.intOrNull(0), p.intOrNull(1), p.intOr(2, 0),
                p.characterOrNull(3), p.character(4)));
        return args.next();
    }

    private FormatResult exponentialFloat(Directive d, Params p, FormatArgs args) {
        print(ClFormatFloats.exponential((Number) args.peek(), d.at(), p.intOrNull(0), p.intOrNull(1), p.intOrNull(2),
                p.intOr(3, 1), p.characterOrNull(4), p.character(5), p.values()[6] == null ? 'E' : p.character(6)));
        return args.next();
    }

    private FormatResult generalFloat(Directive d, Params p, FormatArgs args) {
        print(ClFormatFloats.general((Number) args.peek(), d.at(), p.intOrNull(0), p.intOrNull(1), p.intOrNull(2),
                p.intOr(3, 1), p.characterOrNull(4), p.character(5), p.values()[6] == null ? 'E' : p.character(6)));
        return args.next();
    }

    private FormatResult dollars(Directive d, Params p, FormatArgs args) {
        print(ClFormatFloats.dollars((Number) args.peek(), d.at(), d.colon(), p.intOr(0, 2), p.intOr(1, 1), p.intOr(2, 0), p.character(3)));
        return args.next();
    }

    // ---- ~% ~& ~| ~~ ~T ~* ----

    private FormatResult repeatNewline(int count, FormatArgs args) {
        for (int i = 0; i < count; i++) newline();
        return args;
    }

    private FormatResult freshLine(int count, FormatArgs args) {
        if (count > 0) hooks.freshLine().invoke();
        for (int i = 1; i < count; i++) newline();
        return args;
    }

    private FormatResult repeatText(String text, int count, FormatArgs args) {
        print(text.repeat(Math.max(0, count)));
        return args;
    }

    private FormatResult tabulate(boolean relative, int colnum, int colinc, FormatArgs args) {
        int current = PrettyPrintLib.pretty(out()).column();
        int spaces;
        if (relative) {
            int start = colnum + current;
            int offset = colinc > 0 ? start % colinc : 0;
            spaces = colnum + (offset == 0 ? 0 : colinc - offset);
        } else if (current < colnum) {
            spaces = colnum - current;
        } else {
            spaces = colinc == 0 ? 0 : colinc - (current - colnum) % colinc;
        }
        print(" ".repeat(Math.max(0, spaces)));
        return args;
    }

    private static FormatResult skip(Directive d, int n, FormatArgs args) {
        if (d.at()) return args.moveTo(n);
        return args.moveBy(d.colon() ? -n : n);
    }

    // ---- ~? ~( ----

    private FormatResult indirect(Directive d, FormatArgs args, FormatArgs base) {
        CompiledFormat format = CompiledFormat.of(args.peek());
        args = args.next();
        if (d.at()) return run(format.elements(), args, base);
        Object sublist = args.peek();
        run(format.elements(), FormatArgs.of(sublist), base);
        return args.next();
    }

    private FormatResult changeCase(Directive d, FormatArgs args, FormatArgs base) {
        CaseConvertingWriter.Mode mode = d.at() && d.colon() ? CaseConvertingWriter.Mode.UP
                : d.colon() ? CaseConvertingWriter.Mode.CAPITALIZE_WORDS
                : d.at() ? CaseConvertingWriter.Mode.CAPITALIZE_FIRST
                : CaseConvertingWriter.Mode.DOWN;
        Writer converting = new CaseConvertingWriter(out(), mode);
        return withOut(converting, () -> run(d.clauses().getFirst(), args, base));
    }

    // ---- ~[ ----

    private FormatResult conditional(Directive d, Params p, FormatArgs args, FormatArgs base) {
        List<List<FormatElement>> clauses = d.clauses();
        if (d.colon()) {
            Object arg = args.peek();
            args = args.next();
            List<FormatElement> clause = Truth.isTruthy(arg) ? (clauses.size() > 1 ? clauses.get(1) : null) : clauses.getFirst();
            return clause == null ? args : run(clause, args, base);
        }
        if (d.at()) {
            Object arg = args.peek();
            if (!Truth.isTruthy(arg)) return args.next();
            return run(clauses.getFirst(), args, base);
        }
        Object selector = p.values()[0];
        if (selector == null) {
            selector = args.peek();
            args = args.next();
        }
        long i = Numbers.toLong(selector);
        List<FormatElement> clause = i < 0 || i >= clauses.size() ? d.elseClause() : clauses.get((int) i);
        return clause == null ? args : run(clause, args, base);
    }

    // ---- ~{ ----

    private FormatResult iterate(Directive d, Params p, FormatArgs args, FormatArgs base) {
        Long max = p.integer(0);
        List<FormatElement> clause = d.clauses().getFirst();
        if (clause.isEmpty()) {
            clause = CompiledFormat.of(args.peek()).elements();
            args = args.next();
        }
        boolean atLeastOnce = d.closing().colon();
        if (d.at() && d.colon()) return iterateMainSublists(clause, max, atLeastOnce, args);
        if (d.colon()) return iterateSublists(clause, max, atLeastOnce, args);
        if (d.at()) return iterateMain(clause, max, atLeastOnce, args, base);
        Object list = args.peek();
        FormatArgs after = args.next();
        FormatArgs items = FormatArgs.of(list);
        int lastPos = -1;
        for (int count = 0; ; count++) {
            if (max == null && items.pos() == lastPos && count > 1) throw infiniteLoop("%{");
            if ((items.isEmpty() && (!atLeastOnce || count > 0)) || (max != null && count >= max)) return after;
            lastPos = items.pos();
            FormatResult r = run(clause, items, base);
            if (r instanceof Exit) return after;
            items = (FormatArgs) r;
        }
    }

    private FormatResult iterateSublists(List<FormatElement> clause, Long max, boolean atLeastOnce, FormatArgs args) {
        Object list = Seqs.seq(args.peek());
        FormatArgs after = args.next();
        for (int count = 0; ; count++) {
            if ((list == null && (!atLeastOnce || count > 0)) || (max != null && count >= max)) return after;
            FormatResult r = run(clause, FormatArgs.of(Seqs.first(list)), FormatArgs.of(Seqs.next(list)));
            if (r instanceof Exit x && x.colon()) return after;
            list = Seqs.next(list);
        }
    }

    private FormatResult iterateMain(List<FormatElement> clause, Long max, boolean atLeastOnce, FormatArgs args, FormatArgs base) {
        int lastPos = -1;
        for (int count = 0; ; count++) {
            if (max == null && args.pos() == lastPos && count > 1) throw infiniteLoop("%@{");
            if ((args.isEmpty() && (!atLeastOnce || count > 0)) || (max != null && count >= max)) return args;
            lastPos = args.pos();
            FormatResult r = run(clause, args, base);
            if (r instanceof Exit x) return x.colon() ? x : x.args();
            args = (FormatArgs) r;
        }
    }

    private FormatResult iterateMainSublists(List<FormatElement> clause, Long max, boolean atLeastOnce, FormatArgs args) {
        for (int count = 0; ; count++) {
            if ((args.isEmpty() && (!atLeastOnce || count > 0)) || (max != null && count >= max)) return args;
            Object sublist = args.isEmpty() ? null : args.peek();
            args = args.nextOrStay();
            FormatResult r = run(clause, FormatArgs.of(sublist), args);
            if (r instanceof Exit x && x.colon()) return args;
        }
    }

    private static RuntimeException infiniteLoop(String construct) {
        return new RuntimeException(construct + " construct not consuming any arguments: Infinite loop!");
    }

    // ---- ~< ----

    /** ~<...~:>: a pretty printer logical block over the next argument, prefix and suffix from the clauses. */
    private FormatResult logicalBlock(Directive d, FormatArgs args, FormatArgs base) {
        List<List<FormatElement>> clauses = d.clauses();
        int n = clauses.size();
        String prefix = n > 1 ? literalText(clauses.get(0)) : d.colon() ? "(" : null;
        String suffix = n > 2 ? literalText(clauses.get(2)) : d.colon() ? ")" : null;
        List<FormatElement> body = clauses.get(n > 1 ? 1 : 0);
        Object arg = args.peek();
        Fn bodyFn = new Fn() {
            @Override public String name() { return "cl-format logical block"; }

            @Override public Object invoke() {
                ClFormatRunner.this.run(body, FormatArgs.of(arg), base);
                return null;
            }
        };
        hooks.logicalBlock().invoke(prefix, null, suffix, bodyFn);
        return args.next();
    }

    private static String literalText(List<FormatElement> clause) {
        return !clause.isEmpty() && clause.getFirst() instanceof Literal l ? l.text() : null;
    }

    /** ~mincol,colinc,minpad,padchar<...~>: the clauses' texts spread over a field, padding between them. */
    private FormatResult justify(Directive d, Params p, FormatArgs args, FormatArgs base) {
        String lineBreak = null;
        if (d.elseClause() != null) {
            Rendered eol = render(List.of(d.elseClause()), args, base);
            args = eol.args();
            lineBreak = eol.texts().isEmpty() ? null : eol.texts().getFirst();
        }
        int minRemaining = 0;
        Integer maxColumns = null;
        if (d.elseSeparator() != null) {
            Params sp = realize(d.elseSeparator(), args);
            args = sp.args();
            minRemaining = sp.intOr(0, 0);
            maxColumns = sp.intOrNull(1);
        }
        Rendered rendered = render(d.clauses(), args, base);
        args = rendered.args();
        List<String> texts = rendered.texts();
        int slots = Math.max(1, texts.size() - 1 + (d.colon() ? 1 : 0) + (d.at() ? 1 : 0));
        int chars = 0;
        for (String t : texts) chars += t.length();
        int mincol = p.intOr(0, 0);
        int colinc = p.intOr(1, 1);
        int minpad = p.intOr(2, 0);
        char padchar = p.character(3);
        int minOut = chars + slots * minpad;
        int columns = minOut <= mincol ? mincol : mincol + colinc * (1 + (minOut - mincol - 1) / colinc);
        int totalPad = columns - chars;
        int pad = Math.max(minpad, totalPad / slots);
        int extraPad = totalPad - pad * slots;
        String padding = String.valueOf(padchar).repeat(Math.max(0, pad));
        if (lineBreak != null) {
            PrettyWriter w = PrettyPrintLib.pretty(out());
            int max = maxColumns != null ? maxColumns : w.maxColumn();
            if (max >= 0 && w.column() + minRemaining + columns > max) print(lineBreak);
        }
        boolean padOnly = d.colon() || (texts.size() == 1 && !d.at());
        for (int i = 0; i < texts.size(); extraPad--) {
            boolean hasNext = i + 1 < texts.size();
            print((padOnly ? "" : texts.get(i)) + (padOnly || hasNext || d.at() ? padding : "")
                    + (extraPad > 0 ? String.valueOf(padchar) : ""));
            if (!padOnly) i++;
            padOnly = false;
        }
        return args;
    }

    private record Rendered(List<String> texts, FormatArgs args) {}

    /** Each clause's output as a string, stopping (without the stopped clause's text) at a ~^ exit. */
    private Rendered render(List<List<FormatElement>> clauses, FormatArgs args, FormatArgs base) {
        List<String> texts = new ArrayList<>();
        for (List<FormatElement> clause : clauses) {
            StringWriter sw = new StringWriter();
            FormatArgs at = args;
            FormatResult r = withOut(sw, () -> run(clause, at, base));
            if (r instanceof Exit x) return new Rendered(texts, x.args());
            texts.add(sw.toString());
            args = (FormatArgs) r;
        }
        return new Rendered(texts, args);
    }

    // ---- ~^ ----

    private static FormatResult upAndOut(Directive d, Params p, FormatArgs args, FormatArgs base) {
        Object a1 = p.values()[0];
        Object a2 = p.values()[1];
        Object a3 = p.values()[2];
        boolean exit;
        if (a1 != null && a2 != null && a3 != null) {
            exit = Numbers.lte(a1, a2) && Numbers.lte(a2, a3);
        } else if (a1 != null && a2 != null) {
            exit = Equality.equiv(a1, a2);
        } else if (a1 != null) {
            exit = Equality.equiv(a1, 0L);
        } else {
            exit = d.colon() ? base.isEmpty() : args.isEmpty();
        }
        return exit ? new Exit(d.colon(), args) : args;
    }

    // ---- ~W ~_ ----

    private FormatResult write(Directive d, FormatArgs args) {
        Object arg = args.peek();
        args = args.next();
        if (d.at() || d.colon()) {
            List<Object> options = new ArrayList<>();
            options.add(arg);
            if (d.at()) {
                options.add(Keyword.of("level"));
                options.add(null);
                options.add(Keyword.of("length"));
                options.add(null);
            }
            if (d.colon()) {
                options.add(Keyword.of("pretty"));
                options.add(true);
            }
            Object r = hooks.write().applyTo(Seqs.seq(Seqs.arraySeq(options.toArray(), 0)));
            return Truth.isTruthy(r) ? new Exit(false, args) : args;
        }
        return Truth.isTruthy(hooks.writeOut().invoke(arg)) ? new Exit(false, args) : args;
    }

    private void conditionalNewline(Directive d) {
        NewlineKind kind = d.colon() ? (d.at() ? NewlineKind.MANDATORY : NewlineKind.FILL)
                : (d.at() ? NewlineKind.MISER : NewlineKind.LINEAR);
        PrettyPrintLib.pretty(out()).newline(kind);
    }

    // ---- output ----

    private Writer out() {
        return PrettyPrintLib.writer(hooks.out().deref());
    }

    private void print(String s) {
        try {
            out().write(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** prn with no arguments: a newline, flushed when *flush-on-newline* is set (as Clojure's ~% is). */
    private void newline() {
        hooks.prn().invoke();
    }

    private interface FormatStep {
        FormatResult run();
    }

    private FormatResult withOut(Writer w, FormatStep step) {
        ThreadBindings.push(PersistentArrayMap.EMPTY.assoc(hooks.out(), w));
        try {
            return step.run();
        } finally {
            ThreadBindings.pop();
        }
    }
}
