package dev.mino.runtime.core;

/** (Being written.) */
final class ConcurrencyFns {
    private ConcurrencyFns() {}

    static void install(CoreLibrary lib) {
    }
}
