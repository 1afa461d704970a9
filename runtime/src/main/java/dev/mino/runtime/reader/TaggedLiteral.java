package dev.mino.runtime.reader;

import dev.mino.runtime.lang.ILookup;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.printer.Printable;
import dev.mino.runtime.printer.Printer;
import java.util.Objects;

/**
 * (tagged-literal tag form): the data of a tagged literal #tag form that has no reader function, as
 * a value. Prints as #tag form; (:tag x) and (:form x) read its parts; equal when both parts are.
 */
public final class TaggedLiteral implements ILookup, Printable {
    static final Keyword TAG = Keyword.of("tag");
    static final Keyword FORM = Keyword.of("form");

    private final Object tag;
    private final Object form;

    public TaggedLiteral(Object tag, Object form) {
        this.tag = tag;
        this.form = form;
    }

    public Object tag() { return tag; }
    public Object form() { return form; }

    @Override public Object valAt(Object key) { return valAt(key, null); }

    @Override public Object valAt(Object key, Object notFound) {
        if (key == TAG) return tag;
        if (key == FORM) return form;
        return notFound;
    }

    @Override public boolean equals(Object o) {
        return o instanceof TaggedLiteral t && Objects.equals(tag, t.tag) && Objects.equals(form, t.form);
    }

    @Override public int hashCode() {
        return 31 * Objects.hashCode(tag) + Objects.hashCode(form);
    }

    /** #tag form */
    @Override public void printOn(Printer printer) {
        printer.append('#');
        printer.printValue(tag());
        printer.append(' ');
        printer.printValue(form());
    }

    @Override public String toString() { return Printer.prStr(this); }
}
