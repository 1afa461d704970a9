package dev.mino.runtime.lang;

/** Symbols and keywords: things with a name and an optional namespace. */
public interface Named {
    String getNamespace();
    String getName();
}
