package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import dev.mino.runtime.embed.MinoState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The security side of proxy and bean: proxying a class or interface, constructing through construct-proxy
 * and reading a bean's getters all go through the state's interop allow-list, and each state's proxy
 * classes are its own (a class loader per state, no JVM-wide registry).
 */
class ProxyAndBeanGrantsTest {
    private static MinoState commandLineState() {
        return Mino.newState(MinoOptions.defaults().withCommandLineGrants());
    }

    private static String refusal(MinoState s, String src) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> s.eval(src));
        return MinoState.describeError(e);
    }

    @Test
    void proxyingNeedsTheClassGranted() {
        MinoState bare = Mino.newState();
        String message = refusal(bare, "(proxy [Runnable] [] (run []))");
        assertTrue(message.contains("Java interop denied: proxy of class java.lang.Runnable"), message);
        MinoState granted = Mino.newState(MinoOptions.defaults().withInteropAllow(List.of("java.lang")));
        assertEquals(1L, granted.eval("(let [ran (atom 0)] (.run (proxy [Runnable] [] (run [] (reset! ran 1)))) @ran)"));
    }

    @Test
    void proxyingAnUngrantedInterfaceIsRefusedEvenBesideAGrantedOne() {
        MinoState s = Mino.newState(MinoOptions.defaults().withInteropAllow(List.of("java.lang")));
        String message = refusal(s, "(proxy [Runnable java.util.concurrent.Callable] [])");
        assertTrue(message.contains("proxy of class java.util.concurrent.Callable"), message);
    }

    @Test
    void guardedClassesNeedTheirCapability() {
        // java.lang is granted on the command line, but a ClassLoader of the script's own reaches past any grant.
        String message = refusal(commandLineState(), "(proxy [ClassLoader] [])");
        assertTrue(message.contains("java.lang.ClassLoader"), message);
        assertTrue(message.contains("reflects on classes"), message);
    }

    @Test
    void constructProxyOfAnotherClassGoesThroughTheAllowList() {
        MinoState s = Mino.newState(MinoOptions.defaults().withInteropAllow(List.of("java.lang")));
        String message = refusal(s, "(construct-proxy java.net.URI \"http://example.com\")");
        assertTrue(message.contains("Java interop denied: constructor of class java.net.URI"), message);
    }

    @Test
    void twoStatesDoNotShareProxyClasses() {
        MinoState a = commandLineState();
        MinoState b = commandLineState();
        Class<?> ca = (Class<?>) a.eval("(class (proxy [Runnable] [] (run [])))");
        Class<?> cb = (Class<?>) b.eval("(class (proxy [Runnable] [] (run [])))");
        assertEquals(ca.getName(), cb.getName(), "the same name in each state");
        assertNotSame(ca, cb);
        assertNotSame(ca.getClassLoader(), cb.getClassLoader());
        assertSame(ca, a.eval("(class (proxy [Runnable] []))"), "a state makes each proxy class once");
    }

    @Test
    void aBeanOfAnUngrantedClassIsRefused() {
        String message = refusal(commandLineState(), "(bean (atom 1))");
        assertTrue(message.contains("Java interop denied: bean of class dev.mino.runtime.lang.Atom"), message);
    }

    @Test
    void aBeansGettersAreCheckedAsCallsWouldBe() {
        MinoState s = commandLineState();
        assertEquals("java.lang.String", s.eval("(:name (bean String))"));
        String message = refusal(s, "(:classLoader (bean String))");
        assertTrue(message.contains("java.lang.Class.getClassLoader reflects on classes"), message);
    }

    @Test
    void namespacesClojureHasLoadedLoadOnFirstUse() {
        MinoState s = Mino.newState();
        assertEquals(Boolean.FALSE, s.eval("(contains? (set (map ns-name (all-ns))) 'clojure.string)"),
                "not loaded at startup");
        assertEquals("AB", s.eval("(clojure.string/upper-case \"ab\")"), "no require, and no interop grant needed");
        assertEquals(Boolean.TRUE, s.eval("(contains? (set (map ns-name (all-ns))) 'clojure.string)"));
        assertEquals(Boolean.TRUE, s.eval("(some? (find-ns 'clojure.walk))"));
        RuntimeException e = assertThrows(RuntimeException.class, () -> s.eval("(clojure.set/union #{1} #{2})"));
        assertTrue(MinoState.describeError(e).contains("Unable to resolve symbol: clojure.set/union"),
                "clojure.set is not loaded at startup by Clojure either");
    }
}
