package dev.mino.nrepl;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads bencode values (nREPL's wire format) from a stream: byte strings as UTF-8 Strings, integers as
 * Longs, lists as Lists, dictionaries as Maps with String keys. A client is not trusted: one value may
 * take at most maxBytes bytes (a declared string length past that is refused before anything is
 * allocated) and nest at most {@link #MAX_DEPTH} deep.
 */
final class BencodeReader {
    static final int MAX_DEPTH = 64;
    /** Digits of a length or an integer: enough for any long, few enough to refuse a stream of digits early. */
    private static final int MAX_DIGITS = 19;

    private final InputStream in;
    private final long maxBytes;
    /** Bytes the value being read may still take. */
    private long left;

    BencodeReader(InputStream in, long maxBytes) {
        this.in = in;
        this.maxBytes = maxBytes;
    }

    /** The next value, or null when the stream ends between values. */
    Object read() throws IOException {
        int first = in.read();
        if (first == -1) return null;
        left = maxBytes - 1;
        return value(first, 0);
    }

    private Object value(int first, int depth) throws IOException {
        if (depth > MAX_DEPTH) throw new BencodeException("nested deeper than " + MAX_DEPTH);
        return switch (first) {
            case 'i' -> integer();
            case 'l' -> list(depth);
            case 'd' -> dictionary(depth);
            default -> {
                if (first < '0' || first > '9') throw new BencodeException("unexpected byte " + describe(first));
                yield string(first);
            }
        };
    }

    private Long integer() throws IOException {
        int c = next();
        boolean negative = c == '-';
        if (negative) c = next();
        String digits = digits(c, 'e');
        if (digits.isEmpty()) throw new BencodeException("an integer without digits");
        return Long.parseLong(negative ? "-" + digits : digits);
    }

    private String string(int first) throws IOException {
        long length = Long.parseLong(digits(first, ':'));
        if (length > left) throw new BencodeException("a string of " + length + " bytes in a message limited to " + maxBytes);
        left -= length;
        byte[] bytes = in.readNBytes((int) length);
        if (bytes.length < length) throw new EOFException("the stream ended inside a string");
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private List<Object> list(int depth) throws IOException {
        List<Object> items = new ArrayList<>();
        for (int c = next(); c != 'e'; c = next()) items.add(value(c, depth + 1));
        return items;
    }

    private Map<String, Object> dictionary(int depth) throws IOException {
        Map<String, Object> entries = new LinkedHashMap<>();
        for (int c = next(); c != 'e'; c = next()) {
            if (!(value(c, depth + 1) instanceof String key)) throw new BencodeException("a dictionary key that is not a string");
            entries.put(key, value(next(), depth + 1));
        }
        return entries;
    }

    /** Decimal digits from first up to the end byte (consumed). */
    private String digits(int first, char end) throws IOException {
        StringBuilder digits = new StringBuilder();
        for (int c = first; c != end; c = next()) {
            if (c < '0' || c > '9') throw new BencodeException("unexpected byte " + describe(c) + " in a number");
            if (digits.length() == MAX_DIGITS) throw new BencodeException("a number of more than " + MAX_DIGITS + " digits");
            digits.append((char) c);
        }
        return digits.toString();
    }

    private int next() throws IOException {
        if (left-- <= 0) throw new BencodeException("a message larger than " + maxBytes + " bytes");
        int c = in.read();
        if (c == -1) throw new EOFException("the stream ended inside a message");
        return c;
    }

    private static String describe(int c) {
        return c >= 0x20 && c < 0x7f ? "'" + (char) c + "'" : String.format("0x%02x", c);
    }
}
