package dev.mino.runtime.core;

import dev.mino.runtime.lang.CallableInstance;
import dev.mino.runtime.lang.ClassNaming;
import dev.mino.runtime.lang.Colls;
import dev.mino.runtime.lang.Constructible;
import dev.mino.runtime.lang.DefinedType;
import dev.mino.runtime.lang.DeftypeType;
import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.Hierarchy;
import dev.mino.runtime.lang.IDeref;
import dev.mino.runtime.lang.IMapEntry;
import dev.mino.runtime.lang.IMeta;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IPersistentVector;
import dev.mino.runtime.lang.IRecord;
import dev.mino.runtime.lang.Keyword;
import dev.mino.runtime.lang.MethodTable;
import dev.mino.runtime.lang.MultiFn;
import dev.mino.runtime.lang.Named;
import dev.mino.runtime.lang.PersistentArrayMap;
import dev.mino.runtime.lang.Printing;
import dev.mino.runtime.lang.Protocol;
import dev.mino.runtime.lang.Record;
import dev.mino.runtime.lang.RecordType;
import dev.mino.runtime.lang.ReifyInstance;
import dev.mino.runtime.lang.ReifyType;
import dev.mino.runtime.lang.Seqs;
import dev.mino.runtime.lang.Symbol;
import dev.mino.runtime.lang.Truth;
import dev.mino.runtime.lang.TypeInstance;
import dev.mino.runtime.lang.TypedInstance;
import dev.mino.runtime.lang.Var;
import dev.mino.runtime.printer.Printer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Polymorphism: protocols, records, deftype/reify instances, multimethods and hierarchies, plus the
 * private builtins that defprotocol, defrecord, deftype, reify and defmulti (poly.clj) expand into.
 */
final class PolyFns {
    private static final Keyword TYPE = Keyword.of("type");

    private PolyFns() {}

    static void install(CoreLibrary lib) {
        installTypes(lib);
        installProtocols(lib);
        installDefinitions(lib);
        installMultimethods(lib);
        installHierarchies(lib);
    }

    // ---- class, type, instance? (aware of mino-defined types) ----

    private static void installTypes(CoreLibrary lib) {
        lib.fn("class", "[x]", "The class of x, or nil for nil.").a1(DefinedType::classOf);
        lib.fn("type", "[x]", "x's :type metadata if set; otherwise (class x).").a1(x -> {
            Object t = x instanceof IMeta m && m.meta() != null ? m.meta().valAt(TYPE) : null;
            return t != null ? t : DefinedType.classOf(x);
        });
        lib.fn("instance?", "[c x]", "True when x is an instance of the class c.").a2((c, x) -> {
            if (c instanceof Class<?> k) return k.isInstance(x);
            if (c instanceof DefinedType t) return t.isInstance(x);
            throw new ClassCastException("class " + (c == null ? "nil" : Printing.className(c.getClass()))
                    + " cannot be cast to class java.lang.Class");
        });
        lib.fn("class?", "[x]", "True when x is a class.").a1(Hierarchy::isClass);
        lib.fn("record?", "[x]", "True when x is an instance of a record type.").a1(x -> x instanceof IRecord);
        lib.fn("munge", "[s]",
                "The Java-safe name for the symbol or string s: characters a Java name cannot hold become _TOKEN_\n"
                + "  spellings.")
                .a1(s -> {
            String m = ClassNaming.munge(String.valueOf(s));
            return s instanceof Symbol ? Symbol.of(m) : m;
        });
        lib.fn("supers", "[class]", "The set of superclasses and interfaces of class, or nil.").a1(Hierarchy::supers);
        lib.fn("bases", "[c]", "c's own superclass and the interfaces it declares, as a seq; nil when there are none.")
                .a1(Hierarchy::bases);
        // The class a Clojure name such as clojure.lang.IPersistentVector stands for, or nil (used by macros).
        lib.privateFn("-clojure-type").a1(s -> s instanceof Symbol sym && !sym.hasNamespace() ? ClojureTypeNames.resolve(sym.getName()) : null);
    }

    // ---- protocols ----

    private static void installProtocols(CoreLibrary lib) {
        lib.privateFn("-define-protocol").a4((var, sigs, doc, extendViaMetadata) ->
                Protocol.define((Var) var, (IPersistentMap) sigs, (String) doc, Truth.isTruthy(extendViaMetadata)));
        lib.privateFn("-protocol-fn").a2((p, k) -> ((Protocol) p).methodFn((Keyword) k));
        lib.fn("extend", "[atype & proto+mmaps]",
                "Makes atype satisfy protocols: each protocol is followed by a map from method keyword to function.")
                .rest(1, args -> {
            Object type = args[0];
            checkExtensible(type);
            if (args.length % 2 != 1) throw new IllegalArgumentException("extend requires protocol and method map pairs");
            for (int i = 1; i < args.length; i += 2) extendOne(type, args[i], args[i + 1]);
            return null;
        });
        lib.fn("satisfies?", "[protocol x]", "True when x's type implements protocol, directly or by extension.")
                .a2((p, x) -> protocol(p).implFor(x) != null);
        lib.fn("extends?", "[protocol atype]", "True when atype implements protocol, directly or by extension.")
                .a2((p, type) -> protocol(p).implementedInline(type) || protocol(p).exactImpl(type) != null);
        lib.fn("extenders", "[protocol]", "A seq of the types protocol was extended to.").a1(p -> {
            List<Object> types = protocol(p).extenders();
            return types.isEmpty() ? null : Seqs.arraySeq(types.toArray(), 0);
        });
        lib.fn("find-protocol-impl", "[protocol x]",
                "The implementation of protocol for x's type: x itself when its type implements protocol inline,\n"
                + "  else the map of method keywords to fns the type was extended with, or nil.")
                .a2(PolyFns::findProtocolImpl);
        lib.fn("find-protocol-method", "[protocol methodk x]",
                "The fn an extension of protocol gives method methodk for x, looked up with get in what\n"
                + "  find-protocol-impl answers (so nil for a type implementing protocol inline), or nil.")
                .a3((p, k, x) -> Colls.get(findProtocolImpl(p, x), k));
        lib.fn("-reset-methods", "[protocol]", "Rebuilds the method functions of protocol after its implementations changed.")
                .a1(p -> {
            protocol(p).resetCaches();
            return null;
        });
    }

    private static Object findProtocolImpl(Object p, Object x) {
        if (x instanceof TypedInstance t && t.methods().forProtocol(protocol(p)) != null) return x;
        Map<Keyword, Fn> impl = protocol(p).implFor(x);
        return impl == null ? null : toMap(impl);
    }

    private static Protocol protocol(Object p) {
        if (p instanceof Protocol proto) return proto;
        throw new IllegalArgumentException(Printer.str(p) + " is not a protocol");
    }

    private static void checkExtensible(Object type) {
        if (type != null && !(type instanceof Class<?>) && !(type instanceof DefinedType)) {
            throw new IllegalArgumentException("Can't extend " + Printer.prStr(type) + ": not a class or type");
        }
    }

    private static void extendOne(Object type, Object p, Object methods) {
        Protocol proto = protocol(p);
        if (proto.implementedInline(type)) {
            throw new IllegalArgumentException(Printer.str(type) + " already directly implements " + proto.onSymbol()
                    + " for protocol:" + proto.var());
        }
        Map<Keyword, Fn> table = new LinkedHashMap<>();
        for (var s = Seqs.seq(methods); s != null; s = s.next()) {
            IMapEntry e = (IMapEntry) s.first();
            if (e.val() != null) table.put((Keyword) e.key(), Callables.asFn(e.val()));
        }
        proto.extend(type, table);
    }

    private static IPersistentMap toMap(Map<Keyword, Fn> impl) {
        IPersistentMap m = PersistentArrayMap.EMPTY;
        for (Map.Entry<Keyword, Fn> e : impl.entrySet()) m = m.assoc(e.getKey(), e.getValue());
        return m;
    }

    // ---- defrecord, deftype, reify ----

    private static void installDefinitions(CoreLibrary lib) {
        lib.privateFn("-define-record").a2((name, fields) -> {
            Object[] fs = Seqs.toArray(fields);
            Keyword[] keys = new Keyword[fs.length];
            for (int i = 0; i < fs.length; i++) keys[i] = Keyword.of(((Named) fs[i]).getName());
            return new RecordType((String) name, keys);
        });
        lib.privateFn("-define-deftype").a3((name, fields, mutable) -> {
            Object[] fs = Seqs.toArray(fields);
            Object[] ms = Seqs.toArray(mutable);
            String[] names = new String[fs.length];
            boolean[] flags = new boolean[fs.length];
            for (int i = 0; i < fs.length; i++) {
                names[i] = ((Named) fs[i]).getName();
                flags[i] = Truth.isTruthy(ms[i]);
            }
            return new DeftypeType((String) name, names, flags);
        });
        lib.privateFn("-implement").rest(1, args -> {
            DefinedType t = (DefinedType) args[0];
            t.implement(MethodTable.of(Arrays.copyOfRange(args, 1, args.length), t.typeName()));
            return t;
        });
        lib.privateFn("-construct").rest(1, args -> ((Constructible) args[0]).construct(Arrays.copyOfRange(args, 1, args.length)));
        lib.privateFn("-map->record").a2((type, m) -> {
            if (m != null && !(m instanceof Map<?, ?>) && !(m instanceof IPersistentMap)) {
                throw new IllegalArgumentException("map->" + ((RecordType) type).typeName() + " requires a map, not " + Printer.prStr(m));
            }
            return ((RecordType) type).fromMap(m);
        });
        lib.privateFn("-field").a2((x, i) -> ((TypedInstance) x).fieldValue(((Number) i).intValue()));
        lib.privateFn("-set-field!").a3((x, i, v) -> {
            ((TypedInstance) x).setFieldValue(((Number) i).intValue(), v);
            return v;
        });
        lib.privateFn("-reify-type").a1(name -> new ReifyType((String) name));
        lib.privateFn("-reify").rest(2, args -> {
            ReifyType t = (ReifyType) args[0];
            MethodTable methods = MethodTable.of(Arrays.copyOfRange(args, 2, args.length), t.typeName());
            return t.create(methods, (IPersistentMap) args[1]);
        });
    }

    // ---- multimethods ----

    private static void installMultimethods(CoreLibrary lib) {
        lib.privateFn("-make-multi").a4((name, dispatch, dflt, hierarchy) -> {
            if (!(hierarchy instanceof IDeref ref)) throw new IllegalArgumentException("hierarchy must be a reference to a hierarchy, such as a var");
            return new MultiFn((String) name, Callables.asFn(dispatch), dflt, ref);
        });
        lib.privateFn("-multi-var?").a1(v -> ((Var) v).hasRoot() && ((Var) v).getRoot() instanceof MultiFn);
        lib.privateFn("-add-method").a3((m, dv, f) -> multi(m).addMethod(dv, Callables.asFn(f)));
        // clojure.spec.alpha's multi-spec names the dispatch value in explain paths, as Clojure's reads it
        lib.privateFn("-multi-dispatch-fn").a1(m -> multi(m).dispatchFn());
        lib.fn("remove-method", "[multifn dispatch-val]", "Takes the method for dispatch-val out of multifn.")
                .a2((m, dv) -> multi(m).removeMethod(dv));
        lib.fn("remove-all-methods", "[multifn]", "Takes every method out of multifn, leaving it with none.")
                .a1(m -> multi(m).reset());
        lib.fn("prefer-method", "[multifn dispatch-val-x dispatch-val-y]",
                "When dispatch-val-x and dispatch-val-y both match a call, multifn runs the method of dispatch-val-x.")
                .a3((m, x, y) -> multi(m).preferMethod(x, y));
        lib.fn("prefers", "[multifn]", "multifn's preferences, as a map from a dispatch value to the set of values it wins over.")
                .a1(m -> multi(m).preferTable());
        lib.fn("methods", "[multifn]", "Every method of multifn, as a map keyed by dispatch value.")
                .a1(m -> multi(m).methodTable());
        lib.fn("get-method", "[multifn dispatch-val]",
                "The method multifn would run for dispatch-val (following isa? and the default), or nil.")
                .a2((m, dv) -> multi(m).methodFor(dv));
    }

    private static MultiFn multi(Object m) {
        if (m instanceof MultiFn f) return f;
        throw new ClassCastException("class " + (m == null ? "nil" : Printing.className(m.getClass()))
                + " cannot be cast to class clojure.lang.MultiFn");
    }

    // ---- hierarchies ----

    private static void installHierarchies(CoreLibrary lib) {
        Var global = lib.def("global-hierarchy", "The hierarchy derive, isa? and multimethods use when given none.", Hierarchy.EMPTY);
        global.setMeta(global.meta().assoc(Keyword.of("private"), true));
        lib.fn("make-hierarchy", "[]",
                "An empty hierarchy value, to pass to derive, isa?, parents and the like, or to a multimethod.")
                .a0(() -> Hierarchy.EMPTY);
        lib.fn("isa?", "[child parent] [h child parent]",
                "True when child equals parent, is derived from it in the hierarchy h (default the global one), is a\n"
                + "  subclass of it, or is a vector whose items are each isa? the matching item of parent.")
                .a2((c, p) -> Hierarchy.isa(global.deref(), c, p)).a3(Hierarchy::isa);
        lib.fn("parents", "[tag] [h tag]",
                "The set of immediate parents of tag in the hierarchy h (default the global one), or nil.")
                .a1(t -> Hierarchy.parents(global.deref(), t)).a2(Hierarchy::parents);
        lib.fn("ancestors", "[tag] [h tag]",
                "The set of all ancestors of tag in the hierarchy h (default the global one), or nil.")
                .a1(t -> Hierarchy.ancestors(global.deref(), t)).a2(Hierarchy::ancestors);
        lib.fn("descendants", "[tag] [h tag]",
                "The set of all descendants of tag in the hierarchy h (default the global one), or nil.")
                .a1(t -> Hierarchy.descendants(global.deref(), t)).a2(Hierarchy::descendants);
        lib.fn("derive", "[tag parent] [h tag parent]",
                "Records that tag is a kind of parent, in the hierarchy h (returning the new one) or in the global\n"
                + "  hierarchy.")
                .a2((tag, parent) -> {
            if (!(Hierarchy.isClass(tag) || (tag instanceof Named n && n.getNamespace() != null))) {
                throw new AssertionError("Assert failed: (or (class? tag) (and (instance? clojure.lang.Named tag) (namespace tag)))");
            }
            if (!(parent instanceof Named)) throw new AssertionError("Assert failed: (instance? clojure.lang.Named parent)");
            if (((Named) parent).getNamespace() == null) throw new AssertionError("Assert failed: (namespace parent)");
            synchronized (global) {
                global.bindRoot(Hierarchy.derive(global.getRoot(), tag, parent));
            }
            return null;
        }).a3(Hierarchy::derive);
        lib.fn("underive", "[tag parent] [h tag parent]",
                "Removes the parent relation between tag and parent, from h (returning the new one) or the global\n"
                + "  hierarchy.")
                .a2((tag, parent) -> {
            synchronized (global) {
                global.bindRoot(Hierarchy.underive(global.getRoot(), tag, parent));
            }
            return null;
        }).a3(Hierarchy::underive);
    }
}
