package dev.mino.nrepl;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The wire format, byte for byte, against the examples nREPL's own documentation gives. */
class BencodeTest {

    @Test void readsAnEvalRequest() throws Exception {
        assertEquals(Map.of("code", "(+ 1 2)", "id", "1", "op", "eval"), read("d4:code7:(+ 1 2)2:id1:12:op4:evale"));
    }

    @Test void writesAResponseWithSortedKeysAndNoNulls() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", "3");
        m.put("status", List.of("done"));
        m.put("session", null);
        m.put("id", "1");
        m.put("line", 7L);
        assertEquals("d2:id1:14:linei7e6:statusl4:donee5:value1:3e", write(m));
    }

    @Test void stringsAreUtf8ByteCounted() throws Exception {
        assertEquals("3:λx", write("λx"));
        assertEquals("λx", read(new String(BencodeWriter.encode("λx"), StandardCharsets.UTF_8)));
    }

    @Test void readsIntegersListsAndEmptyThings() throws Exception {
        assertEquals(-42L, read("i-42e"));
        assertEquals(List.of(1L, "a", List.of(), Map.of()), read("li1e1:aledee"));
        assertEquals("", read("0:"));
    }

    @Test void theEndOfTheStreamBetweenValuesIsNull() throws Exception {
        assertNull(new BencodeReader(new ByteArrayInputStream(new byte[0]), 100).read());
    }

    @Test void theEndInsideAValueIsAnError() {
        assertThrows(EOFException.class, () -> read("d2:op"));
        assertThrows(EOFException.class, () -> read("5:ab"));
    }

    @Test void malformedAndOversizedInputIsRefused() {
        for (String bad : List.of("x", "ie", "i1x", "di1e1:ae", "1a", "9999999999999999999999:")) {
            assertThrows(BencodeException.class, () -> read(bad), bad);
        }
        BencodeException e = assertThrows(BencodeException.class,
                () -> new BencodeReader(new ByteArrayInputStream("d4:code100:".getBytes(StandardCharsets.US_ASCII)), 50).read());
        assertEquals("a string of 100 bytes in a message limited to 50", e.getMessage());
        byte[] deep = new byte[BencodeReader.MAX_DEPTH + 2];
        Arrays.fill(deep, (byte) 'l');
        assertThrows(BencodeException.class, () -> new BencodeReader(new ByteArrayInputStream(deep), 1000).read());
    }

    @Test void theClientsEncodingAndTheServersAgree() throws Exception {
        Map<String, Object> m = Map.of("op", "eval", "code", "(str \"ü\")", "line", 3L, "ops", List.of("a", Map.of("b", 1L)));
        assertEquals(new String(TestClient.encode(m), StandardCharsets.UTF_8), write(m));
        assertEquals(m, read(write(m)));
    }

    private static Object read(String bencode) throws Exception {
        return new BencodeReader(new ByteArrayInputStream(bencode.getBytes(StandardCharsets.UTF_8)), 1 << 20).read();
    }

    private static String write(Object value) {
        return new String(BencodeWriter.encode(value), StandardCharsets.UTF_8);
    }
}
