;; clojure.core: interop (being written).
(in-ns 'clojure.core)
