package dev.mino.runtime.printer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.MapEntry;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Types the printer does not know plug in their own text through the registry. */
class PrintMethodsTest {
    interface Shape {}

    static class Point implements Shape {
        final long x;
        final long y;

        Point(long x, long y) {
            this.x = x;
            this.y = y;
        }
    }

    static final class ColoredPoint extends Point {
        ColoredPoint() {
            super(0, 0);
        }
    }

    static final class Circle implements Shape {}

    @AfterEach void clear() {
        PrintMethods.unregister(Point.class);
        PrintMethods.unregister(Shape.class);
    }

    private static final PrintMethod RECORD_STYLE = (x, p) -> {
        Point pt = (Point) x;
        p.printMap("#user.Point{", List.<Object>of(new MapEntry(Keyword.of("x"), pt.x), new MapEntry(Keyword.of("y"), pt.y)).iterator());
    };

    @Test void registeredMethodPrintsItsClassAndSubclasses() {
        PrintMethods.register(Point.class, RECORD_STYLE);
        assertEquals("#user.Point{:x 1, :y 2}", Printer.prStr(new Point(1, 2)));
        assertEquals("#user.Point{:x 0, :y 0}", Printer.prStr(new ColoredPoint()));
        assertEquals("[#user.Point{:x 1, :y 2}]", Printer.prStr(dev.mino.runtime.lang.PersistentVector.of(new Point(1, 2))));
    }

    @Test void interfacesAreConsultedAfterSuperclasses() {
        PrintMethods.register(Shape.class, (x, p) -> p.append("#shape"));
        assertEquals("#shape", Printer.prStr(new Circle()));
        PrintMethods.register(Point.class, RECORD_STYLE);
        assertEquals("#user.Point{:x 1, :y 2}", Printer.prStr(new Point(1, 2)));
    }

    @Test void nestedValuesFollowTheSettings() {
        PrintMethods.register(Shape.class, (x, p) -> p.append("#shape ").printValue("s"));
        assertEquals("#shape \"s\"", Printer.prStr(new Circle()));
        assertEquals("#shape s", Printer.printStr(new Circle()));
    }

    @Test void printObjectHelper() {
        PrintMethods.register(Shape.class, (x, p) -> p.printObject("user$f", x, "user$f@1"));
        Circle c = new Circle();
        assertEquals("#object[user$f 0x" + Integer.toHexString(System.identityHashCode(c)) + " \"user$f@1\"]", Printer.prStr(c));
    }

    @Test void unregisteredTypesPrintAsObjects() {
        assertNull(PrintMethods.lookup(Circle.class));
        Circle c = new Circle();
        assertEquals("#object[" + Circle.class.getName() + " 0x" + Integer.toHexString(System.identityHashCode(c))
                + " \"" + c + "\"]", Printer.prStr(c));
    }
}
