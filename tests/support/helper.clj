(ns support.helper
  "A namespace that namespaces-test requires: public and private vars, a dynamic var, a macro.")

(def greeting "hello")

(defn shout [s] (str s "!"))

(defn- hidden [] :private)

(def ^:dynamic *level* 1)

(defmacro twice [x] `(do ~x ~x))

(defonce loads
  (atom 0))  ; counts loads of this file: a require by name must not load it again

(swap! loads inc)
