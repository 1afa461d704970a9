package dev.mino.runtime.reader;

import dev.mino.runtime.lang.IMapEntry;
import dev.mino.runtime.lang.IObj;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IPersistentSet;
import dev.mino.runtime.lang.IPersistentVector;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.Symbol;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands one syntax-quoted form into the code that builds it, as Clojure's reader does:
 * symbols are namespace-qualified and quoted, {@code x#} becomes a gensym shared within this
 * syntax-quote, ~x is x, ~@x splices, and collections become
 * {@code (seq (concat (list a) b ...))} wrapped in apply vector / hash-map / hash-set.
 */
final class SyntaxQuote {
    private static final Symbol SEQ = core("seq");
    private static final Symbol CONCAT = core("concat");
    private static final Symbol LIST = core("list");
    private static final Symbol APPLY = core("apply");
    private static final Symbol VECTOR = core("vector");
    private static final Symbol HASH_MAP = core("hash-map");
    private static final Symbol HASH_SET = core("hash-set");
    private static final Symbol WITH_META = core("with-meta");

    /** Special forms stay unqualified (import* is not among them: Clojure qualifies it). */
    private static final Set<String> SPECIAL_FORMS = Set.of(
            "def", "loop*", "recur", "if", "case*", "let*", "letfn*", "do", "fn*", "quote", "var", ".",
            "set!", "deftype*", "reify*", "try", "throw", "monitor-enter", "monitor-exit", "catch",
            "finally", "new", "&");

    private final ReaderContext ctx;
    private final Map<Symbol, Symbol> gensyms = new HashMap<>();

    SyntaxQuote(ReaderContext ctx) {
        this.ctx = ctx;
    }

    private static Symbol core(String name) {
        return Symbol.of("clojure.core", name);
    }

    /** The expansion; IllegalStateException("splice not in list") for a ~@ outside a collection. */
    Object expand(Object form) {
        if (form instanceof Symbol sym && !SPECIAL_FORMS.contains(sym.toString())) {
            return wrapMeta(form, Forms.list(LispReader.QUOTE, qualify(sym)));
        }
        if (form instanceof Symbol) return wrapMeta(form, Forms.list(LispReader.QUOTE, form));
        if (isCall(form, LispReader.UNQUOTE)) return second(form);
        if (isCall(form, LispReader.UNQUOTE_SPLICING)) throw new IllegalStateException("splice not in list");
        Object expansion;
        if (form instanceof IPersistentMap map) {
            List<Object> kvs = new ArrayList<>();
            for (Object o : map) {
                IMapEntry e = (IMapEntry) o;
                kvs.add(e.key());
                kvs.add(e.val());
            }
            expansion = Forms.list(APPLY, HASH_MAP, seqConcat(kvs));
        } else if (form instanceof IPersistentVector v) {
            expansion = Forms.list(APPLY, VECTOR, seqConcat(elements(v)));
        } else if (form instanceof IPersistentSet s) {
            expansion = Forms.list(APPLY, HASH_SET, seqConcat(elements(s)));
        } else if (Forms.isList(form)) {
            ISeq seq = Seqs.seq(form);
            expansion = seq == null ? Forms.list(LIST) : seqConcat(elements(seq));
        } else if (form instanceof Keyword || form instanceof Number || form instanceof Character || form instanceof String) {
            return form;
        } else {
            return Forms.list(LispReader.QUOTE, form);
        }
        return wrapMeta(form, expansion);
    }

    /**
     * (with-meta expansion meta) when the form has metadata besides its reader position; the position is
     * then kept in it too, as Clojure does.
     */
    private Object wrapMeta(Object form, Object expansion) {
        if (!(form instanceof IObj obj) || obj.meta() == null) return expansion;
        IPersistentMap meta = obj.meta();
        if (meta.without(LispReader.LINE).without(LispReader.COLUMN).count() == 0) return expansion;
        return Forms.list(WITH_META, expansion, expand(meta));
    }

    /** (seq (concat part ...)): ~@x splices x, ~x and other forms become (list form). */
    private Object seqConcat(List<Object> items) {
        List<Object> call = new ArrayList<>(items.size() + 1);
        call.add(CONCAT);
        for (Object item : items) {
            if (isCall(item, LispReader.UNQUOTE_SPLICING)) {
                call.add(second(item));
            } else if (isCall(item, LispReader.UNQUOTE)) {
                call.add(Forms.list(LIST, second(item)));
            } else {
                call.add(Forms.list(LIST, expand(item)));
            }
        }
        return Forms.list(SEQ, Forms.list(call));
    }

    private Symbol qualify(Symbol sym) {
        String ns = sym.getNamespace();
        String name = sym.getName();
        if (ns == null && name.endsWith("#")) return gensym(sym);
        if (ns == null && name.startsWith(".")) return sym;
        if (ns == null && name.endsWith(".") && name.length() > 1) {
            // A constructor call Class. keeps its dot; only a class name before it is expanded.
            String cls = ctx.resolveClass(name.substring(0, name.length() - 1));
            return cls == null ? sym : Symbol.of(cls + ".");
        }
        if (ns != null) {
            String aliased = ctx.resolveAlias(ns);
            if (aliased != null) return Symbol.of(aliased, name);
        }
        return ctx.resolveSymbol(sym);
    }

    private Symbol gensym(Symbol sym) {
        return gensyms.computeIfAbsent(sym, s -> {
            String base = s.getName().substring(0, s.getName().length() - 1);
            return Symbol.of(base + "__" + ctx.ids().next() + "__auto__");
        });
    }

    private static boolean isCall(Object form, Symbol head) {
        return form instanceof ISeq seq && head.equals(seq.first());
    }

    private static Object second(Object form) {
        ISeq rest = ((ISeq) form).next();
        return rest == null ? null : rest.first();
    }

    private static List<Object> elements(Object coll) {
        List<Object> items = new ArrayList<>();
        for (ISeq s = Seqs.seq(coll); s != null; s = s.next()) items.add(s.first());
        return items;
    }
}
