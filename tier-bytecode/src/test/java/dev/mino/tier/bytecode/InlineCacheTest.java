package dev.mino.tier.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mino.runtime.lang.Fn;
import dev.mino.runtime.lang.TypeDispatch;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** CALL_CACHED / GETGLOBAL_CACHED invalidation on redefinition, and the protocol call caches. */
class InlineCacheTest {
    static TwoTiers t;

    @BeforeAll static void setUp() {
        t = new TwoTiers();
    }

    @Test void aCachedCallSeesARedefinedVar() {
        t.define("(defn callee [x] (* x 10)) (defn caller [x] (+ 1 (callee x))) (defn tail-caller [x] (callee x))");
        t.assertUses("user/caller", "CALL_CACHED");
        t.assertUses("user/tail-caller", "TAILCALL_CACHED");
        t.expect("21", "(caller 2)");
        t.expect("20", "(tail-caller 2)");
        t.define("(defn callee [x] (- x))");
        t.expect("-1", "(caller 2)");
        t.expect("-2", "(tail-caller 2)");
        t.define("(def callee {2 :two})");
        t.expect(":two", "(tail-caller 2)");
        t.define("(defn callee ([x] :one) ([x & more] more))");
        t.expect(":one", "(tail-caller 2)");
    }

    @Test void aCachedReadSeesARedefinedVarAndDynamicBindings() {
        t.define("(def limit 10) (defn over? [x] (> x limit)) (def ^:dynamic *depth* 1) (defn depth [] *depth*)");
        t.assertUses("user/over?", "GETGLOBAL_CACHED");
        t.assertUses("user/depth", "GETGLOBAL");
        t.expect("true", "(over? 11)");
        t.define("(def limit 20)");
        t.expect("false", "(over? 11)");
        t.expect("[1 2 1]", "[(depth) (binding [*depth* 2] (depth)) (depth)]");
    }

    @Test void protocolsExtendedLaterAreSeen() {
        t.define("(defprotocol Shape (area [s])) (defrecord Sq [n] Shape (area [s] (* n n)))"
                + " (defn total [xs] (reduce + (map area xs))) (defn area-of [x] (area x))");
        t.expect("13", "(total [(->Sq 2) (->Sq 3)])");
        t.expectError("No implementation", "(area-of 5)");
        t.define("(extend-protocol Shape Long (area [n] (* 100 n)))");
        t.expect("500", "(area-of 5)");
        t.define("(extend-protocol Shape Long (area [n] (* 1000 n)))");
        t.expect("[5000 4]", "[(area-of 5) (area-of (->Sq 2))]");
    }

    @Test void protocolCallSitesDoNotCacheReifyOrMetadataReceivers() {
        t.define("(defprotocol P (p [x])) (extend-protocol P nil (p [_] :nil) Object (p [_] :obj)) (defn call-p [x] (p x))");
        t.assertUses("user/call-p", "PROTOCOL_TAILCALL_CACHED");
        t.expect("[:nil :obj :r1 :r2 :nil :obj]",
                "[(call-p nil) (call-p 1) (call-p (reify P (p [_] :r1))) (call-p (reify P (p [_] :r2))) (call-p nil) (call-p \"s\")]");
        t.define("(defprotocol M :extend-via-metadata true (m [x])) (extend-protocol M Object (m [_] :obj)) (defn call-m [x] (m x))");
        t.expect("[:obj :meta :obj]", "[(call-m []) (call-m (with-meta [] {`m (fn [_] :meta)})) (call-m [1])]");
    }

    /** A type-dispatched fn as protocol fns implement TypeDispatch: implementations per class, versioned. */
    static final class Dispatched extends Fn implements TypeDispatch {
        final Map<Class<?>, Fn> impls = new HashMap<>();
        int version;
        int lookups;

        void extend(Class<?> c, Fn f) {
            impls.put(c, f);
            version++;
        }

        @Override public Object dispatchKey(Object x) { return x == null ? Void.class : x.getClass(); }

        @Override public Fn implementation(Object x, int argc) {
            lookups++;
            Fn f = impls.get(x == null ? Void.class : x.getClass());
            if (f == null) throw new IllegalArgumentException("No implementation for " + x);
            return f;
        }

        @Override public int dispatchVersion() { return version; }

        @Override public Object invoke(Object x) { return implementation(x, 1).invoke(x); }
    }

    @Test void protocolCallCachesPerReceiverTypeUntilExtended() {
        Dispatched d = new Dispatched();
        d.extend(Long.class, new Fn() { @Override public Object invoke(Object x) { return "long"; } });
        d.extend(String.class, new Fn() { @Override public Object invoke(Object x) { return "string"; } });
        t.bytecode.define("user/kind", d);
        t.bytecode.eval("(defn kind-of [x] (str (kind x))) (defn kind-tail [x] (kind x))");
        t.assertUses("user/kind-of", "PROTOCOL_CALL_CACHED");
        t.assertUses("user/kind-tail", "PROTOCOL_TAILCALL_CACHED");
        Fn kindOf = (Fn) t.bytecode.getVar("user/kind-of");
        Fn kindTail = (Fn) t.bytecode.getVar("user/kind-tail");
        assertEquals("long", kindOf.invoke(1L));
        int after = d.lookups;
        for (int i = 0; i < 10; i++) assertEquals("long", kindOf.invoke((long) i));
        assertEquals(after, d.lookups, "monomorphic hits do not look up");
        assertEquals("string", kindOf.invoke("s"));
        assertEquals("string", kindTail.invoke("s"));
        d.extend(Long.class, new Fn() { @Override public Object invoke(Object x) { return "LONG"; } });
        assertEquals("LONG", kindOf.invoke(1L));
        assertEquals("LONG", kindTail.invoke(1L));
        t.bytecode.eval("(defn kind [x] :plain)");
        assertEquals(":plain", kindOf.invoke(1L));
        assertEquals(dev.mino.runtime.lang.Keyword.of("plain"), kindTail.invoke(1L));
    }
}
