package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import javax.sql.rowset.CachedRowSet;
import javax.sql.rowset.RowSetMetaDataImpl;
import javax.sql.rowset.RowSetProvider;
import org.junit.jupiter.api.Test;

/**
 * resultset-seq over a real JDBC ResultSet (the JDK's CachedRowSet, filled in memory, no database): the rows
 * as Clojure gives them, read lazily, and only in a state granted java.sql.
 */
class ResultSetSeqTest {
    private static final MinoOptions GRANTED = MinoOptions.defaults().withInteropAllow(List.of("java.sql"));

    /** Columns ID and Name (labels as given), one row per {id, name}. */
    private static CachedRowSet people(String secondLabel, Object[]... rows) throws SQLException {
        RowSetMetaDataImpl md = new RowSetMetaDataImpl();
        md.setColumnCount(2);
        md.setColumnName(1, "ID");
        md.setColumnLabel(1, "ID");
        md.setColumnType(1, Types.INTEGER);
        md.setColumnName(2, "Name");
        md.setColumnLabel(2, secondLabel);
        md.setColumnType(2, Types.VARCHAR);
        CachedRowSet rs = RowSetProvider.newFactory().createCachedRowSet();
        rs.setMetaData(md);
        for (Object[] row : rows) {
            rs.moveToInsertRow();
            rs.updateInt(1, (Integer) row[0]);
            rs.updateString(2, (String) row[1]);
            rs.insertRow();
        }
        rs.moveToCurrentRow();
        rs.beforeFirst();
        return rs;
    }

    private static MinoState stateWith(MinoOptions options, ResultSet rs) {
        MinoState s = Mino.newState(options);
        s.define("user/rs", rs);
        return s;
    }

    @Test
    void rowsAreStructMapsKeyedByLowerCasedLabels() throws SQLException {
        MinoState s = stateWith(GRANTED, people("Name", new Object[] {1, "ann"}, new Object[] {2, "bob"}));
        assertEquals("({:id 1, :name \"ann\"} {:id 2, :name \"bob\"})", s.eval("(pr-str (resultset-seq rs))"));
    }

    @Test
    void rowsAreReadAsTheSeqIsRealized() throws SQLException {
        CachedRowSet rs = people("Name", new Object[] {1, "ann"}, new Object[] {2, "bob"}, new Object[] {3, "cy"});
        MinoState s = stateWith(GRANTED, rs);
        assertEquals("ann", s.eval("(def rows (resultset-seq rs)) (:name (first rows))"));
        assertEquals(1, rs.getRow(), "only the first row read so far");
        assertEquals(3L, s.eval("(count rows)"));
        assertTrue(rs.isAfterLast());
    }

    @Test
    void anEmptyResultSetIsAnEmptySeq() throws SQLException {
        assertEquals(true, stateWith(GRANTED, people("Name")).eval("(empty? (resultset-seq rs))"));
    }

    @Test
    void labelsMustBeDistinct() throws SQLException {
        MinoState s = stateWith(GRANTED, people("id", new Object[] {1, "ann"}));
        RuntimeException e = assertThrows(RuntimeException.class, () -> s.eval("(resultset-seq rs)"));
        assertTrue(MinoState.describeError(e).contains("ResultSet must have unique column labels"), MinoState.describeError(e));
    }

    @Test
    void withoutAGrantOfJavaSqlItIsDenied() throws SQLException {
        CachedRowSet rs = people("Name", new Object[] {1, "ann"});
        MinoState s = stateWith(MinoOptions.defaults().withInteropAllow(List.of("java.lang")), rs);
        RuntimeException e = assertThrows(RuntimeException.class, () -> s.eval("(resultset-seq rs)"));
        assertTrue(MinoState.describeError(e).contains("Java interop denied: resultset-seq of class java.sql.ResultSet"),
                MinoState.describeError(e));
        assertFalse(rs.isAfterLast() || rs.getRow() > 0, "the result set was not touched");
    }

    @Test
    void aValueThatIsNoResultSetIsAClassCastError() {
        MinoState s = Mino.newState(GRANTED);
        RuntimeException e = assertThrows(RuntimeException.class, () -> s.eval("(resultset-seq [1 2])"));
        assertTrue(MinoState.describeError(e).contains("cannot be cast to class java.sql.ResultSet"), MinoState.describeError(e));
    }
}
