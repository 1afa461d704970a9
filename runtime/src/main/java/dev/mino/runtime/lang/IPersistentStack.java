package dev.mino.runtime.lang;

/** peek/pop. */
public interface IPersistentStack extends IPersistentCollection {
    Object peek();
    IPersistentStack pop();
}
