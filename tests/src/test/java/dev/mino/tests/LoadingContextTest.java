package dev.mino.tests;

import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.lang.Fn;
import java.net.URL;
import java.net.URLClassLoader;
import org.junit.jupiter.api.Test;

/** with-loading-context sets the context class loader to the state's own loader only, and always restores it. */
class LoadingContextTest {
    /** A Java fn the script calls to see the context class loader. */
    private static final class ContextLoader extends Fn {
        @Override public Object invoke() {
            return Thread.currentThread().getContextClassLoader();
        }
    }

    @Test
    void theBodySeesTheStatesLoaderAndTheCallersComesBack() throws Exception {
        MinoState s = Mino.newState();
        s.define("user/context-loader", new ContextLoader());
        Thread t = Thread.currentThread();
        ClassLoader saved = t.getContextClassLoader();
        try (URLClassLoader embedders = new URLClassLoader(new URL[0], null)) {
            t.setContextClassLoader(embedders);
            assertSame(Fn.class.getClassLoader(), s.eval("(with-loading-context (context-loader))"));
            assertSame(embedders, t.getContextClassLoader(), "restored after the body");
            assertThrows(RuntimeException.class, () -> s.eval("(with-loading-context (throw (ex-info \"x\" {})))"));
            assertSame(embedders, t.getContextClassLoader(), "restored when the body throws");
            assertSame(embedders, s.eval("(context-loader)"), "outside the macro, the caller's loader");
        } finally {
            t.setContextClassLoader(saved);
        }
    }
}
