package dev.mino.runtime.reader;

import dev.mino.runtime.lang.Symbol;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.UUID;

/** The built-in tagged literals: #uuid "..." (java.util.UUID) and #inst "..." (java.util.Date). */
public final class TaggedLiterals {
    private TaggedLiterals() {}

    /** Whether tag is one of the built-in #inst and #uuid. */
    static boolean isBuiltIn(Symbol tag) {
        return tag.getNamespace() == null && (tag.getName().equals("inst") || tag.getName().equals("uuid"));
    }

    /** The value of #tag form; IllegalArgumentException when the tag is unknown or the form is invalid. */
    public static Object read(Symbol tag, Object form) {
        if (tag.getNamespace() == null) {
            switch (tag.getName()) {
                case "uuid": return uuid(form);
                case "inst": return inst(form);
                default: break;
            }
        }
        throw new IllegalArgumentException("No reader function for tag " + tag);
    }

    private static UUID uuid(Object form) {
        if (!(form instanceof String s)) {
            throw new IllegalArgumentException("uuid literal expects a string as its representation.");
        }
        return UUID.fromString(s);
    }

    private static Date inst(Object form) {
        if (!(form instanceof String s)) {
            throw new IllegalArgumentException("Instance literal expects a string for its timestamp.");
        }
        try {
            return Date.from(Timestamp.parse(s).toInstant());
        } catch (DateTimeException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Unrecognized date/time syntax: " + s);
        }
    }

    /**
     * RFC 3339 timestamps as #inst accepts them: yyyy[-MM[-dd[Thh[:mm[:ss[.fff...]]]]]] and an optional
     * Z or ±hh:mm offset; omitted fields are at their minimum.
     */
    private static final class Timestamp {
        private final String text;
        private int pos;

        private Timestamp(String text) {
            this.text = text;
        }

        static ZonedDateTime parse(String text) {
            return new Timestamp(text).parse();
        }

        private ZonedDateTime parse() {
            int year = digits(4);
            int month = 1, day = 1, hour = 0, minute = 0, second = 0, nanos = 0;
            if (accept('-')) {
                month = digits(2);
                if (accept('-')) {
                    day = digits(2);
                    if (accept('T')) {
                        hour = digits(2);
                        if (accept(':')) {
                            minute = digits(2);
                            if (accept(':')) {
                                second = digits(2);
                                if (accept('.')) nanos = fraction();
                            }
                        }
                    }
                }
            }
            ZoneOffset offset = offset();
            if (pos != text.length()) throw new IllegalArgumentException(text);
            LocalDate date = LocalDate.of(year, month, day);
            return ZonedDateTime.of(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), hour, minute, second, nanos, offset);
        }

        private ZoneOffset offset() {
            if (accept('Z')) return ZoneOffset.UTC;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                int sign = text.charAt(pos++) == '-' ? -1 : 1;
                int hours = digits(2);
                expect(':');
                int minutes = digits(2);
                return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
            }
            return ZoneOffset.UTC;
        }

        /** Nanoseconds from one to nine fraction digits (more are ignored). */
        private int fraction() {
            int start = pos;
            int nanos = 0;
            while (pos < text.length() && Syntax.isDigit(text.charAt(pos))) {
                if (pos - start < 9) nanos = nanos * 10 + (text.charAt(pos) - '0');
                pos++;
            }
            if (pos == start) throw new IllegalArgumentException(text);
            for (int n = Math.min(pos - start, 9); n < 9; n++) nanos *= 10;
            return nanos;
        }

        private int digits(int count) {
            if (pos + count > text.length()) throw new IllegalArgumentException(text);
            int value = 0;
            for (int i = 0; i < count; i++) {
                char c = text.charAt(pos++);
                if (!Syntax.isDigit(c)) throw new IllegalArgumentException(text);
                value = value * 10 + (c - '0');
            }
            return value;
        }

        private boolean accept(char c) {
            if (pos < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void expect(char c) {
            if (!accept(c)) throw new IllegalArgumentException(text);
        }
    }
}
