package dev.mino.runtime.core;

/** (Being written.) */
final class IoFns {
    private IoFns() {}

    static void install(CoreLibrary lib) {
    }
}
