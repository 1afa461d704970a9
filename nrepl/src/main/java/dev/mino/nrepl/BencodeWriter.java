package dev.mino.nrepl;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Encodes values as bencode: Strings (UTF-8), whole numbers, Maps (keys as strings, sorted as the format
 * asks; entries whose value is null left out) and Iterables. Anything else goes as its String.valueOf.
 */
final class BencodeWriter {
    private BencodeWriter() {}

    static byte[] encode(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(value, out);
        return out.toByteArray();
    }

    private static void write(Object value, ByteArrayOutputStream out) {
        switch (value) {
            case Long n -> integer(n, out);
            case Integer n -> integer(n, out);
            case Map<?, ?> m -> dictionary(m, out);
            case Iterable<?> items -> {
                out.write('l');
                for (Object item : items) write(item == null ? "" : item, out);
                out.write('e');
            }
            case null -> string("", out);
            default -> string(String.valueOf(value), out);
        }
    }

    private static void integer(long n, ByteArrayOutputStream out) {
        out.writeBytes(("i" + n + "e").getBytes(StandardCharsets.US_ASCII));
    }

    private static void dictionary(Map<?, ?> m, ByteArrayOutputStream out) {
        Map<String, Object> sorted = new TreeMap<>();
        m.forEach((k, v) -> {
            if (v != null) sorted.put(String.valueOf(k), v);
        });
        out.write('d');
        sorted.forEach((k, v) -> {
            string(k, out);
            write(v, out);
        });
        out.write('e');
    }

    private static void string(String s, ByteArrayOutputStream out) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
    }
}
