package dev.mino.cpjit;

import java.lang.foreign.FunctionDescriptor;
import java.lang.foreign.Linker;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.SymbolLookup;
import java.lang.invoke.MethodHandle;

/** Binding the host's C functions (libc, kernel32, libgcc) that the native tier calls. */
final class Downcalls {
    private Downcalls() {}

    /** A downcall handle for the function name in lookup; an IllegalStateException when it has none. */
    static MethodHandle bind(SymbolLookup lookup, String name, FunctionDescriptor descriptor) {
        MemorySegment symbol = lookup.find(name).orElseThrow(() -> new IllegalStateException("no native function " + name));
        return Linker.nativeLinker().downcallHandle(symbol, descriptor);
    }
}
