package dev.mino.runtime.printer;

import dev.mino.runtime.lang.IDeref;
import dev.mino.runtime.lang.IMapEntry;
import dev.mino.runtime.lang.IMeta;
import dev.mino.runtime.lang.IPersistentList;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IPersistentSet;
import dev.mino.runtime.lang.IPersistentVector;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Namespace;
import dev.mino.runtime.lang.Printing;
import dev.mino.runtime.lang.Ratio;
import dev.mino.runtime.lang.Safepoint;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Var;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Date;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.RandomAccess;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Prints values as Clojure 1.12 does: {@link #prStr} like pr-str, {@link #printStr} like print-str,
 * {@link #str} like str of one value. A value the fast paths (nil, strings, longs, keywords, symbols,
 * booleans, characters, doubles) do not print goes first to the print-method methods of the state whose
 * code is printing ({@link StatePrintMethods}), then to the value itself if it is {@link Printable}, then to
 * the runtime types' {@link BuiltinPrintMethods}; else the printer prints it as Clojure prints Java values,
 * unknown ones as {@code #object[Class 0xhash "toString"]}.
 * An instance is one printing run: its output, settings, the state's methods and current nesting depth.
 */
public final class Printer {
    private static final DateTimeFormatter INST_FORMAT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'-00:00'").withZone(ZoneOffset.UTC);

    private static final Keyword TAG = Keyword.of("tag");

    static {
        install();
    }

    private final Appendable out;
    private final PrintSettings settings;
    /** The print-method methods of the state this printing is for (NONE outside any state's code). */
    private final StatePrintMethods methods;
    /** Collections entered so far, for *print-level*. */
    private int depth;
    /** A value to print without asking the state's methods, once (see {@link #printSkippingMethods}). */
    private Object skipMethodsFor;
    /** Values printed so far: an infinite seq is printed until interrupted, so the printer polls now and then. */
    private long printed;
    /** The sequences {@link #printValue} is printing the items of, innermost first. */
    private final ArrayDeque<OpenSequence> openSequences = new ArrayDeque<>();

    Printer(Appendable out, PrintSettings settings, StatePrintMethods methods) {
        this.out = out;
        this.settings = settings;
        this.methods = methods;
    }

    /**
     * Makes the collections' toString print with {@link #prStr}, as Clojure's do: with the print-method of
     * the state whose code runs on the thread, none outside any state's code. Done when the printer loads.
     */
    public static void install() {
        Printing.install(Printer::prStr);
    }

    /** pr-str of one value. */
    public static String prStr(Object x) {
        return toString(x, PrintSettings.READABLY);
    }

    /** print-str of one value: strings and characters raw, at any depth. */
    public static String printStr(Object x) {
        return toString(x, PrintSettings.PLAINLY);
    }

    /** str of one value: "" for nil, else its toString (collections' toString is their pr text). */
    public static String str(Object x) {
        return x == null ? "" : x.toString();
    }

    public static String toString(Object x, PrintSettings settings) {
        StringBuilder sb = new StringBuilder();
        print(x, settings, sb);
        return sb.toString();
    }

    public static void print(Object x, boolean readably, Appendable out) {
        print(x, readably ? PrintSettings.READABLY : PrintSettings.PLAINLY, out);
    }

    /** Prints x with the print-method methods of the state whose code runs on this thread, if any. */
    public static void print(Object x, PrintSettings settings, Appendable out) {
        new Printer(out, settings, StatePrintMethods.ofRunningState()).printValue(x);
    }

    public boolean readably() {
        return settings.readably();
    }

    public PrintSettings settings() {
        return settings;
    }

    public Printer append(CharSequence s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public Printer append(char c) {
        try {
            out.append(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /**
     * Prints x at the current depth: the entry point for nested values, print methods included. It returns
     * once x is printed whole. The vectors, lists, sets and seqs the printer prints itself are printed by the
     * loop here, item by item, not by a call per level: a nested value takes no stack per level of nesting.
     */
    public void printValue(Object x) {
        int mark = openSequences.size();
        try {
            printOne(x);
            finishTo(mark);
        } catch (RuntimeException | Error e) {
            abandonTo(mark);
            throw e;
        }
    }

    /** Prints the items of the sequences opened since mark, innermost first, until they are all closed. */
    private void finishTo(int mark) {
        while (openSequences.size() > mark) printNextItem(openSequences.peek());
    }

    /** What a failed print left open since mark is abandoned with it (a print-method that catches this may print on). */
    private void abandonTo(int mark) {
        while (openSequences.size() > mark) {
            openSequences.pop();
            depth--;
        }
    }

    /** The next item of the innermost open sequence, its separator first, or its end. */
    private void printNextItem(OpenSequence s) {
        if (!s.items.hasNext()) {
            closeSequence();
            return;
        }
        if (s.printed > 0) append(' ');
        if (s.limit >= 0 && s.printed == s.limit) {
            append("...");
            closeSequence();
            return;
        }
        s.printed++;
        printOne(s.items.next());
    }

    private void closeSequence() {
        OpenSequence s = openSequences.pop();
        depth--;
        append(s.close);
    }

    /**
     * Begins a sequence, leaving its items to the loop of the {@link #printValue} or {@link #printSequence} call it runs in:
     * from {@link #builtIn} directly, the last thing printing a value does (nothing is written after it returns).
     */
    private void openSequence(String open, Iterator<?> items, String close) {
        if (beyondLevel()) return;
        append(open);
        depth++;
        openSequences.push(new OpenSequence(items, close, settings.length()));
    }

    /** A sequence begun and not ended: its items still to print, how many printed, *print-length*. */
    private static final class OpenSequence {
        final Iterator<?> items;
        final String close;
        final int limit;
        int printed;

        OpenSequence(Iterator<?> items, String close, int limit) {
            this.items = items;
            this.close = close;
            this.limit = limit;
        }
    }

    /** x itself: a scalar here, anything else by print-method or the printer's own (which may open a sequence). */
    private void printOne(Object x) {
        Safepoint.pollEvery4096(++printed);
        try {
            switch (x) {
                case null -> out.append("nil");
                case String s -> LiteralText.string(s, settings.readably(), out);
                case Long n -> out.append(n.toString());
                case Keyword k -> out.append(k.toString());
                case Symbol s -> {
                    printMetadata(s);
                    out.append(s.toString());
                }
                case Boolean b -> out.append(b.toString());
                case Character c -> LiteralText.character(c, settings.readably(), out);
                case Double d -> floating(d);
                default -> printWithMethods(x);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints x as the printer itself does, though x's own print-method methods would take it: for the built-in method. */
    void printSkippingMethods(Object x) {
        Object outer = skipMethodsFor;
        skipMethodsFor = x;
        try {
            printValue(x);
        } finally {
            skipMethodsFor = outer;
        }
    }

    /** The state's print-method methods, else the value's own printing, else the runtime types' methods. */
    private void printWithMethods(Object x) throws IOException {
        if (!skipsMethods(x) && (settings.dup() ? methods.printDup(x, this) : methods.print(x, this))) return;
        printMetadata(x);
        if (settings.dup() && DupForms.print(x, this)) return;
        if (x instanceof Printable p) {
            p.printOn(this);
            return;
        }
        PrintMethod method = BuiltinPrintMethods.lookup(x.getClass());
        if (method != null) {
            method.print(x, this);
        } else {
            builtIn(x);
        }
    }

    /**
     * ^meta and a space before a value that has metadata, when the settings print it (*print-meta*): only the
     * :tag when that is the one key, as Clojure does. A print-method of the state's own decides for itself.
     */
    private void printMetadata(Object x) {
        if (!settings.printsMetadata() || !(x instanceof IMeta m)) return;
        // A var's or namespace's print-dup form, #=(var ns/name) or #=(find-ns name), is all Clojure prints of it.
        if (settings.dup() && (x instanceof Var || x instanceof Namespace)) return;
        IPersistentMap meta = m.meta();
        if (meta == null || meta.count() == 0) return;
        Object tag = meta.count() == 1 ? meta.valAt(TAG) : null;
        append('^');
        printValue(tag != null ? tag : meta);
        append(' ');
    }

    private boolean skipsMethods(Object x) {
        if (x != skipMethodsFor) return false;
        skipMethodsFor = null;
        return true;
    }

    private void floating(double d) throws IOException {
        if (Double.isNaN(d)) {
            out.append("##NaN");
        } else if (Double.isInfinite(d)) {
            out.append(d > 0 ? "##Inf" : "##-Inf");
        } else {
            out.append(Double.toString(d));
        }
    }

    private void builtIn(Object x) throws IOException {
        switch (x) {
            case Float f -> {
                if (f.isNaN() || f.isInfinite()) floating(f); else out.append(f.toString());
            }
            case BigInteger b -> out.append(b.toString()).append('N');
            case BigDecimal b -> out.append(b.toString()).append('M');
            case Ratio r -> out.append(r.toString());
            case IPersistentMap m -> persistentMap(m);
            case IPersistentVector v -> openSequence("[", new SeqItems(v.seq()), "]");
            case IMapEntry e -> openSequence("[", Arrays.asList(e.key(), e.val()).iterator(), "]");
            case IPersistentSet s -> openSequence("#{", new SeqItems(s.seq()), "}");
            case ISeq s -> openSequence("(", new SeqItems(s.seq()), ")");
            case IPersistentList l -> openSequence("(", new SeqItems(l.seq()), ")");
            case Pattern p -> LiteralText.regex(p, out);
            case Class<?> c -> out.append(c.getName());
            // Integer, Short, Byte, AtomicLong, ...: Clojure prints any other Number by its toString.
            case Number n -> out.append(n.toString());
            case UUID u -> {
                out.append("#uuid ");
                LiteralText.string(u.toString(), true, out);
            }
            case Date d -> {
                out.append("#inst ");
                LiteralText.string(INST_FORMAT.format(d.toInstant()), true, out);
            }
            default -> javaObject(x);
        }
    }

    /** java.util collections print like Clojure's when readably, else as #object (as in Clojure). */
    private void javaObject(Object x) {
        if (settings.readably()) {
            switch (x) {
                case Map<?, ?> m -> {
                    printMap("{", m.entrySet().iterator());
                    return;
                }
                case Set<?> s -> {
                    printSequence("#{", s.iterator(), "}");
                    return;
                }
                case List<?> l -> {
                    boolean vector = l instanceof RandomAccess;
                    printSequence(vector ? "[" : "(", l.iterator(), vector ? "]" : ")");
                    return;
                }
                default -> { }
            }
        }
        printObject(Printing.className(x.getClass()), x, x.toString());
    }

    private void persistentMap(IPersistentMap m) {
        String ns = settings.namespaceMaps() ? NamespaceLifting.commonNamespace(m) : null;
        if (ns == null) {
            printMap("{", m.iterator());
        } else {
            printMap("#:" + ns + "{", NamespaceLifting.liftedEntries(m));
        }
    }

    /**
     * open, the items separated by spaces, close — or "#" past *print-level*, and "..." after
     * *print-length* items.
     */
    public void printSequence(String open, Iterator<?> items, String close) {
        int mark = openSequences.size();
        try {
            openSequence(open, items, close);
            finishTo(mark);
        } catch (RuntimeException | Error e) {
            abandonTo(mark);
            throw e;
        }
    }

    /** open, then key value pairs separated by ", ", then "}" — for maps, records, ... */
    public void printMap(String open, Iterator<?> entries) {
        if (beyondLevel()) return;
        append(open);
        depth++;
        try {
            int limit = settings.length();
            for (int i = 0; entries.hasNext(); i++) {
                if (i > 0) append(", ");
                if (limit >= 0 && i == limit) {
                    append("...");
                    break;
                }
                Map.Entry<?, ?> e = (Map.Entry<?, ?>) entries.next();
                printValue(e.getKey());
                append(' ');
                printValue(e.getValue());
            }
        } finally {
            depth--;
        }
        append('}');
    }

    /** #object[className 0xidentityhash {:status ..., :val ...}]: how Clojure prints atoms, delays, futures... */
    public void printReference(String className, IDeref ref) {
        printObject(className, ref, ReferenceState.of(ref));
    }

    /** As printReference, for a reference that knows it failed (an agent): :failed with its value then. */
    public void printReference(String className, IDeref ref, boolean failed) {
        printObject(className, ref, failed ? ReferenceState.failed(ref.deref()) : ReferenceState.of(ref));
    }

    /** #object[className 0xidentityhash detail], detail printed like any value (a string for toString). */
    public void printObject(String className, Object x, Object detail) {
        append("#object[");
        if (x.getClass().isArray()) {
            printValue(className);
        } else {
            append(className);
        }
        append(" 0x").append(Integer.toHexString(System.identityHashCode(x))).append(' ');
        printValue(detail);
        append(']');
    }

    private boolean beyondLevel() {
        if (settings.level() >= 0 && depth >= settings.level()) {
            append('#');
            return true;
        }
        return false;
    }
}
