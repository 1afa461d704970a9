package dev.mino.runtime.reader;

import dev.mino.runtime.lang.Ratio;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Number tokens, with Clojure's grammar:
 * integers {@code [+-]? (0 | [1-9][0-9]* | 0[xX]hex+ | 0 octal+ | radix[rR]digits) N?},
 * decimals {@code [+-]? [0-9]+ (.[0-9]*)? ([eE][+-]?[0-9]+)? M?}, ratios {@code [+-]? [0-9]+ / [0-9]+}.
 * Integers without N are Longs when they fit, else BigIntegers (mino's BigInt); N forces a BigInteger.
 */
final class NumberLiteral {
    private NumberLiteral() {}

    /** The number the token denotes; throws NumberFormatException("Invalid number: ...") or ArithmeticException. */
    static Number parse(String token) {
        Number n = parseInteger(token);
        if (n == null) n = parseDecimal(token);
        if (n == null) n = parseRatio(token);
        if (n == null) throw new NumberFormatException("Invalid number: " + token);
        return n;
    }

    private static Number parseInteger(String s) {
        int len = s.length();
        int i = signLength(s);
        boolean negative = i == 1 && s.charAt(0) == '-';
        boolean big = s.charAt(len - 1) == 'N';
        int end = big ? len - 1 : len;
        if (i >= end) return null;
        String digits;
        int radix;
        char first = s.charAt(i);
        if (first == '0' && end - i == 1) {
            digits = "0";
            radix = 10;
        } else if (first == '0' && end - i > 2 && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X')) {
            digits = s.substring(i + 2, end);
            radix = 16;
            if (!allDigits(digits, 16)) return null;
        } else if (first == '0') {
            digits = s.substring(i + 1, end);
            radix = 8;
            if (!allDigits(digits, 10)) return null;
            // 0 followed by decimal digits that are not all octal (09) is an invalid number, not a decimal.
            if (!allDigits(digits, 8)) throw new NumberFormatException("Invalid number: " + s);
        } else {
            int r = radixMarker(s, i, end);
            if (r > 0) {
                radix = Integer.parseInt(s, i, r, 10);
                digits = s.substring(r + 1, end);
                if (digits.isEmpty() || !allAlphanumeric(digits)) return null;
                // Radix numbers take their N as a digit when the radix allows it (36rZZN).
                if (big) {
                    digits = s.substring(r + 1, len);
                    big = false;
                }
            } else {
                digits = s.substring(i, end);
                radix = 10;
                if (!allDigits(digits, 10)) return null;
            }
        }
        BigInteger value = new BigInteger(digits, radix);
        if (negative) value = value.negate();
        return big ? value : narrow(value);
    }

    /** Index of the r/R after a 1-2 digit radix starting at i (first digit non-zero), or -1. */
    private static int radixMarker(String s, int i, int end) {
        int j = i;
        while (j < end && j - i < 2 && Syntax.isDigit(s.charAt(j))) j++;
        if (j == i || s.charAt(i) == '0' || j >= end) return -1;
        char c = s.charAt(j);
        return c == 'r' || c == 'R' ? j : -1;
    }

    private static Number parseDecimal(String s) {
        int len = s.length();
        boolean exact = s.charAt(len - 1) == 'M';
        int end = exact ? len - 1 : len;
        int i = signLength(s);
        int digitsStart = i;
        while (i < end && Syntax.isDigit(s.charAt(i))) i++;
        if (i == digitsStart) return null;
        boolean isDecimal = exact;
        if (i < end && s.charAt(i) == '.') {
            isDecimal = true;
            i++;
            while (i < end && Syntax.isDigit(s.charAt(i))) i++;
        }
        if (i < end && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            isDecimal = true;
            i++;
            if (i < end && (s.charAt(i) == '+' || s.charAt(i) == '-')) i++;
            int expStart = i;
            while (i < end && Syntax.isDigit(s.charAt(i))) i++;
            if (i == expStart) return null;
        }
        if (i != end || !isDecimal) return null;
        String text = s.substring(0, end);
        return exact ? new BigDecimal(text) : Double.parseDouble(text);
    }

    private static Number parseRatio(String s) {
        int slash = s.indexOf('/');
        if (slash < 0) return null;
        int i = signLength(s);
        if (slash == i || slash == s.length() - 1) return null;
        if (!allDigits(s.substring(i, slash), 10) || !allDigits(s.substring(slash + 1), 10)) return null;
        BigInteger n = new BigInteger(s.substring(0, slash));
        BigInteger d = new BigInteger(s.substring(slash + 1));
        Ratio r = new Ratio(n, d);
        return r.denominator.equals(BigInteger.ONE) ? narrow(r.numerator) : r;
    }

    private static int signLength(String s) {
        char c = s.charAt(0);
        return c == '+' || c == '-' ? 1 : 0;
    }

    static Number narrow(BigInteger v) {
        return v.bitLength() < 64 ? (Number) v.longValue() : v;
    }

    private static boolean allDigits(String s, int radix) {
        if (s.isEmpty()) return false;
        for (int k = 0; k < s.length(); k++) {
            if (Character.digit(s.charAt(k), radix) < 0 || s.charAt(k) > 'z') return false;
        }
        return true;
    }

    private static boolean allAlphanumeric(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (!(Syntax.isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
        }
        return true;
    }
}
