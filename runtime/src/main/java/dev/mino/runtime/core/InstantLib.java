package dev.mino.runtime.core;

import dev.mino.runtime.lang.MultiFn;
import dev.mino.runtime.printer.PrinterWriter;
import java.sql.Timestamp;
import java.text.SimpleDateFormat;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import java.util.function.Function;

/**
 * The Java half of clojure.instant: building a java.util.Calendar, Date or java.sql.Timestamp from
 * timestamp fields (private vars of clojure.instant), and printing calendars and timestamps as #inst
 * literals as Clojure does — a calendar in its own offset, a timestamp in UTC with nanoseconds. As in
 * Clojure, those are methods of the state's print-method, added when the state loads clojure.instant.
 */
final class InstantLib {
    private InstantLib() {}

    static void install(NativeNamespace ns) {
        String fields = "[years months days hours minutes seconds nanoseconds offset-sign offset-hours offset-minutes]";
        ns.privateFn("construct-calendar", fields).rest(10, InstantLib::calendar);
        ns.privateFn("construct-date", fields).rest(10, a -> calendar(a).getTime());
        ns.privateFn("construct-timestamp", fields).rest(10, InstantLib::timestamp);
        MultiFn printMethod = (MultiFn) ns.coreVar("print-method").getRoot();
        printMethod.addMethod(Calendar.class, printInst(c -> rfc3339((Calendar) c)));
        printMethod.addMethod(Timestamp.class, printInst(t -> utc((Timestamp) t)));
    }

    /** A print-method method writing #inst "text" for the value's text. */
    private static Builtin printInst(Function<Object, String> text) {
        return new Builtin("clojure.instant/print-method").a2((x, w) -> {
            PrintFns.write(PrinterWriter.asWriter(w), "#inst \"" + text.apply(x) + "\"");
            return null;
        });
    }

    private static int field(Object[] a, int i) {
        return (int) Numbers.toLong(a[i]);
    }

    /** The calendar for the fields, in the zone of their offset (milliseconds from the nanoseconds). */
    private static GregorianCalendar calendar(Object[] a) {
        GregorianCalendar c = new GregorianCalendar(field(a, 0), field(a, 1) - 1, field(a, 2), field(a, 3), field(a, 4), field(a, 5));
        c.set(Calendar.MILLISECOND, field(a, 6) / 1_000_000);
        c.setTimeZone(TimeZone.getTimeZone(String.format("GMT%s%02d:%02d", field(a, 7) < 0 ? "-" : "+", field(a, 8), field(a, 9))));
        return c;
    }

    private static Timestamp timestamp(Object[] a) {
        Object[] whole = a.clone();
        whole[6] = 0L;
        Timestamp t = new Timestamp(calendar(whole).getTimeInMillis());
        t.setNanos(field(a, 6));
        return t;
    }

    /** yyyy-MM-ddTHH:mm:ss.SSS+hh:mm in the calendar's own zone. */
    private static String rfc3339(Calendar c) {
        String s = String.format("%1$tFT%1$tT.%1$tL%1$tz", c);
        int n = s.length();
        return s.substring(0, n - 2) + ":" + s.substring(n - 2);
    }

    /** The timestamp in UTC with all nine digits of its nanoseconds, and the unknown-offset suffix -00:00. */
    private static String utc(Timestamp t) {
        SimpleDateFormat f = new SimpleDateFormat("yyyy-MM-dd'T'HH:mm:ss");
        f.setTimeZone(TimeZone.getTimeZone("GMT"));
        return f.format(t) + String.format(".%09d-00:00", t.getNanos());
    }
}
