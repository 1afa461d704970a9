(ns clojure.string
  "Clojure's string functions. They are Java builtins (dev.mino.runtime.core.StringLib), defined here
  when the namespace is loaded."
  (:refer-clojure :exclude [replace reverse]))

(clojure.core/install-native-lib 'clojure.string)
