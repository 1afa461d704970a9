package dev.mino.runtime.core;

import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.Symbol;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Standard namespaces whose functions are Java builtins. Each library's .clj resource declares its
 * namespace and then calls (clojure.core/install-native-lib 'its.name), which defines the builtins there;
 * so they exist only once the library is required, as in Clojure.
 */
final class NativeLibs {
    private static final Map<String, Consumer<NativeNamespace>> LIBS = Map.of(
            "clojure.string", StringLib::install,
            "clojure.math", MathLib::install,
            "clojure.edn", EdnLib::install,
            "clojure.walk", WalkLib::install,
            "clojure.pprint", PrettyPrintLib::install,
            "clojure.instant", InstantLib::install,
            "clojure.java.io", JavaIoLib::install,
            "clojure.java.shell", ShellLib::install,
            "clojure.repl", ReplLib::install,
            "clojure.core.reducers", ReducersLib::install);

    private NativeLibs() {}

    static void install(CoreLibrary lib) {
        lib.privateFn("install-native-lib").a1(name -> {
            Consumer<NativeNamespace> installer = LIBS.get(String.valueOf(name));
            if (installer == null) throw new MinoException("No native library: " + name);
            installer.accept(new NativeNamespace(lib.evaluator, lib.evaluator.namespaces().findOrCreate((Symbol) name)));
            return null;
        });
    }
}
