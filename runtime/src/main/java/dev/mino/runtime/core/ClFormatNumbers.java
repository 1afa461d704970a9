package dev.mino.runtime.core;

import dev.mino.runtime.lang.Ratio;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/** The integer renderings of cl-format beyond digits: English cardinals and ordinals (~R, ~:R), Roman numerals (~@R, ~:@R). */
final class ClFormatNumbers {
    private static final String[] UNITS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
        "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    private static final String[] ORDINAL_UNITS = {"zeroth", "first", "second", "third", "fourth", "fifth", "sixth",
        "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth",
        "sixteenth", "seventeenth", "eighteenth", "nineteenth"};
    private static final String[] TENS = {"", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    private static final String[] ORDINAL_TENS = {"", "", "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth",
        "seventieth", "eightieth", "ninetieth"};
    /** Short-scale names of the powers of 1000; numbers needing more groups than these fall back to digits. */
    private static final String[] SCALES = {"", "thousand", "million", "billion", "trillion", "quadrillion",
        "quintillion", "sextillion", "septillion", "octillion", "nonillion", "decillion", "undecillion",
        "duodecillion", "tredecillion", "quattuordecillion", "quindecillion", "sexdecillion", "septendecillion",
        "octodecillion", "novemdecillion", "vigintillion"};
    private static final String[][] NEW_ROMAN = {
        {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"},
        {"X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"},
        {"C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"},
        {"M", "MM", "MMM"}};
    private static final String[][] OLD_ROMAN = {
        {"I", "II", "III", "IIII", "V", "VI", "VII", "VIII", "VIIII"},
        {"X", "XX", "XXX", "XXXX", "L", "LX", "LXX", "LXXX", "LXXXX"},
        {"C", "CC", "CCC", "CCCC", "D", "DC", "DCC", "DCCC", "DCCCC"},
        {"M", "MM", "MMM"}};

    private ClFormatNumbers() {}

    // ---- integers ----

    /** True for integers, and for floats, doubles and decimals without a fractional part. */
    static boolean isIntegral(Object x) {
        if (PrettyPrintLib.isInteger(x)) return true;
        if (x instanceof Double || x instanceof Float) {
            double d = ((Number) x).doubleValue();
            return !Double.isInfinite(d) && d == Math.floor(d);
        }
        if (x instanceof BigDecimal b) return b.signum() == 0 || b.stripTrailingZeros().scale() <= 0;
        return false;
    }

    /** An integral number's value (a non-integral one truncated toward zero). */
    static BigInteger toBigInteger(Number n) {
        if (n instanceof BigInteger b) return b;
        if (n instanceof Long || n instanceof Integer || n instanceof Short || n instanceof Byte) return BigInteger.valueOf(n.longValue());
        if (n instanceof BigDecimal b) return b.toBigInteger();
        if (n instanceof Ratio r) return r.numerator().divide(r.denominator());
        return new BigDecimal(n.doubleValue()).toBigInteger();
    }

    /** The base-1000 groups of a non-negative number, most significant first. */
    private static List<Integer> thousands(BigInteger n) {
        List<Integer> groups = new ArrayList<>();
        BigInteger thousand = BigInteger.valueOf(1000);
        while (n.signum() > 0) {
            BigInteger[] qr = n.divideAndRemainder(thousand);
            groups.addFirst(qr[1].intValue());
            n = qr[0];
        }
        return groups;
    }

    /** ~R: "minus forty-four million, eight hundred seventy-nine thousand, thirty-two"; null when too big. */
    static String cardinal(BigInteger n) {
        if (n.signum() == 0) return "zero";
        List<Integer> groups = thousands(n.abs());
        if (groups.size() > SCALES.length) return null;
        List<String> words = new ArrayList<>();
        for (int g : groups) words.add(under1000(g, false));
        return (n.signum() < 0 ? "minus " : "") + withScales(words, 0);
    }

    /** ~:R: like ~R with the last group as an ordinal ("thirty-second", "two millionth"); null when too big. */
    static String ordinal(BigInteger n) {
        if (n.signum() == 0) return "zeroth";
        List<Integer> groups = thousands(n.abs());
        if (groups.size() > SCALES.length) return null;
        List<String> head = new ArrayList<>();
        for (int i = 0; i < groups.size() - 1; i++) head.add(under1000(groups.get(i), false));
        String headText = withScales(head, 1);
        String tail = under1000(groups.getLast(), true);
        String text;
        if (!headText.isEmpty() && !tail.isEmpty()) {
            text = headText + ", " + tail;
        } else if (!headText.isEmpty()) {
            text = headText + "th";
        } else {
            text = tail;
        }
        return (n.signum() < 0 ? "minus " : "") + text;
    }

    /** The ordinal suffix ~:R puts after a number too big for words: by its last digit only, as in Clojure. */
    static String bigOrdinalSuffix(BigInteger n) {
        int lastDigit = n.remainder(BigInteger.valueOf(100)).remainder(BigInteger.TEN).intValue();
        return switch (lastDigit) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    /** The words for 0 < n < 1000 (or 0: ""), as a cardinal ("forty-two") or an ordinal ("forty-second"). */
    private static String under1000(int n, boolean ordinal) {
        int hundreds = n / 100;
        int tens = n % 100;
        String[] units = ordinal ? ORDINAL_UNITS : UNITS;
        StringBuilder sb = new StringBuilder();
        if (hundreds > 0) sb.append(UNITS[hundreds]).append(" hundred");
        if (hundreds > 0 && tens > 0) sb.append(' ');
        if (tens == 0) {
            if (ordinal && hundreds > 0) sb.append("th");
        } else if (tens < 20) {
            sb.append(units[tens]);
        } else if (tens % 10 == 0) {
            sb.append((ordinal ? ORDINAL_TENS : TENS)[tens / 10]);
        } else {
            sb.append(TENS[tens / 10]).append('-').append(units[tens % 10]);
        }
        return sb.toString();
    }

    /**
     * Joins group words with ", ", each followed by its scale word; offset shifts the scales (1 when the
     * last group is left out, as for ordinals). Empty groups are skipped.
     */
    private static String withScales(List<String> groups, int offset) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            String g = groups.get(i);
            if (g.isEmpty()) continue;
            int scale = groups.size() - 1 - i + offset;
            parts.add(scale > 0 ? g + " " + SCALES[scale] : g);
        }
        return String.join(", ", parts);
    }

    /** ~@R (or ~:@R with old-style numerals such as IIII): null outside 1..3999. */
    static String roman(Object x, boolean old) {
        if (!(x instanceof Number n)) return null;
        BigInteger v = toBigInteger(n);
        if (v.signum() <= 0 || v.compareTo(BigInteger.valueOf(4000)) >= 0) return null;
        String digits = v.toString();
        String[][] table = old ? OLD_ROMAN : NEW_ROMAN;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            if (d > 0) sb.append(table[digits.length() - 1 - i][d - 1]);
        }
        return sb.toString();
    }
}
