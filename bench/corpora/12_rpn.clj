;; A reverse-Polish calculator over tokenised expressions, with error handling.
(ns corpus.rpn (:require [clojure.string :as str]))
(def ops {"+" + "-" - "*" * "/" quot "max" max})
(defn evaluate [expr]
  (let [stack (reduce (fn [st tok] (if-let [f (ops tok)]
                                     (let [[b a & more] st] (when (nil? a) (throw (ex-info "stack underflow" {:token tok}))) (cons (f a b) more))
                                     (cons (Long/parseLong tok) st)))
                      () (str/split expr #"\s+"))]
    (if (= 1 (count stack)) (first stack) (throw (ex-info "leftover" {:stack stack})))))
(def exprs (for [i (range 1 400)] (str i " " (inc i) " + " (mod i 7) " 1 + * 3 max " (inc (mod i 5)) " /")))
(println (reduce + (map evaluate exprs)) (try (evaluate "1 +") (catch clojure.lang.ExceptionInfo e (ex-data e))))
