package dev.mino.runtime.stm;

import dev.mino.runtime.lang.ControlTransfer;

/**
 * Unwinds a transaction's body back to its run loop, which starts it again from a fresh read point. An Error
 * (as Clojure's) so that code catching Exception lets it pass, and a {@link ControlTransfer} so that no catch
 * clause of a script stops it. It carries no stack trace: it is thrown often and never reported.
 */
final class TransactionRetry extends Error implements ControlTransfer {
    TransactionRetry() {
        super("transaction retry", null, false, false);
    }
}
