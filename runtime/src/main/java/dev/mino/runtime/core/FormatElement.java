package dev.mino.runtime.core;

import java.util.List;

/** One piece of a compiled cl-format control string: literal text or a directive. */
sealed interface FormatElement {
    /** Where it starts in the control string, for error messages. */
    int offset();

    record Literal(String text, int offset) implements FormatElement {}

    /**
     * A directive with its parameters as written (null for omitted, a Long, a Character, or one of the
     * markers {@link #FROM_ARGS} for V and {@link #ARG_COUNT} for #) and flags. An opening bracket also
     * holds its clauses: the ~;-separated ones, the ~:; clause (elseClause, null if none) with the
     * parameters of that ~:; (elseSeparator), and the closing directive (whose : flag matters for ~} and ~>).
     */
    record Directive(FormatDirectiveSpec spec, char written, Object[] params, boolean at, boolean colon, int offset,
                     List<List<FormatElement>> clauses, List<FormatElement> elseClause,
                     Directive elseSeparator, Directive closing) implements FormatElement {
        static final Object FROM_ARGS = new Object();
        static final Object ARG_COUNT = new Object();

        Directive withBrackets(List<List<FormatElement>> clauses, List<FormatElement> elseClause, Directive elseSeparator, Directive closing) {
            return new Directive(spec, written, params, at, colon, offset, clauses, elseClause, elseSeparator, closing);
        }

        char name() {
            return spec.name();
        }
    }
}
