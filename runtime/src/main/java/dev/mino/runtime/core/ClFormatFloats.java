package dev.mino.runtime.core;

import dev.mino.runtime.lang.Ratio;
import java.math.MathContext;

/**
 * cl-format's floating point directives ~F, ~E, ~G and ~$. A number is handled as the digit string of
 * its mantissa and a decimal exponent, both taken from its printed form, and rounded as a string, so
 * results match Clojure's cl-format digit for digit (w: field width, d: digits after the point, e:
 * exponent digits, k: scale factor, overflow: the character filling a field too narrow).
 */
final class ClFormatFloats {
    private ClFormatFloats() {}

    /** ~w,d,k,overflow,padF: fixed notation. */
    static String fixed(Number arg, boolean at, Integer w, Integer d, int k, Character overflow, char padchar) {
        boolean negative = Numbers.isNeg(arg);
        Parts parts = parts(convertRatio(negative ? (Number) Numbers.negate(arg) : arg));
        int scaledExp = parts.exponent() + k;
        boolean addSign = at || negative;
        boolean appendZero = d == null && parts.mantissa().length() - 1 <= scaledExp;
        Rounded r = round(parts.mantissa(), scaledExp, d, w == null ? null : w - (addSign ? 1 : 0));
        String repr = fixed(r.mantissa(), r.expanded() ? r.exponent() + 1 : r.exponent(), d);
        if (w != null && d != null && d >= 1 && repr.startsWith("0.") && repr.length() > w - (addSign ? 1 : 0)) {
            repr = repr.substring(1);
        }
        boolean prependZero = repr.startsWith(".");
        String sign = addSign ? (negative ? "-" : "+") : "";
        if (w == null) return sign + (prependZero ? "0" : "") + repr + (appendZero ? "0" : "");
        int signedLength = repr.length() + (addSign ? 1 : 0);
        prependZero = prependZero && signedLength < w;
        appendZero = appendZero && signedLength < w;
        int fullLength = prependZero || appendZero ? signedLength + 1 : signedLength;
        if (fullLength > w && overflow != null) return String.valueOf(overflow).repeat(w);
        return String.valueOf(padchar).repeat(Math.max(0, w - fullLength)) + sign + (prependZero ? "0" : "") + repr + (appendZero ? "0" : "");
    }

    /** ~w,d,e,k,overflow,pad,expcharE: exponential notation, k digits before the point. */
    static String exponential(Number x, boolean at, Integer w, Integer d, Integer e, int k, Character overflow, char padchar, char expchar) {
        Number arg = convertRatio(x);
        boolean negative = Numbers.isNeg(arg);
        Parts parts = parts(negative ? (Number) Numbers.negate(arg) : arg);
        String mantissa = parts.mantissa();
        int exp = parts.exponent();
        boolean addSign = at || negative;
        while (true) {
            boolean prependZero = k <= 0;
            int scaledExp = exp - (k - 1);
            String expDigits = String.valueOf(Math.abs(scaledExp));
            String expText = expchar + (scaledExp < 0 ? "-" : "+") + (e != null ? "0".repeat(Math.max(0, e - expDigits.length())) : "") + expDigits;
            int expWidth = expText.length();
            String scaledMantissa = "0".repeat(Math.max(0, -k)) + mantissa
                    + (d != null ? "0".repeat(Math.max(0, d - (mantissa.length() - 1) - (k < 0 ? -k : 0))) : "");
            Integer wMantissa = w == null ? null : w - expWidth;
            Integer digits = d == null ? null : k > 0 ? d : d - 1;
            Rounded r = round(scaledMantissa, 0, digits, wMantissa == null ? null : wMantissa - (addSign ? 1 : 0));
            if (r.expanded()) {
                // Rounding carried into a new digit (9.99 -> 10.0): redo with the exponent one up.
                mantissa = r.mantissa();
                exp = exp + 1;
                continue;
            }
            String fullMantissa = scaledDecimal(r.mantissa(), k);
            boolean appendZero = k == r.mantissa().length() && d == null;
            String sign = addSign ? (negative ? "-" : "+") : "";
            if (w == null) return sign + (prependZero ? "0" : "") + fullMantissa + (appendZero ? "0" : "") + expText;
            int signedLength = fullMantissa.length() + expWidth + (addSign ? 1 : 0);
            prependZero = prependZero && signedLength != w;
            int fullLength = prependZero ? signedLength + 1 : signedLength;
            appendZero = appendZero && fullLength < w;
            if ((fullLength > w || (e != null && expWidth - 2 > e)) && overflow != null) return String.valueOf(overflow).repeat(w);
            return String.valueOf(padchar).repeat(Math.max(0, w - fullLength - (appendZero ? 1 : 0))) + sign
                    + (prependZero ? "0" : "") + fullMantissa + (appendZero ? "0" : "") + expText;
        }
    }

    /** ~G: fixed notation (followed by spaces where an exponent would be) when the number's magnitude allows, else ~E. */
    static String general(Number x, boolean at, Integer w, Integer d, Integer e, int k, Character overflow, char padchar, char expchar) {
        Number arg = convertRatio(x);
        Parts parts = parts(Numbers.isNeg(arg) ? (Number) Numbers.negate(arg) : arg);
        boolean zero = (arg instanceof Double || arg instanceof Float) && arg.doubleValue() == 0.0;
        int n = zero ? 0 : parts.exponent() + 1;
        int ee = e != null ? e + 2 : 4;
        Integer ww = w == null ? null : w - ee;
        int digits = d != null ? d : Math.max(parts.mantissa().length(), Math.min(n, 7));
        int dd = digits - n;
        if (0 <= dd && dd <= digits) return fixed(x, at, ww, dd, 0, overflow, padchar) + " ".repeat(ee);
        return exponential(x, at, w, d, e, k, overflow, padchar, expchar);
    }

    /** ~d,n,w,pad$: d digits after the point, at least n before it, padded to w (the sign before the padding with :). */
    static String dollars(Number arg, boolean at, boolean colon, int d, int n, int w, char padchar) {
        boolean negative = Numbers.isNeg(arg);
        Parts parts = parts(convertRatio(negative ? (Number) Numbers.negate(arg) : arg));
        Rounded r = round(parts.mantissa(), parts.exponent(), d, null);
        String repr = fixed(r.mantissa(), r.expanded() ? r.exponent() + 1 : r.exponent(), d);
        String full = "0".repeat(Math.max(0, n - repr.indexOf('.'))) + repr;
        boolean addSign = at || negative;
        int fullLength = full.length() + (addSign ? 1 : 0);
        String sign = addSign ? (negative ? "-" : "+") : "";
        String padding = String.valueOf(padchar).repeat(Math.max(0, w - fullLength));
        return colon ? sign + padding + full : padding + sign + full;
    }

    // ---- digit strings ----

    /** A ratio as a double, or as a decimal when a double would underflow to 0 or overflow. */
    static Number convertRatio(Number x) {
        if (!(x instanceof Ratio r)) return x;
        double d = r.doubleValue();
        if ((d == 0.0 && r.numerator().signum() != 0) || Double.isInfinite(d)) return r.toBigDecimal(MathContext.DECIMAL128);
        return d;
    }

    /** Digits and exponent: x = 0.d1d2d3... * 10^(exponent+1), i.e. d1.d2d3... * 10^exponent. */
    record Parts(String mantissa, int exponent) {}

    /** The significant digits of a non-negative number (no leading or trailing zeros) and its exponent. */
    static Parts parts(Number x) {
        String s = x.toString().toLowerCase();
        int e = s.indexOf('e');
        int dot = s.indexOf('.');
        String m;
        String exp;
        if (e < 0) {
            if (dot < 0) {
                m = s;
                exp = String.valueOf(s.length() - 1);
            } else {
                m = s.substring(0, dot) + s.substring(dot + 1);
                exp = String.valueOf(dot - 1);
            }
        } else if (dot < 0) {
            m = s.substring(0, e);
            exp = s.substring(e + 1);
        } else {
            m = s.charAt(0) + s.substring(2, e);
            exp = s.substring(e + 1);
        }
        String trimmed = stripTrailing(m, '0');
        String digits = stripLeading(trimmed, '0');
        if (exp.startsWith("+")) exp = exp.substring(1);
        if (digits.isEmpty()) return new Parts("0", 0);
        return new Parts(digits, Integer.parseInt(exp) - (trimmed.length() - digits.length()));
    }

    private static String stripTrailing(String s, char c) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == c) end--;
        return s.substring(0, end);
    }

    private static String stripLeading(String s, char c) {
        int start = 0;
        while (start < s.length() && s.charAt(start) == c) start++;
        return s.substring(start);
    }

    /** A digit string plus one, possibly one digit longer ("99" -> "100"). */
    private static String increment(String s) {
        char[] cs = s.toCharArray();
        int i = cs.length - 1;
        while (i >= 0 && cs[i] == '9') {
            cs[i] = '0';
            i--;
        }
        if (i < 0) return "1" + new String(cs);
        cs[i]++;
        return new String(cs);
    }

    /** A rounded mantissa: its digits, exponent, and whether rounding carried into a new leading digit. */
    record Rounded(String mantissa, int exponent, boolean expanded) {}

    /**
     * Rounds mantissa m (exponent e) to d digits after the point, or when only a width w is given to what
     * fits in w characters (never rounding away digits before the point).
     */
    static Rounded round(String m, int e, Integer d, Integer w) {
        if (d == null && w == null) return new Rounded(m, e, false);
        int len = m.length();
        Integer width = w == null ? null : Math.max(2, w);
        int roundPos;
        if (d != null) {
            roundPos = e + d + 1;
        } else if (e >= 0) {
            roundPos = Math.max(e + 1, width - 1);
        } else {
            roundPos = width + e;
        }
        String m1 = m;
        int e1 = e;
        if (roundPos == 0) {
            m1 = "0" + m;
            e1 = e + 1;
            roundPos = 1;
            len++;
        }
        if (roundPos < 0) return new Rounded("0", 0, false);
        if (len <= roundPos) return new Rounded(m, e, false);
        String result = m1.substring(0, roundPos);
        if (m1.charAt(roundPos) >= '5') {
            String up = increment(result);
            boolean expanded = up.length() > result.length();
            return new Rounded(expanded ? up.substring(0, up.length() - 1) : up, e1, expanded);
        }
        return new Rounded(result, e1, false);
    }

    /** The digits of m (exponent e) written out in fixed notation with a decimal point, d digits after it. */
    static String fixed(String m, int e, Integer d) {
        String m1 = m;
        int e1 = e;
        if (e < 0) {
            m1 = "0".repeat(-e - 1) + m;
            e1 = -1;
        }
        int target = d != null ? e1 + d + 1 : e1 + 1;
        if (m1.length() < target) m1 = m1 + "0".repeat(target - m1.length());
        if (e < 0) return "." + m1;
        return m1.substring(0, e + 1) + "." + m1.substring(e + 1);
    }

    /** m with a decimal point after its first k digits (before them all when k is negative). */
    static String scaledDecimal(String m, int k) {
        if (k < 0) return "." + m;
        return m.substring(0, k) + "." + m.substring(k);
    }
}
