(ns clojure.edn
  "Reading EDN data: read and read-string, with the options :eof, :readers and :default. Java builtins
  (dev.mino.runtime.core.EdnLib), defined here when the namespace is loaded."
  (:refer-clojure :exclude [read read-string]))

(clojure.core/install-native-lib 'clojure.edn)
