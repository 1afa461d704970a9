package dev.mino.runtime.printer;

import dev.mino.runtime.lang.Fn;
import java.util.function.Supplier;

/**
 * The method a state's print-method starts with (for :default, collections and numbers): prints a value as
 * the printer itself does. The value itself skips the state's methods, since a method that hands its own
 * value here would otherwise be asked again; its nested values go back to them.
 */
final class DefaultPrintMethod extends Fn {
    private final StatePrintMethods owner;
    private final Supplier<PrintSettings> settings;
    private final String name;

    /** name: the multimethod's (print-method, or print-dup, whose settings turn *print-dup* on). */
    DefaultPrintMethod(StatePrintMethods owner, Supplier<PrintSettings> settings, String name) {
        this.owner = owner;
        this.settings = settings;
        this.name = name;
    }

    @Override public String name() { return name; }

    /** (print-method x w): into the printer w writes to, else onto w with the state's settings now. */
    @Override public Object invoke(Object x, Object w) {
        Printer printer = w instanceof PrinterWriter pw
                ? pw.printer
                : new Printer(PrinterWriter.asWriter(w), settings.get(), owner);
        printer.printSkippingMethods(x);
        return null;
    }
}
