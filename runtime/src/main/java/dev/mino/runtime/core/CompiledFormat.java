package dev.mino.runtime.core;

import dev.mino.runtime.core.FormatElement.Directive;
import java.util.List;

/** A compiled cl-format control string (what formatter compiles once), and whether it needs a pretty writer. */
record CompiledFormat(String source, List<FormatElement> elements) {
    /** A control string compiled, or an already compiled format as it is. */
    static CompiledFormat of(Object format) {
        if (format instanceof CompiledFormat f) return f;
        if (format instanceof String s) return ClFormatCompiler.compile(s);
        throw new IllegalArgumentException("A cl-format control must be a string or a compiled format, not "
                + Numbers.describe(format));
    }

    /** True when a directive depends on columns or the pretty printer (~& ~T ~< ~W), even inside brackets. */
    boolean needsPretty() {
        return needsPretty(elements);
    }

    private static boolean needsPretty(List<FormatElement> elements) {
        for (FormatElement e : elements) {
            if (e instanceof Directive d) {
                if (d.spec().pretty()) return true;
                if (d.clauses() != null) {
                    for (List<FormatElement> c : d.clauses()) if (needsPretty(c)) return true;
                }
                if (d.elseClause() != null && needsPretty(d.elseClause())) return true;
            }
        }
        return false;
    }

    @Override public String toString() {
        return "#<compiled format " + source + ">";
    }
}
