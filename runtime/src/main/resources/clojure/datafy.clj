(ns clojure.datafy
  "Functions to turn objects into data (datafy) and to navigate from data to related data (nav), by the
  Datafiable and Navigable protocols of clojure.core.protocols, which values can also implement through
  their metadata (the symbols clojure.core.protocols/datafy and clojure.core.protocols/nav)."
  (:require [clojure.core.protocols :as p]))

(defn- class-symbol [x]
  (let [c (class x)]
    (symbol (if (instance? Class c) (.getName ^Class c) (pr-str c)))))

(defn datafy
  "x as data: clojure.core.protocols/datafy of x. When that is a new value supporting metadata, its
  metadata gets :clojure.datafy/obj (x) and :clojure.datafy/class (x's class name, a symbol)."
  {:added "1.10"}
  [x]
  (let [v (p/datafy x)]
    (if (identical? v x)
      v
      (if (instance? clojure.lang.IObj v)
        (vary-meta v assoc ::obj x ::class (class-symbol x))
        v))))

(defn nav
  "v navigated to in the context of coll and k (the key or index v was found at, or nil when there is
  none, as for seqs): clojure.core.protocols/nav of coll, k and v."
  {:added "1.10"}
  [coll k v]
  (p/nav coll k v))

(defn- sortmap [m]
  (into (sorted-map) m))

(extend-protocol p/Datafiable
  clojure.lang.Var
  (datafy [r] (with-meta [(deref r)] (meta r)))

  clojure.lang.Atom
  (datafy [r] (with-meta [(deref r)] (meta r)))

  clojure.lang.Namespace
  (datafy [n]
    (with-meta {:name (ns-name n)
                :publics (-> n ns-publics sortmap)
                :imports (-> n ns-imports sortmap)
                :interns (-> n ns-interns sortmap)}
      (meta n))))

;; Exceptions datafy to Throwable->map's data where clojure.core has it.
(when-let [throwable->map (resolve 'clojure.core/Throwable->map)]
  (extend-protocol p/Datafiable
    Throwable
    (datafy [x] (throwable->map x))))
