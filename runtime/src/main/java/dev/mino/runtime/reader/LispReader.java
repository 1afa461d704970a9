package dev.mino.runtime.reader;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.IObj;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.SourcePosition;
import dev.mino.runtime.lang.Symbol;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;

/**
 * Reads mino (Clojure) source text into forms, one top-level form per {@link #read()}. A hand-written
 * scanner over the characters: one dispatch on the first character of each form, no regexes.
 * Non-empty lists carry {@code {:line L :column C}} metadata (position of their '('), as in Clojure.
 */
public final class LispReader {
    /** What {@link #read()} returns once the input is exhausted. */
    public static final Object EOF = new Object() {
        @Override public String toString() {
            return "#<EOF>";
        }
    };

    static final Symbol QUOTE = Symbol.of("quote");
    static final Symbol VAR = Symbol.of("var");
    static final Symbol FN = Symbol.of("fn*");
    static final Symbol AMPERSAND = Symbol.of("&");
    static final Symbol DEREF = Symbol.of("clojure.core", "deref");
    static final Symbol UNQUOTE = Symbol.of("clojure.core", "unquote");
    static final Symbol UNQUOTE_SPLICING = Symbol.of("clojure.core", "unquote-splicing");
    static final Keyword LINE = Keyword.of("line");
    static final Keyword COLUMN = Keyword.of("column");

    /** A reader macro that produced no form: a comment, #_, an unmatched #?, a splice. */
    private static final Object NOTHING = new Object();
    /** {@link #next} found the closing delimiter it was told to expect. */
    private static final Object CLOSED = new Object();

    /**
     * How deeply forms may nest: collections and prefixes (', #(, ^, ...) each count a level. Reading
     * recurses per level; this fits well within mino's 16 MB stack (which holds about 25,000), and a
     * deeper form is an error at its opening bracket. A smaller stack (the JVM's default 512 KB-1 MB on
     * an embedder's thread) overflows sooner: {@link #read()} turns that into the same error.
     */
    public static final int MAX_DEPTH = 10_000;

    /** Where a form is wanted, which decides how the end of input is reported. */
    private enum Want { TOP_LEVEL, ELEMENT, FORM }

    private final SourceScanner in;
    private final ReaderContext ctx;
    private final ReaderOptions options;
    /** Forms spliced in by #?@, read before any more text. LinkedList because forms may be nil. */
    private final LinkedList<Object> pending = new LinkedList<>();
    /** Number of collections being read around the current point (#?@ needs at least one). */
    private int collectionDepth;
    /** Above zero inside an unselected reader-conditional branch, where unknown tags are no error. */
    private int suppressDepth;
    /** The parameters of the #() being read, or null outside one. */
    private FnLiteralArgs fnArgs;
    /** Nesting levels open around the current point; openedAt holds line, column of each one's start. */
    private int depth;
    private int[] openedAt = new int[64];

    /** A reader of source code: reader conditionals allowed, for mino's features. */
    public LispReader(String source, String fileName, ReaderContext ctx) {
        this(source, fileName, ctx, ReaderOptions.SOURCE);
    }

    public LispReader(String source, String fileName, ReaderContext ctx, ReaderOptions options) {
        this.in = new SourceScanner(source, fileName);
        this.ctx = ctx;
        this.options = options;
    }

    /** The next top-level form, or {@link #EOF}. Throws {@link ReaderException} on a syntax error. */
    public Object read() {
        pending.clear();
        collectionDepth = 0;
        suppressDepth = 0;
        fnArgs = null;
        depth = 0;
        try {
            return next(-1, 0, 0, Want.TOP_LEVEL);
        } catch (StackOverflowError e) {
            // A thread stack smaller than MAX_DEPTH needs: depth was left at the level that overflowed.
            int d = Math.max(depth, 1);
            throw tooDeep(d - 1, openedAt[2 * (d - 1)], openedAt[2 * (d - 1) + 1]);
        }
    }

    private ReaderException tooDeep(int levels, int line, int col) {
        return error("Form nested too deeply (more than " + levels + " levels)", line, col);
    }

    /** Every remaining top-level form. */
    public List<Object> readAll() {
        List<Object> forms = new ArrayList<>();
        for (Object f = read(); f != EOF; f = read()) forms.add(f);
        return forms;
    }

    /** Line of the next character to read (1-based). */
    public int line() {
        return in.line();
    }

    /** Column of the next character to read (1-based). */
    public int column() {
        return in.column();
    }

    /**
     * The next form, skipping whitespace, comments and discarded forms. Returns {@link #CLOSED} after
     * consuming {@code close}, and {@link #EOF} at the end of input at top level; elsewhere the end of
     * input is an error about the form opened at line:col.
     */
    private Object next(int close, int line, int col, Want want) {
        for (;;) {
            if (!pending.isEmpty()) return pending.removeFirst();
            int c = in.skipWhitespace();
            if (c == SourceScanner.EOF) {
                if (want == Want.TOP_LEVEL) return EOF;
                String message = want == Want.ELEMENT ? "EOF while reading, starting at line " + line : "EOF while reading";
                throw new ReaderException(message, at(line, col), true);
            }
            if (c == close) {
                in.read();
                return CLOSED;
            }
            if (Syntax.isClosing(c)) {
                SourcePosition pos = in.position();
                in.read();
                throw new ReaderException("Unmatched delimiter: " + (char) c, pos, false);
            }
            Object form = Syntax.opensLevel(c) ? nested(c) : dispatch(c);
            if (form != NOTHING) return form;
        }
    }

    /** A form that must follow a prefix (', ^, #_, ...) opened at line:col. */
    private Object nextForm(int line, int col) {
        return next(-1, line, col, Want.FORM);
    }

    private SourcePosition at(int line, int col) {
        return new SourcePosition(in.fileName(), line, col);
    }

    private ReaderException error(String message, int line, int col) {
        return new ReaderException(message, at(line, col), false);
    }

    /** A form that may nest others, read one level deeper. No finally: after an overflow depth stays put. */
    private Object nested(int c) {
        int line = in.line();
        int col = in.column();
        if (depth == MAX_DEPTH) throw tooDeep(MAX_DEPTH, line, col);
        if (2 * depth + 1 >= openedAt.length) openedAt = java.util.Arrays.copyOf(openedAt, 2 * openedAt.length);
        openedAt[2 * depth] = line;
        openedAt[2 * depth + 1] = col;
        depth++;
        Object form = dispatch(c);
        depth--;
        return form;
    }

    // ---- dispatch on the first character ----

    private Object dispatch(int c) {
        int line = in.line();
        int col = in.column();
        switch (c) {
            case '(': return readList();
            case '[': return Forms.vector(readElements(']', line, col));
            case '{': return readMap();
            case '"':
                in.read();
                return StringLiteral.readString(in, line, col);
            case '\\': return readCharacter(line, col);
            case ';':
                in.skipLine();
                return NOTHING;
            case '\'': return readWrapped(QUOTE, line, col);
            case '@': return readWrapped(DEREF, line, col);
            case '^': return readMetadata(line, col);
            case '`': return readSyntaxQuote(line, col);
            case '~': return readUnquote(line, col);
            case '#': return readDispatch(line, col);
            case '%':
                if (fnArgs != null) return readArg(line, col);
                return readSymbolic(line, col);
            default:
                if (Syntax.isDigit(c) || ((c == '+' || c == '-') && Syntax.isDigit(in.peekSecond()))) {
                    return readNumber(line, col);
                }
                return readSymbolic(line, col);
        }
    }

    private Object readNumber(int line, int col) {
        int start = in.offset();
        in.read();
        String token = in.readTokenRest(start, true);
        try {
            return NumberLiteral.parse(token);
        } catch (IllegalArgumentException | ArithmeticException e) {
            throw error(e.getMessage(), line, col);
        }
    }

    private Object readSymbolic(int line, int col) {
        int start = in.offset();
        in.read();
        String token = in.readTokenRest(start, false);
        try {
            return SymbolicToken.interpret(token, ctx);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), line, col);
        }
    }

    private Object readCharacter(int line, int col) {
        in.read();
        int start = in.offset();
        int first = in.read();
        if (first == SourceScanner.EOF) {
            throw new ReaderException("EOF while reading character", at(line, col), true);
        }
        // The character after the backslash belongs to the literal even if it would end a token: \( \space.
        if (Syntax.endsToken(in.peek())) return (char) first;
        String token = in.readTokenRest(start, false);
        try {
            return CharLiteral.parse(token);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), line, col);
        }
    }

    // ---- collections ----

    /**
     * The forms up to the closing delimiter; the opening one is next in the input. line:col is where
     * the collection starts, for the error when the input ends inside it.
     */
    private List<Object> readElements(char close, int line, int col) {
        in.read();
        List<Object> items = new ArrayList<>();
        collectionDepth++;
        try {
            for (Object f = next(close, line, col, Want.ELEMENT); f != CLOSED; f = next(close, line, col, Want.ELEMENT)) {
                items.add(f);
            }
        } finally {
            collectionDepth--;
        }
        return items;
    }

    private Object readList() {
        int line = in.line();
        int col = in.column();
        List<Object> items = readElements(')', line, col);
        if (items.isEmpty()) return Forms.EMPTY_LIST;
        return Forms.list(items).withMeta(Forms.arrayMap(LINE, (long) line, COLUMN, (long) col));
    }

    private Object readMap() {
        int line = in.line();
        int col = in.column();
        List<Object> items = readElements('}', line, col);
        if ((items.size() & 1) == 1) throw error("Map literal must contain an even number of forms", line, col);
        try {
            return Forms.map(items);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), line, col);
        }
    }

    private Object readSet(int line, int col) {
        List<Object> items = readElements('}', line, col);
        try {
            return Forms.set(items);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), line, col);
        }
    }

    // ---- prefixes ----

    /** 'x, @x and #'x: (sym x). The prefix character is next in the input. */
    private Object readWrapped(Symbol sym, int line, int col) {
        in.read();
        return Forms.list(sym, nextForm(line, col));
    }

    private Object readUnquote(int line, int col) {
        in.read();
        int c = in.peek();
        if (c == SourceScanner.EOF) throw new ReaderException("EOF while reading character", at(line, col), true);
        if (c == '@') return readWrapped(UNQUOTE_SPLICING, line, col);
        return Forms.list(UNQUOTE, nextForm(line, col));
    }

    private Object readSyntaxQuote(int line, int col) {
        in.read();
        Object form = nextForm(line, col);
        try {
            return new SyntaxQuote(ctx).expand(form);
        } catch (IllegalStateException e) {
            throw error(e.getMessage(), line, col);
        }
    }

    /** ^meta target: meta merged onto the target's own; lists also get the position of the ^. */
    private Object readMetadata(int line, int col) {
        in.read();
        IPersistentMap meta;
        try {
            meta = Metadata.fromForm(nextForm(line, col));
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), line, col);
        }
        Object target = nextForm(line, col);
        if (!(target instanceof IObj obj)) throw error("Metadata can only be applied to IMetas", line, col);
        if (Forms.isList(target)) {
            if (!meta.containsKey(LINE)) meta = meta.assoc(LINE, (long) line);
            if (!meta.containsKey(COLUMN)) meta = meta.assoc(COLUMN, (long) col);
        }
        return obj.withMeta(Metadata.merge(obj.meta(), meta));
    }

    // ---- # dispatch ----

    private Object readDispatch(int line, int col) {
        in.read();
        int c = in.peek();
        switch (c) {
            case SourceScanner.EOF: throw new ReaderException("EOF while reading character", at(line, col), true);
            case '^': return readMetadata(line, col);
            case '\'': return readWrapped(VAR, line, col);
            case '"':
                in.read();
                return StringLiteral.readRegex(in, line, col);
            case '(': return readFnLiteral(line, col);
            case '{': return readSet(line, col);
            case '_':
                in.read();
                nextForm(line, col);
                return NOTHING;
            case '!':
                in.skipLine();
                return NOTHING;
            case '?': return readConditional(line, col);
            case ':': return readNamespacedMap(line, col);
            case '#': return readSymbolicValue(line, col);
            case '<': throw error("Unreadable form", line, col);
            case '=': throw error("EvalReader not allowed when *read-eval* is false.", line, col);
            default: return readTagged(line, col);
        }
    }

    /** ##Inf, ##-Inf, ##NaN. */
    private Object readSymbolicValue(int line, int col) {
        in.read();
        Object form = nextForm(line, col);
        if (!(form instanceof Symbol sym)) throw error("Invalid token: ##" + form, line, col);
        switch (sym.toString()) {
            case "Inf": return Double.POSITIVE_INFINITY;
            case "-Inf": return Double.NEGATIVE_INFINITY;
            case "NaN": return Double.NaN;
            default: throw error("Unknown symbolic value: ##" + sym, line, col);
        }
    }

    /**
     * #tag value, looked up as Clojure's reader does: the context's reader for the tag (*data-readers*,
     * or EDN's :readers), else the built-in #inst / #uuid, else the context's default reader fn of tag
     * and value. Inside a conditional branch that is not read (or one preserved) it stays a tagged literal.
     */
    private Object readTagged(int line, int col) {
        Object tag = nextForm(line, col);
        if (!(tag instanceof Symbol sym)) throw error("Reader tag must be a symbol", line, col);
        Object value = nextForm(line, col);
        if (suppressDepth > 0) return new TaggedLiteral(sym, value);
        Fn reader = ctx.dataReader(sym);
        if (reader != null) return reader.invoke(value);
        Fn fallback = TaggedLiterals.isBuiltIn(sym) ? null : ctx.defaultDataReader();
        if (fallback != null) return fallback.invoke(sym, value);
        try {
            return TaggedLiterals.read(sym, value);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), line, col);
        }
    }

    /** #(...) as (fn* [p1__N# ... & rest__M#] (...)). */
    private Object readFnLiteral(int line, int col) {
        if (fnArgs != null) throw error("Nested #()s are not allowed", line, col);
        FnLiteralArgs args = new FnLiteralArgs(ctx.ids());
        fnArgs = args;
        Object body;
        try {
            body = readList();
        } finally {
            fnArgs = null;
        }
        return Forms.list(FN, Forms.vector(args.params()), body);
    }

    /** %, %n or %& inside #(); the % is next in the input. */
    private Object readArg(int line, int col) {
        int start = in.offset();
        in.read();
        int c = in.peek();
        if (Syntax.endsToken(c)) return fnArgs.positional(1);
        if (c == '&') {
            in.read();
            return fnArgs.rest();
        }
        String token = in.readTokenRest(start, false);
        int n = FnLiteralArgs.argNumber(token.substring(1));
        if (n < 1) throw new ReaderException("arg literal must be %, %& or %integer", at(line, col), false);
        return fnArgs.positional(n);
    }

    /**
     * #?(feature form ...) and #?@(...): the form of the first feature that is :mino, :clj or :default.
     * The other branches are read too (their syntax must be valid) and dropped.
     */
    private Object readConditional(int line, int col) {
        in.read();
        if (options.conditionals() == ReaderOptions.Conditionals.REFUSE) throw error("Conditional read not allowed", line, col);
        if (in.peek() == SourceScanner.EOF) throw new ReaderException("EOF while reading character", at(line, col), true);
        boolean splicing = in.peek() == '@';
        if (splicing) in.read();
        int c = in.skipWhitespace();
        if (c == SourceScanner.EOF) throw new ReaderException("EOF while reading", at(line, col), true);
        if (c != '(') throw error("read-cond body must be a list", line, col);
        if (options.conditionals() == ReaderOptions.Conditionals.PRESERVE) return readPreserved(splicing);
        int listLine = in.line();
        int listCol = in.column();
        in.read();
        ReaderConditional cond = new ReaderConditional();
        for (;;) {
            Object feature = cond.matched() ? nextSuppressed(listLine, listCol) : next(')', listLine, listCol, Want.ELEMENT);
            if (feature == CLOSED) break;
            if (cond.matched()) continue;
            boolean take;
            try {
                take = ReaderConditional.selects(feature, options.features());
            } catch (IllegalArgumentException e) {
                throw error(e.getMessage(), line, col);
            }
            Object value = take ? next(')', listLine, listCol, Want.ELEMENT) : nextSuppressed(listLine, listCol);
            if (value == CLOSED) throw error("read-cond starting on line " + line + " requires an even number of forms", line, col);
            if (take) cond.take(value, drainPending());
        }
        if (!cond.matched()) return NOTHING;
        if (!splicing) {
            pending.addAll(0, cond.leftover());
            return cond.value();
        }
        if (collectionDepth == 0) throw error("Reader conditional splicing not allowed at the top level.", line, col);
        try {
            List<Object> spliced = new ArrayList<>(ReaderConditional.spliced(cond.value()));
            spliced.addAll(cond.leftover());
            pending.addAll(0, spliced);
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), line, col);
        }
        return NOTHING;
    }

    /** #?(...) kept as a value (:read-cond :preserve): its list read as data, tags left as tagged literals. */
    private Object readPreserved(boolean splicing) {
        suppressDepth++;
        try {
            return new ReaderConditionalForm(readList(), splicing);
        } finally {
            suppressDepth--;
        }
    }

    /** The next element of an unselected branch: read for its syntax, with unknown tags allowed. */
    private Object nextSuppressed(int line, int col) {
        suppressDepth++;
        try {
            return next(')', line, col, Want.ELEMENT);
        } finally {
            suppressDepth--;
        }
    }

    private List<Object> drainPending() {
        List<Object> forms = new ArrayList<>(pending);
        pending.clear();
        return forms;
    }

    /** #:ns{...}, #::{...}, #::alias{...}: keys without a namespace get ns; :_/k loses its namespace. */
    private Object readNamespacedMap(int line, int col) {
        in.read();
        boolean auto = in.peek() == ':';
        if (auto) in.read();
        if (in.peek() == SourceScanner.EOF) throw new ReaderException("EOF while reading", at(line, col), true);
        String name = Syntax.endsToken(in.peek()) ? "" : in.readTokenRest(in.offset(), false);
        String ns = NamespacedMap.namespace(name, auto, ctx);
        if (ns == null) {
            String message = name.indexOf('/') >= 0 ? "Namespaced map must specify a valid namespace: " + name
                    : auto ? "Unknown auto-resolved namespace alias: " + name
                    : "Namespaced map must specify a namespace";
            throw error(message, line, col);
        }
        int c = in.skipWhitespace();
        if (c == SourceScanner.EOF) throw new ReaderException("EOF while reading", at(line, col), true);
        if (c != '{') throw error("Namespaced map must specify a map", line, col);
        List<Object> items = readElements('}', in.line(), in.column());
        if ((items.size() & 1) == 1) {
            throw error("Namespaced map literal must contain an even number of forms", line, col);
        }
        try {
            return Forms.map(NamespacedMap.qualifyKeys(items, ns));
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage(), line, col);
        }
    }
}
