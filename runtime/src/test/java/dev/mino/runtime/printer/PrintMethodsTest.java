package dev.mino.runtime.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.MapEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Types the printer does not know plug in their own text: print methods by class, or printing themselves. */
class PrintMethodsTest {
    interface Shape extends Printable {
        @Override default void printOn(Printer p) {
            p.append("#shape");
        }
    }

    static class Point implements Shape {
        final long x;
        final long y;

        Point(long x, long y) {
            this.x = x;
            this.y = y;
        }

        @Override public void printOn(Printer p) {
            RECORD_STYLE.print(this, p);
        }
    }

    static final class ColoredPoint extends Point {
        ColoredPoint() {
            super(0, 0);
        }
    }

    static final class Circle implements Shape {}

    /** Prints itself with the method it is given. */
    record Custom(PrintMethod method) implements Printable {
        @Override public void printOn(Printer p) {
            method.print(this, p);
        }
    }

    static final class Unknown {}

    private static final PrintMethod RECORD_STYLE = (x, p) -> {
        Point pt = (Point) x;
        p.printMap("#user.Point{", List.<Object>of(new MapEntry(Keyword.of("x"), pt.x), new MapEntry(Keyword.of("y"), pt.y)).iterator());
    };

    private static final PrintMethod SHAPE_STYLE = (x, p) -> p.append("#shape");

    @Test void registeredMethodPrintsItsClassAndSubclasses() {
        assertEquals("#user.Point{:x 1, :y 2}", Printer.prStr(new Point(1, 2)));
        assertEquals("#user.Point{:x 0, :y 0}", Printer.prStr(new ColoredPoint()));
        assertEquals("[#user.Point{:x 1, :y 2}]", Printer.prStr(dev.mino.runtime.lang.PersistentVector.of(new Point(1, 2))));
        PrintMethodTable table = new PrintMethodTable(Map.of(Point.class, RECORD_STYLE));
        assertSame(RECORD_STYLE, table.lookup(Point.class));
        assertSame(RECORD_STYLE, table.lookup(ColoredPoint.class));
    }

    @Test void interfacesAreConsultedAfterSuperclasses() {
        assertEquals("#shape", Printer.prStr(new Circle()));
        assertEquals("#user.Point{:x 1, :y 2}", Printer.prStr(new Point(1, 2)));
        PrintMethodTable table = new PrintMethodTable(Map.of(Shape.class, SHAPE_STYLE, Point.class, RECORD_STYLE));
        assertSame(SHAPE_STYLE, table.lookup(Circle.class));
        assertSame(RECORD_STYLE, table.lookup(Point.class));
        assertSame(RECORD_STYLE, table.lookup(ColoredPoint.class));
    }

    @Test void nestedValuesFollowTheSettings() {
        Custom c = new Custom((x, p) -> p.append("#shape ").printValue("s"));
        assertEquals("#shape \"s\"", Printer.prStr(c));
        assertEquals("#shape s", Printer.printStr(c));
    }

    @Test void printObjectHelper() {
        Custom c = new Custom((x, p) -> p.printObject("user$f", x, "user$f@1"));
        assertEquals("#object[user$f 0x" + Integer.toHexString(System.identityHashCode(c)) + " \"user$f@1\"]", Printer.prStr(c));
    }

    @Test void unregisteredTypesPrintAsObjects() {
        assertNull(BuiltinPrintMethods.lookup(Unknown.class));
        assertNull(new PrintMethodTable(Map.of(Shape.class, SHAPE_STYLE)).lookup(Unknown.class));
        Unknown u = new Unknown();
        assertEquals("#object[" + Unknown.class.getName() + " 0x" + Integer.toHexString(System.identityHashCode(u))
                + " \"" + u + "\"]", Printer.prStr(u));
    }
}
