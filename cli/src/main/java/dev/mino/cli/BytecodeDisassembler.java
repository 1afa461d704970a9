package dev.mino.cli;

import dev.mino.runtime.embed.MinoState;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The bytecode tier's disassembler ({@code dev.mino.tier.bytecode.Disassembler}), reached by name: the cli
 * is built against the tier SPI only, and a distribution may lack the bytecode tier altogether.
 */
final class BytecodeDisassembler {
    private static final String CLASS_NAME = "dev.mino.tier.bytecode.Disassembler";

    private final MethodHandle disassembleFile;
    private final MethodHandle disassembleAll;

    private BytecodeDisassembler(MethodHandle disassembleFile, MethodHandle disassembleAll) {
        this.disassembleFile = disassembleFile;
        this.disassembleAll = disassembleAll;
    }

    /** The disassembler, or empty when the bytecode tier is not on the classpath. */
    static Optional<BytecodeDisassembler> find() {
        try {
            Class<?> c = Class.forName(CLASS_NAME, true, BytecodeDisassembler.class.getClassLoader());
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            return Optional.of(new BytecodeDisassembler(
                    lookup.findStatic(c, "disassembleFile", MethodType.methodType(String.class, MinoState.class, Path.class)),
                    lookup.findStatic(c, "disassembleAll", MethodType.methodType(String.class, Object.class))));
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(CLASS_NAME + " lacks the expected entry points", e);
        }
    }

    /** Loads file in state (its program runs) and returns the disassembly of every fn compiled from it. */
    String disassembleFile(MinoState state, Path file) {
        try {
            return (String) disassembleFile.invokeExact(state, file);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /** The disassembly of one fn value (one line saying so when it is not a bytecode fn). */
    String disassembleAll(Object fn) {
        try {
            return (String) disassembleAll.invokeExact(fn);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }
}
