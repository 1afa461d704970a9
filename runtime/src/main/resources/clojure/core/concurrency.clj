;; clojure.core: concurrency (being written).
(in-ns 'clojure.core)
