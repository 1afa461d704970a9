package dev.mino.runtime.core;

import dev.mino.runtime.interop.ProxyClasses;
import dev.mino.runtime.lang.IPersistentMap;
import dev.mino.runtime.lang.IProxy;
import dev.mino.runtime.lang.ISeq;
import dev.mino.runtime.lang.Seqs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The functions behind proxy and proxy-super: get-proxy-class, construct-proxy, init-proxy, update-proxy,
 * proxy-mappings, proxy-name and proxy-call-with-super, over the state's own {@link ProxyClasses}.
 */
final class ProxyFns {
    private ProxyFns() {}

    static void install(CoreLibrary lib) {
        ProxyClasses classes = new ProxyClasses(lib.evaluator.userAccess(), ClojureTypeNames::isClojureType, lib.evaluator.classes());
        lib.fn("get-proxy-class", "[& bases]",
                "The proxy class over bases: extending the first if it is a class (else Object) and implementing the\n"
                + "  interfaces. Made once per state and namespace; each base must be reachable by interop.")
                .rest(0, bases -> classes.classFor(lib.evaluator.currentNs().name().getName(), classList(Arrays.asList(bases))));
        // What proxy expands to: the class named after the namespace the proxy form is in, as Clojure makes it
        // when it expands the form.
        lib.privateFn("proxy-class-in").rest(1, a -> classes.classFor(String.valueOf(a[0]),
                classList(Arrays.asList(a).subList(1, a.length))));
        lib.fn("construct-proxy", "[c & ctor-args]", "A new instance of the proxy class c, made with the constructor that fits ctor-args.")
                .rest(1, a -> classes.construct(asClass(a[0]), Arrays.copyOfRange(a, 1, a.length)));
        lib.fn("init-proxy", "[proxy mappings]",
                "Gives proxy the map of method names (strings) to fns (each taking the proxy, then the method's\n"
                + "  arguments), replacing the one it had; returns proxy.")
                .a2((p, m) -> {
                    ProxyClasses.asProxy(p).__initClojureFnMappings((IPersistentMap) m);
                    return p;
                });
        lib.fn("update-proxy", "[proxy mappings]",
                "Merges mappings into proxy's map of method names to fns; a nil fn leaves its method unimplemented.\n"
                + "  Returns proxy.")
                .a2((p, m) -> {
                    ProxyClasses.asProxy(p).__updateClojureFnMappings((IPersistentMap) m);
                    return p;
                });
        lib.fn("proxy-mappings", "[proxy]", "proxy's map of method names to fns.")
                .a1(p -> ProxyClasses.asProxy(p).__getClojureFnMappings());
        lib.fn("proxy-name", "[super interfaces]", "The name get-proxy-class gives the proxy class over super and interfaces.")
                .a2((sup, ifaces) -> ProxyClasses.name(lib.evaluator.currentNs().name().getName(), asClass(sup),
                        classList(seqList(ifaces))));
        lib.fn("proxy-call-with-super", "[call this meth]",
                "Calls call, a fn of no arguments, while the proxy this has no fn for the method named meth, so that\n"
                + "  calling that method reaches the superclass's; proxy-super expands to it.")
                .a3(ProxyFns::callWithSuper);
    }

    /** Not thread-safe, as in Clojure: other threads calling meth meanwhile reach the superclass's method too. */
    private static Object callWithSuper(Object call, Object self, Object meth) {
        IProxy p = ProxyClasses.asProxy(self);
        IPersistentMap mappings = p.__getClojureFnMappings();
        p.__initClojureFnMappings(mappings == null ? null : mappings.without(meth));
        try {
            return Callables.asFn(call).invoke();
        } finally {
            p.__initClojureFnMappings(mappings);
        }
    }

    private static List<Object> seqList(Object coll) {
        List<Object> out = new ArrayList<>();
        for (ISeq s = Seqs.seq(coll); s != null; s = s.next()) out.add(s.first());
        return out;
    }

    private static List<Class<?>> classList(List<Object> xs) {
        List<Class<?>> out = new ArrayList<>();
        for (Object x : xs) out.add(asClass(x));
        return out;
    }

    private static Class<?> asClass(Object x) {
        if (x instanceof Class<?> c) return c;
        throw new IllegalArgumentException("Expected a class, got: " + (x == null ? "nil" : Numbers.describe(x)));
    }
}
