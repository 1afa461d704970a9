package dev.mino.runtime.printer;

/**
 * A runtime type outside package lang that prints itself, as Clojure prints its counterpart: delays,
 * futures, promises, volatiles, eductions, tagged literals. The printer asks it after the state's
 * print-method methods and before its own built-in methods.
 */
public interface Printable {
    /** Prints this; nested values go back through {@link Printer#printValue} so the settings apply to them. */
    void printOn(Printer printer);
}
