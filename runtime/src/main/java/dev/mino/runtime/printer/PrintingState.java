package dev.mino.runtime.printer;

/**
 * A state as the printer sees it. A state's evaluator names itself in the thread's bindings while the
 * state's code runs ({@code ThreadBindings.pushState}); the printer asks it for its print-method methods.
 */
public interface PrintingState {
    StatePrintMethods printMethods();
}
