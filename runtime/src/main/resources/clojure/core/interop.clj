;; clojure.core: Java interop conveniences on top of the . and new special forms.
(in-ns 'clojure.core)

(defmacro import
  "Makes Java classes reachable by their simple names in the current namespace:
  (import 'java.util.Date) or (import '[java.util Date UUID])."
  [& import-symbols-or-lists]
  (let [unquote-spec (fn [s] (if (and (seq? s) (= 'quote (first s))) (second s) s))]
    `(import* ~@(map (fn [s] (list 'quote (unquote-spec s))) import-symbols-or-lists))))

(defmacro ..
  "(.. x (m1 a) m2) threads x through member accesses: (. (. x (m1 a)) m2)."
  ([x form] `(. ~x ~form))
  ([x form & more] `(.. (. ~x ~form) ~@more)))

(defmacro memfn
  "A fn calling the named method on its first argument: (memfn toUpperCase)."
  [name & args]
  (let [t (gensym "target")]
    `(fn [~t ~@args] (. ~t (~name ~@args)))))



(defmacro with-loading-context
  "Runs body with the thread's context class loader set to the one mino loads classes and library
  resources through (the state's own, never another), and restores the previous loader after. Returns
  the value of body."
  [& body]
  `(run-with-loading-context (fn [] ~@body)))
