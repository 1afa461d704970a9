;; clojure.core: the remaining smaller areas (arrays, unchecked math, struct maps, taps, ...).
(in-ns 'clojure.core)
