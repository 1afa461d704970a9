package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoState;
import org.junit.jupiter.api.Test;

/**
 * The data_readers.cljc on this module's test classpath maps #mino.test/shout to the var
 * mino.test.data-reader-file/shout: every state's *data-readers* starts with it, and the tag reads once
 * the namespace defines the var, as in Clojure.
 */
class DataReaderFilesTest {
    @Test
    void theFilesMappingIsInDataReaders() {
        MinoState s = Mino.newState();
        assertEquals("#'mino.test.data-reader-file/shout", s.eval("(pr-str (get *data-readers* 'mino.test/shout))"));
    }

    @Test
    void theTagReadsOnceItsVarIsDefined() {
        MinoState s = Mino.newState();
        RuntimeException unbound = assertThrows(RuntimeException.class, () -> s.eval("(read-string \"#mino.test/shout \\\"hi\\\"\")"));
        assertTrue(MinoState.describeError(unbound).contains("mino.test.data-reader-file/shout"), MinoState.describeError(unbound));
        s.eval("(in-ns 'mino.test.data-reader-file) (clojure.core/defn shout [s] (clojure.core/str s \"!\")) (in-ns 'user)");
        assertEquals("hi!", s.eval("(read-string \"#mino.test/shout \\\"hi\\\"\")"));
        assertEquals("ho!", s.eval("#mino.test/shout \"ho\""), "source code reads it too");
    }
}
