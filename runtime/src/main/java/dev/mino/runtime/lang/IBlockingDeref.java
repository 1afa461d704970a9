package dev.mino.runtime.lang;

/** (deref ref timeout-ms timeout-val): a deref that may block, giving up after a timeout. */
public interface IBlockingDeref {
    Object deref(long timeoutMs, Object timeoutValue);
}
