package dev.mino.cli;

import dev.mino.runtime.core.Callables;
import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.Indexed;
import dev.mino.runtime.lang.MinoException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A rows file loaded into a fresh state whose fns are compiled by one tier. The file defines {@code rows}
 * in the user namespace: a vector of [name thunk], thunk taking no arguments.
 *
 * @param printer  how the state prints a row's value (tiers must agree on the values)
 */
record LoadedRows(List<BenchRow> rows, Function<Object, String> printer) {

    /**
     * The rows on tier: the cpjit column is the bytecode tier with the JIT in the mode MINO_JIT names
     * (default auto); every other column runs with the JIT off.
     */
    static LoadedRows load(String tier, Path rowsFile) {
        MinoOptions defaults = MinoOptions.defaults();
        String jit = tier.equals("cpjit") ? (defaults.jit() == null ? "auto" : defaults.jit()) : "off";
        MinoState state = Mino.newState(defaults.withInteropAllow(MinoOptions.COMMAND_LINE_INTEROP).withTier(tier).withJit(jit));
        state.loadFile(rowsFile);
        return new LoadedRows(rowsOf(state.getVar("user/rows"), rowsFile), state::printString);
    }

    private static List<BenchRow> rowsOf(Object value, Path rowsFile) {
        if (!(value instanceof Indexed vector)) throw notRows(rowsFile);
        List<BenchRow> rows = new ArrayList<>();
        for (int i = 0; i < vector.count(); i++) {
            if (!(vector.nth(i) instanceof Indexed entry && entry.count() == 2 && entry.nth(0) instanceof String name)) {
                throw notRows(rowsFile);
            }
            Fn thunk = Callables.asFn(entry.nth(1));
            rows.add(new BenchRow(name, thunk::invoke));
        }
        if (rows.isEmpty()) throw notRows(rowsFile);
        return List.copyOf(rows);
    }

    private static MinoException notRows(Path rowsFile) {
        return new MinoException(rowsFile + ": rows must be a non-empty vector of [\"name\" thunk]");
    }
}
