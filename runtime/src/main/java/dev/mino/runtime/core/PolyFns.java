package dev.mino.runtime.core;

/** (Being written.) */
final class PolyFns {
    private PolyFns() {}

    static void install(CoreLibrary lib) {
    }
}
