(ns clojure.java.shell
  "Running programs in a process of their own: sh, and the directory and environment it runs them in.
  Starting a process needs the state's process-control grant (MinoOptions.withProcessControl(true); the
  command line has it unless --sandbox).")

(def ^:dynamic *sh-dir*
  "The directory sh runs programs in (a String or java.io.File); nil: this process's own."
  nil)

(def ^:dynamic *sh-env*
  "The environment sh runs programs with (a map of names to values), instead of this process's; nil:
  this process's own."
  nil)

;; sh is a Java builtin (dev.mino.runtime.core.ShellLib), reading *sh-dir* and *sh-env*.
(clojure.core/install-native-lib 'clojure.java.shell)

(defmacro with-sh-dir
  "Evaluates forms with *sh-dir* bound to dir: the directory sh runs programs in."
  [dir & forms]
  `(binding [*sh-dir* ~dir] ~@forms))

(defmacro with-sh-env
  "Evaluates forms with *sh-env* bound to env: the environment sh runs programs with."
  [env & forms]
  `(binding [*sh-env* ~env] ~@forms))
