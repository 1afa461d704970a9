package dev.mino.runtime.printer;

import java.io.Writer;

/**
 * The Writer a print-method method receives: it appends to the printer that is printing, so the method's
 * output lands in place and values it prints nested follow the same settings.
 */
public final class PrinterWriter extends Writer {
    final Printer printer;

    PrinterWriter(Printer printer) {
        this.printer = printer;
    }

    /** w, the writer argument of a print function, as a Writer; else the ClassCastException Clojure throws. */
    public static Writer asWriter(Object w) {
        if (w instanceof Writer out) return out;
        String what = w == null ? "null" : "class " + w.getClass().getName();
        throw new ClassCastException(what + " cannot be cast to class java.io.Writer");
    }

    @Override public void write(char[] cbuf, int off, int len) {
        printer.append(new String(cbuf, off, len));
    }

    @Override public void write(String s) {
        printer.append(s);
    }

    @Override public void write(int c) {
        printer.append((char) c);
    }

    @Override public void flush() { }

    @Override public void close() { }
}
