package dev.mino.runtime.core;

import dev.mino.runtime.core.FormatDirectiveSpec.ElsePosition;
import dev.mino.runtime.core.FormatElement.Directive;
import dev.mino.runtime.core.FormatElement.Literal;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles a cl-format control string: literal text and ~ directives (parameters, : and @ flags, the
 * directive character), then the bracket constructs ~(...~) ~[...~] ~{...~} ~<...~> nested into their
 * clauses. Errors read as Clojure's: the message, the control string, and a caret under the offending
 * position.
 */
final class ClFormatCompiler {
    private final String format;
    private final List<FormatElement> flat = new ArrayList<>();
    private int pos;

    private ClFormatCompiler(String format) {
        this.format = format;
    }

    static CompiledFormat compile(String format) {
        ClFormatCompiler c = new ClFormatCompiler(format);
        c.scan();
        return new CompiledFormat(format, c.nest());
    }

    private RuntimeException error(String message, int offset) {
        return new RuntimeException(message + "\n" + format + "\n" + " ".repeat(Math.max(0, offset)) + "^\n");
    }

    // ---- directives in sequence ----

    private void scan() {
        while (pos < format.length()) {
            int tilde = format.indexOf('~', pos);
            if (tilde < 0) {
                flat.add(new Literal(format.substring(pos), pos));
                pos = format.length();
            } else {
                if (tilde > pos) flat.add(new Literal(format.substring(pos, tilde), pos));
                pos = tilde + 1;
                flat.add(directive());
            }
        }
    }

    private Directive directive() {
        int start = pos;
        List<Object> params = params();
        boolean at = false;
        boolean colon = false;
        int atOffset = -1;
        int colonOffset = -1;
        while (pos < format.length() && (format.charAt(pos) == ':' || format.charAt(pos) == '@')) {
            char f = format.charAt(pos);
            if ((f == '@' && at) || (f == ':' && colon)) throw error("Flag \"" + f + "\" appears more than once in a directive", pos);
            if (f == '@') {
                at = true;
                atOffset = pos;
            } else {
                colon = true;
                colonOffset = pos;
            }
            pos++;
        }
        if (pos >= format.length()) throw error("Format string ended in the middle of a directive", pos);
        char written = format.charAt(pos);
        FormatDirectiveSpec spec = FormatDirectiveSpec.lookup(written);
        if (spec == null) throw error("Directive \"" + written + "\" is undefined", pos);
        checkFlags(spec, at, atOffset, colon, colonOffset);
        Object[] values = checkParams(spec, params, start);
        pos++;
        if (spec.name() == '\n' && !colon) {
            while (pos < format.length() && (format.charAt(pos) == ' ' || format.charAt(pos) == '\t')) pos++;
        }
        return new Directive(spec, written, values, at, colon, start, null, null, null, null);
    }

    /** The comma-separated parameters: 'c characters, integers, V, # or empty. */
    private List<Object> params() {
        List<Object> params = new ArrayList<>();
        boolean sawComma = false;
        while (pos < format.length()) {
            char c = format.charAt(pos);
            Object param;
            if (c == 'v' || c == 'V') {
                param = Directive.FROM_ARGS;
                pos++;
            } else if (c == '#') {
                param = Directive.ARG_COUNT;
                pos++;
            } else if (c == '\'' && pos + 1 < format.length()) {
                param = format.charAt(pos + 1);
                pos += 2;
            } else if (isNumberStart(pos)) {
                int end = pos + 1;
                while (end < format.length() && Character.isDigit(format.charAt(end))) end++;
                param = Long.parseLong(format.substring(format.charAt(pos) == '+' ? pos + 1 : pos, end));
                pos = end;
            } else if (c == ',') {
                param = null;
            } else {
                if (sawComma) throw error("Badly formed parameters in format directive", pos);
                break;
            }
            params.add(param);
            sawComma = pos < format.length() && format.charAt(pos) == ',';
            if (sawComma) pos++;
        }
        return params;
    }

    private boolean isNumberStart(int i) {
        char c = format.charAt(i);
        if (Character.isDigit(c)) return true;
        return (c == '+' || c == '-') && i + 1 < format.length() && Character.isDigit(format.charAt(i + 1));
    }

    private void checkFlags(FormatDirectiveSpec spec, boolean at, int atOffset, boolean colon, int colonOffset) {
        if (at && !spec.at()) throw error("\"@\" is an illegal flag for format directive \"" + spec.name() + "\"", atOffset);
        if (colon && !spec.colon()) throw error("\":\" is an illegal flag for format directive \"" + spec.name() + "\"", colonOffset);
        if (at && colon && !spec.both()) {
            throw error("Cannot combine \"@\" and \":\" flags for format directive \"" + spec.name() + "\"", Math.min(atOffset, colonOffset));
        }
    }

    private Object[] checkParams(FormatDirectiveSpec spec, List<Object> params, int offset) {
        int allowed = spec.params().length;
        if (params.size() > allowed) {
            throw error("Too many parameters for directive \"" + spec.name() + "\": " + params.size()
                    + (params.size() == 1 ? " was" : " were") + " specified but only " + allowed
                    + (allowed == 1 ? " is" : " are") + " allowed", offset);
        }
        for (int i = 0; i < params.size(); i++) {
            Object p = params.get(i);
            if (p == null || p == Directive.FROM_ARGS || p == Directive.ARG_COUNT) continue;
            boolean wantChar = spec.charParams()[i];
            if (wantChar != (p instanceof Character)) {
                throw error("Parameter " + spec.params()[i] + " has bad type in directive \"" + spec.name() + "\": class "
                        + (p instanceof Character ? "java.lang.Character" : "java.lang.Integer"), offset);
            }
        }
        return params.toArray();
    }

    // ---- bracket constructs ----

    private int index;

    private List<FormatElement> nest() {
        List<FormatElement> out = new ArrayList<>();
        while (index < flat.size()) {
            FormatElement e = flat.get(index++);
            if (e instanceof Directive d && d.spec().isOpening()) {
                out.add(collectClauses(d));
            } else if (e instanceof Directive d && isClosingOrSeparator(d)) {
                throw error("Directive \"" + d.written() + "\" is not inside a bracket construction", d.offset());
            } else {
                out.add(e);
            }
        }
        return out;
    }

    private static boolean isClosingOrSeparator(Directive d) {
        char c = d.name();
        return c == ')' || c == ']' || c == '}' || c == '>' || c == ';';
    }

    /** Reads the clauses of the bracket construct opened by open, through its closing directive. */
    private Directive collectClauses(Directive open) {
        FormatDirectiveSpec spec = open.spec();
        List<List<FormatElement>> clauses = new ArrayList<>();
        List<FormatElement> current = new ArrayList<>();
        List<FormatElement> elseClause = null;
        Directive elseSeparator = null;
        boolean sawElse = false;
        while (true) {
            if (index >= flat.size()) throw error("No closing bracket found.", open.offset());
            FormatElement e = flat.get(index++);
            if (!(e instanceof Directive d)) {
                current.add(e);
            } else if (d.spec().isOpening()) {
                current.add(collectClauses(d));
            } else if (d.name() == spec.close()) {
                if (sawElse) {
                    elseClause = current;
                } else {
                    clauses.add(current);
                }
                return open.withBrackets(clauses, elseClause, elseSeparator, d);
            } else if (d.name() == ';' && d.colon()) {
                if (elseClause != null) throw error("Two else clauses (\"~:;\") inside bracket construction.", open.offset());
                if (spec.elsePosition() == ElsePosition.NONE) {
                    throw error("An else clause (\"~:;\") is in a bracket type that doesn't support it.", open.offset());
                }
                if (spec.elsePosition() == ElsePosition.FIRST) {
                    if (!clauses.isEmpty()) {
                        throw error("The else clause (\"~:;\") is only allowed in the first position for this directive.", open.offset());
                    }
                    elseClause = current;
                    elseSeparator = d;
                } else {
                    clauses.add(current);
                    sawElse = true;
                }
                current = new ArrayList<>();
            } else if (d.name() == ';') {
                if (sawElse) {
                    throw error("A plain clause (with \"~;\") follows an else clause (\"~:;\") inside bracket construction.", open.offset());
                }
                if (!spec.separators()) throw error("A separator (\"~;\") is in a bracket type that doesn't support it.", open.offset());
                clauses.add(current);
                current = new ArrayList<>();
            } else {
                current.add(d);
            }
        }
    }
}
