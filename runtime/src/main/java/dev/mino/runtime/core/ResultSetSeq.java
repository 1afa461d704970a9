package dev.mino.runtime.core;

import dev.mino.runtime.interop.InteropAccess;
import dev.mino.runtime.lang.Cons;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.LazySeq;
import dev.mino.runtime.lang.Seqs;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * (resultset-seq rs): the rows of a JDBC ResultSet as a lazy seq of struct maps, one key per column, its
 * label lower-cased as a keyword, in column order. It is interop with java.sql, so the state must be
 * granted that package (MinoOptions.withInteropAllow): a script cannot reach a database through it otherwise.
 */
final class ResultSetSeq {
    private ResultSetSeq() {}

    static void install(CoreLibrary lib) {
        InteropAccess access = lib.evaluator.userAccess();
        lib.fn("resultset-seq", "[rs]",
                "A lazy seq of the rows of the java.sql.ResultSet rs, each a struct map from the column labels,\n"
                + "  lower-cased, as keywords, to the row's values; the labels must be distinct. Advances rs as the\n"
                + "  seq is realized. Needs java.sql granted to interop.")
                .a1(rs -> rows(access, rs));
    }

    private static Object rows(InteropAccess access, Object rs) {
        access.check(ResultSet.class, "resultset-seq");
        if (!(rs instanceof ResultSet set)) {
            if (rs == null) throw new NullPointerException();
            throw new ClassCastException(Numbers.describe(rs) + " cannot be cast to class java.sql.ResultSet");
        }
        try {
            StructDef basis = StructDef.create(Seqs.arraySeq(columnKeys(set.getMetaData()), 0));
            return from(set, basis, set.getMetaData().getColumnCount());
        } catch (SQLException e) {
            throw Rethrow.unchecked(e);
        }
    }

    private static Object[] columnKeys(ResultSetMetaData md) throws SQLException {
        Object[] keys = new Object[md.getColumnCount()];
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < keys.length; i++) {
            keys[i] = Keyword.of(md.getColumnLabel(i + 1).toLowerCase(Locale.ROOT));
            if (!seen.add(keys[i])) throw Rethrow.unchecked(new Exception("ResultSet must have unique column labels"));
        }
        return keys;
    }

    /** The rows from the next one on, read when the seq is realized. */
    private static LazySeq from(ResultSet set, StructDef basis, int columns) {
        return LazySeqs.lazy(() -> {
            try {
                if (!set.next()) return null;
                Object[] values = new Object[columns];
                for (int i = 0; i < columns; i++) values[i] = set.getObject(i + 1);
                return new Cons(StructMap.construct(basis, Seqs.arraySeq(values, 0)), from(set, basis, columns));
            } catch (SQLException e) {
                throw Rethrow.unchecked(e);
            }
        });
    }
}
