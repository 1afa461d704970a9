package dev.mino.jsr223;

import dev.mino.runtime.embed.MinoState;
import dev.mino.runtime.lang.MinoException;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import javax.script.Bindings;
import javax.script.ScriptContext;

/**
 * How a context's bindings become vars and back. Before an eval, every binding whose key can name a var
 * becomes the var user/key with the binding's value as it is (a Java Integer stays an Integer), ENGINE_SCOPE
 * winning over GLOBAL_SCOPE. After it, each such ENGINE_SCOPE key gets user/key's value back; GLOBAL_SCOPE
 * is read-only to scripts, since a ScriptEngineManager shares it among all its engines. Vars the script
 * defines for keys not in the bindings stay in the state only, and a var stays when its binding is removed.
 */
final class BindingVars {
    private static final String USER = "user/";
    private static final String RESERVED = "javax.script.";
    /** An unqualified symbol: no whitespace, '/' or reader syntax, no leading digit or ':'. */
    private static final Pattern SYMBOL = Pattern.compile("[^\\s\\d/:#'\"`~^@\\\\;,()\\[\\]{}][^\\s/\"`~^@\\\\;,()\\[\\]{}]*");

    private BindingVars() {}

    /** Whether key becomes a var: a symbol's name, and not one of javax.script's own keys (FILENAME, ...). */
    static boolean isVarName(String key) {
        return !key.startsWith(RESERVED) && SYMBOL.matcher(key).matches();
    }

    /** Defines a var for each binding, the lowest-precedence scope first so ENGINE_SCOPE has the last word. */
    static void define(MinoState state, ScriptContext context) {
        List<Integer> scopes = context.getScopes();
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Bindings bindings = context.getBindings(scopes.get(i));
            if (bindings == null) continue;
            for (String key : keys(bindings)) state.define(USER + key, bindings.get(key));
        }
    }

    /** Copies each ENGINE_SCOPE binding's var back into it, unless the script unmapped it. */
    static void readBack(MinoState state, ScriptContext context) {
        Bindings bindings = context.getBindings(ScriptContext.ENGINE_SCOPE);
        if (bindings == null) return;
        for (String key : keys(bindings)) {
            try {
                bindings.put(key, state.getVar(USER + key));
            } catch (MinoException unmapped) {
                // (ns-unmap 'user 'key): the binding keeps its value
            }
        }
    }

    /**
     * The keys that name vars, copied first (toArray is one call, atomic on a synchronized map) so another
     * thread's put does not break the iteration.
     */
    private static List<String> keys(Bindings bindings) {
        return Arrays.stream(bindings.keySet().toArray(String[]::new)).filter(BindingVars::isVarName).toList();
    }
}
