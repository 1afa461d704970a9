(ns clojure.template
  "Code templates: an expression with placeholder symbols, filled in by substitution (not evaluation)."
  (:require [clojure.walk :as walk]))

(defn apply-template
  "expr with each symbol of argv replaced, wherever it occurs, by the corresponding element of values."
  [argv expr values]
  (assert (vector? argv))
  (assert (every? symbol? argv))
  (walk/postwalk-replace (zipmap argv values) expr))

(defmacro do-template
  "One copy of expr per (count argv) values, each filled in with apply-template, in a do."
  [argv expr & values]
  (let [n (count argv)]
    `(do ~@(map #(apply-template argv expr %) (partition n values)))))
