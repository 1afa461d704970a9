(ns clojure.walk
  "Generic traversal of nested data: walk applies a function to each element of a form and then to the
  rebuilt form; prewalk and postwalk do so at every level. Collections keep their types (sorted
  collections and records included) and their metadata.")

;; Private entry?, entry and record-instance?: Java builtins (dev.mino.runtime.core.WalkLib).
(clojure.core/install-native-lib 'clojure.walk)

(defn walk
  "Rebuilds form with inner applied to each element, then returns (outer rebuilt-form). Lists stay lists,
  seqs become fully realized seqs, map entries stay entries, records and other collections keep their
  type."
  [inner outer form]
  (outer
    (cond
      (list? form) (with-meta (apply list (map inner form)) (meta form))
      (entry? form) (entry (inner (key form)) (inner (val form)))
      (seq? form) (with-meta (doall (map inner form)) (meta form))
      (record-instance? form) (reduce (fn [r x] (conj r (inner x))) form form)
      (coll? form) (into (empty form) (map inner form))
      :else form)))

(defn postwalk
  "Rebuilds form bottom-up: the elements of each sub-form are transformed first, then f is applied to
  the sub-form made of them; gives f's result for form."
  [f form]
  (walk #(postwalk f %) f form))

(defn prewalk
  "Rebuilds form top-down: f is applied to a form first, then the elements of what it gives are walked."
  [f form]
  (walk #(prewalk f %) identity (f form)))

(defn postwalk-demo
  "Shows postwalk's order: prints every sub-form as it is reached, and gives form back."
  [form]
  (postwalk (fn [x] (print "Walked: ") (prn x) x) form))

(defn prewalk-demo
  "Shows prewalk's order: prints every sub-form as it is reached, and gives form back."
  [form]
  (prewalk (fn [x] (print "Walked: ") (prn x) x) form))

(defn- rekey
  "A postwalk step turning every map's keys that satisfy pred into (f key)."
  [pred f]
  (fn [x]
    (if (map? x)
      (into {} (map (fn [[k v]] [(if (pred k) (f k) k) v]) x))
      x)))

(defn keywordize-keys
  "m with every string key made a keyword, in nested maps too."
  [m]
  (postwalk (rekey string? keyword) m))

(defn stringify-keys
  "m with every keyword key made a string (its name, without namespace), in nested maps too."
  [m]
  (postwalk (rekey keyword? name) m))

(defn prewalk-replace
  "Replaces every sub-form of form that is a key of smap by its value, outside in."
  [smap form]
  (prewalk #(if (contains? smap %) (smap %) %) form))

(defn postwalk-replace
  "Replaces every sub-form of form that is a key of smap by its value, inside out."
  [smap form]
  (postwalk #(if (contains? smap %) (smap %) %) form))

(defn macroexpand-all
  "Expands every macro call in form, at any depth (ignoring the special meaning of quote and the like)."
  [form]
  (prewalk #(if (seq? %) (macroexpand %) %) form))
