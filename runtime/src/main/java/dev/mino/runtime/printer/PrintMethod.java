package dev.mino.runtime.printer;

/**
 * Prints values of one type (an entry of a {@link PrintMethodTable}): records, vars, atoms, functions,
 * namespaces... Nested values go back through {@link Printer#printValue} so that the settings
 * (readably, *print-length*, *print-level*) apply to them too.
 */
@FunctionalInterface
public interface PrintMethod {
    void print(Object x, Printer printer);
}
