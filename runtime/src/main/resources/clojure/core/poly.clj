;; clojure.core: poly (being written).
(in-ns 'clojure.core)
