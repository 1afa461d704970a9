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
     * The rows on a column: a tier name, or {@code cpjit:MODE} for the JIT in a given mode. The cpjit column
     * is the bytecode tier with the JIT in the mode it names, else MINO_JIT's (default auto); every other
     * column runs with the JIT off.
     */
    static LoadedRows load(String column, Path rowsFile) {
        MinoOptions defaults = MinoOptions.defaults();
        String tier = tierOf(column);
        String jit = !tier.equals("cpjit") ? "off" : column.contains(":") ? column.substring(column.indexOf(':') + 1)
                : defaults.jit() == null ? "auto" : defaults.jit();
        MinoState state = Mino.newState(defaults.withCommandLineGrants().withTier(tier).withJit(jit));
        state.loadFile(rowsFile);
        return new LoadedRows(rowsOf(state.getVar("user/rows"), rowsFile), state::printString);
    }

    /** The tier a bench column names: {@code cpjit:on} is the cpjit tier. */
    static String tierOf(String column) {
        int colon = column.indexOf(':');
        return colon < 0 ? column : column.substring(0, colon);
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
