package dev.mino.runtime.reader;

import dev.mino.runtime.lang.ILookup;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.printer.Printable;
import dev.mino.runtime.printer.Printer;
import java.util.Objects;

/**
 * (reader-conditional form splicing?): a reader conditional #?(...) or #?@(...) as a value, the form
 * being the list of feature/branch pairs. Prints as it is written; (:form x) and (:splicing? x) read it.
 */
public final class ReaderConditionalForm implements ILookup, Printable {
    static final Keyword FORM = Keyword.of("form");
    static final Keyword SPLICING = Keyword.of("splicing?");

    private final Object form;
    private final boolean splicing;

    public ReaderConditionalForm(Object form, boolean splicing) {
        this.form = form;
        this.splicing = splicing;
    }

    public Object form() { return form; }
    public boolean splicing() { return splicing; }

    @Override public Object valAt(Object key) { return valAt(key, null); }

    @Override public Object valAt(Object key, Object notFound) {
        if (key == FORM) return form;
        if (key == SPLICING) return splicing;
        return notFound;
    }

    @Override public boolean equals(Object o) {
        return o instanceof ReaderConditionalForm r && splicing == r.splicing && Objects.equals(form, r.form);
    }

    @Override public int hashCode() {
        return 31 * Objects.hashCode(form) + (splicing ? 1 : 0);
    }

    /** #?(...) or #?@(...) */
    @Override public void printOn(Printer printer) {
        printer.append(splicing() ? "#?@" : "#?");
        printer.printValue(form());
    }

    @Override public String toString() { return Printer.prStr(this); }
}
