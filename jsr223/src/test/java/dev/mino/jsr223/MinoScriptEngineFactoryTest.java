package dev.mino.jsr223;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mino.runtime.embed.Mino;
import dev.mino.runtime.embed.MinoOptions;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineManager;
import javax.script.ScriptException;
import org.junit.jupiter.api.Test;

/** How the factory is found, what it says about mino, and the options its engines' states get. */
class MinoScriptEngineFactoryTest {
    private final ScriptEngineManager manager = new ScriptEngineManager();

    @Test void foundByNameExtensionAndMimeTypeButNotAsClojure() {
        assertInstanceOf(MinoScriptEngine.class, manager.getEngineByExtension("clj"));
        assertInstanceOf(MinoScriptEngine.class, manager.getEngineByExtension("cljc"));
        assertInstanceOf(MinoScriptEngine.class, manager.getEngineByMimeType("text/x-clojure"));
        assertNull(manager.getEngineByName("clojure"));
    }

    @Test void parametersNameMinoAndItsVersion() {
        MinoScriptEngineFactory factory = new MinoScriptEngineFactory();
        assertEquals("mino", factory.getParameter(ScriptEngine.NAME));
        assertEquals(Mino.version(), factory.getParameter(ScriptEngine.ENGINE_VERSION));
        assertTrue(Mino.version().matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), Mino.version());
        assertNull(factory.getParameter("no such parameter"));
    }

    @Test void theManagersEngineGrantsNothing() {
        ScriptEngine engine = manager.getEngineByName("mino");
        ScriptException e = assertThrows(ScriptException.class, () -> engine.eval("(java.time.LocalDate/of 2024 1 2)"));
        assertTrue(e.getMessage().contains("withInteropAllow"), e.getMessage());
    }

    @Test void optionsGrantThroughTheFactory() throws ScriptException {
        MinoOptions options = MinoOptions.defaults().withInteropAllow(List.of("java.time", "java.lang"));
        manager.registerEngineName("mino", new MinoScriptEngineFactory(options));
        ScriptEngine engine = manager.getEngineByName("mino");
        assertEquals(LocalDate.of(2024, 1, 2), engine.eval("(java.time.LocalDate/of 2024 1 2)"));
        engine.put("s", "abc");
        assertEquals("ABC", engine.eval(engine.getFactory().getMethodCallSyntax("s", "toUpperCase")));
    }

    @Test void theOutputStatementPrintsItsTextExactly() throws ScriptException {
        ScriptEngine engine = manager.getEngineByName("mino");
        StringWriter out = new StringWriter();
        engine.getContext().setWriter(out);
        String text = "say \"hi\" \\ twice\n";
        engine.eval(engine.getFactory().getProgram(engine.getFactory().getOutputStatement(text),
                engine.getFactory().getOutputStatement(text)));
        assertEquals(text + text, out.toString());
    }
}
