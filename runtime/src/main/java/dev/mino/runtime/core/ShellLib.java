package dev.mino.runtime.core;

import dev.mino.runtime.lang.MinoException;
import dev.mino.runtime.lang.Var;

/**
 * The Java half of clojure.java.shell: sh. Starting a process acts on the machine, not on values, so sh needs
 * the state's process-control capability, as Runtime.exec by interop does; without it sh starts nothing.
 */
final class ShellLib {
    private ShellLib() {}

    static void install(NativeNamespace ns) {
        boolean granted = ns.evaluator().options().processControl();
        Var dir = ns.ownVar("*sh-dir*");
        Var env = ns.ownVar("*sh-env*");
        CheckedFiles files = new CheckedFiles(ns.evaluator().files());
        ns.fn("sh", "[& args]",
                "Runs the command args (strings, then options :in :in-enc :out-enc :dir :env) as a process, waits for\n"
                + "  it and returns {:exit code :out text :err text}. Needs the state's process-control grant.").rest(0, args -> {
            if (!granted) throw denied();
            return ShellCommand.parse(args, dir.deref(), env.deref()).run(files);
        });
    }

    private static MinoException denied() {
        return new MinoException("Denied: clojure.java.shell/sh starts a process, and this state may not act on the whole "
                + "process (the embedder grants it with MinoOptions.withProcessControl(true); the command line grants it unless --sandbox)");
    }
}
