(ns clojure.math
  "Clojure's math functions over java.lang.Math. They are Java builtins
  (dev.mino.runtime.core.MathLib), defined here when the namespace is loaded.")

(clojure.core/install-native-lib 'clojure.math)
