(ns clojure.core.reducers
  "Reducers: collection functions (map, filter, mapcat, take, ...) that return reducible recipes instead
  of seqs — composing them builds one reducing function, applied when the result is reduced — and fold,
  a reduce over partitions combined with a combining function.

  In mino fold runs on the calling thread: a vector is split in halves down to partitions of at most n
  elements exactly as Clojure's fork/join fold splits it, each partition reduced from (combinef) with
  reducef and the halves combined with combinef, so fold returns what Clojure's returns. There is
  therefore no fork/join pool, and pool and fjtask are absent."
  (:refer-clojure :exclude [reduce map mapcat filter remove take take-while drop flatten cat])
  (:require [clojure.core.protocols :as p]))

(defn reduce
  "Like clojure.core/reduce, except that without init (f) is the initial value, and that maps
  (java.util.Map) are reduced with f called as (f acc key val)."
  ([f coll] (reduce f (f) coll))
  ([f init coll]
   (if (instance? java.util.Map coll)
     (p/kv-reduce coll f init)
     (p/coll-reduce coll f init))))

(defprotocol CollFold
  "Collections that can fold themselves (reduce partitions in parallel and combine the results)."
  (coll-fold [coll n combinef reducef] "Folds coll: reduces parts of about n items with reducef and joins the
  results with combinef."))

(defn fold
  "Reduces coll by partitions: each partition is reduced with reducef starting from (combinef), and the
  partial results combined with combinef (which must be associative, and return its identity when
  called with no arguments). Vectors are split into partitions of at most n (512 by default) elements;
  maps are reduced with reducef called as (reducef acc key val); other collections are reduced whole.
  reducef alone serves as both functions."
  {:added "1.5"}
  ([reducef coll] (fold reducef reducef coll))
  ([combinef reducef coll] (fold 512 combinef reducef coll))
  ([n combinef reducef coll]
   (coll-fold coll n combinef reducef)))

(defn reducer
  "A reducible collection: coll with the reducing function transformer xf applied to whatever reduces it."
  {:added "1.5"}
  [coll xf]
  (reify
    p/CollReduce
    (coll-reduce [this f1] (p/coll-reduce this f1 (f1)))
    (coll-reduce [_ f1 init] (p/coll-reduce coll (xf f1) init))

    clojure.lang.IReduceInit
    (reduce [this f1] (p/coll-reduce this f1 (f1)))
    (reduce [_ f1 init] (p/coll-reduce coll (xf f1) init))))

(defn folder
  "Like reducer, and foldable: folding it folds coll with xf applied to the reducing function."
  {:added "1.5"}
  [coll xf]
  (reify
    p/CollReduce
    (coll-reduce [_ f1] (p/coll-reduce coll (xf f1) (f1)))
    (coll-reduce [_ f1 init] (p/coll-reduce coll (xf f1) init))

    clojure.lang.IReduceInit
    (reduce [_ f1] (p/coll-reduce coll (xf f1) (f1)))
    (reduce [_ f1 init] (p/coll-reduce coll (xf f1) init))

    CollFold
    (coll-fold [_ n combinef reducef] (coll-fold coll n combinef (xf reducef)))))

(defn- drop-key
  "A kv-reducing body with the key parameter left out: its form for a reduction of plain values."
  [k form]
  (cond
    (vector? form) (vec (clojure.core/map #(drop-key k %) (clojure.core/remove #{k} form)))
    (seq? form) (apply list (clojure.core/map #(drop-key k %) (clojure.core/remove #{k} form)))
    :else form))

(defmacro ^:private rfn
  "A reducing function for f1 from its (acc key val) body: the 0-arity calls (f1), the 2-arity is the body
  with the key left out, the 3-arity the body itself."
  [[f1 k] fkv]
  `(fn
     ([] (~f1))
     ~(drop-key k fkv)
     ~fkv))

(defmacro ^:private defcurried
  "defn, plus an arity taking all but the last argument that returns a function of the last."
  [name doc meta args & body]
  `(defn ~name ~doc ~meta
     (~(vec (butlast args)) (fn [x#] (~name ~@(butlast args) x#)))
     (~args ~@body)))

;; defmacro does not take ^:private from the name in mino.
(alter-meta! #'rfn assoc :private true)
(alter-meta! #'defcurried assoc :private true)

(defcurried map
  "Applies f to every value of the reduction of coll (as (f k v) for a map's entries). Foldable."
  {:added "1.5"}
  [f coll]
  (folder coll
    (fn [f1]
      (rfn [f1 k]
        ([ret k v] (f1 ret (f k v)))))))

(defcurried mapcat
  "Applies f to every value of the reduction of coll and concatenates the (reducible) results. Foldable."
  {:added "1.5"}
  [f coll]
  (folder coll
    (fn [f1]
      ;; A reduced value from f1 must end the outer reduction too, so it is wrapped once more.
      (let [f1 (fn
                 ([ret v] (let [x (f1 ret v)] (if (reduced? x) (reduced x) x)))
                 ([ret k v] (let [x (f1 ret k v)] (if (reduced? x) (reduced x) x))))]
        (rfn [f1 k]
          ([ret k v] (reduce f1 ret (f k v))))))))

(defcurried filter
  "Keeps the values of the reduction of coll for which pred is true. Foldable."
  {:added "1.5"}
  [pred coll]
  (folder coll
    (fn [f1]
      (rfn [f1 k]
        ([ret k v] (if (pred k v) (f1 ret k v) ret))))))

(defcurried remove
  "Leaves out the values of the reduction of coll for which pred is true. Foldable."
  {:added "1.5"}
  [pred coll]
  (filter (complement pred) coll))

(defcurried flatten
  "The contents of any nested combination of sequential things in coll, as one flat foldable collection."
  {:added "1.5"}
  [coll]
  (folder coll
    (fn [f1]
      (fn
        ([] (f1))
        ([ret v]
         (if (sequential? v)
           (p/coll-reduce (flatten v) f1 ret)
           (f1 ret v)))))))

(defcurried take-while
  "The values of the reduction of coll while pred holds for them."
  {:added "1.5"}
  [pred coll]
  (reducer coll
    (fn [f1]
      (rfn [f1 k]
        ([ret k v] (if (pred k v) (f1 ret k v) (reduced ret)))))))

(defcurried take
  "The first n values of the reduction of coll."
  {:added "1.5"}
  [n coll]
  (reducer coll
    (fn [f1]
      (let [cnt (atom n)]
        (rfn [f1 k]
          ([ret k v]
           (swap! cnt dec)
           (cond
             (neg? @cnt) (reduced ret)
             (zero? @cnt) (reduced (f1 ret k v))
             :else (f1 ret k v))))))))

(defcurried drop
  "The values of the reduction of coll after the first n."
  {:added "1.5"}
  [n coll]
  (reducer coll
    (fn [f1]
      (let [cnt (atom n)]
        (rfn [f1 k]
          ([ret k v]
           (swap! cnt dec)
           (if (neg? @cnt) (f1 ret k v) ret)))))))

(defn- foldvec
  "Folds the vector v: halves down to at most n elements, each reduced from (combinef) and the halves
  combined, as Clojure's fork/join fold splits a vector."
  [v n combinef reducef]
  (cond
    (empty? v) (combinef)
    (<= (count v) n) (reduce reducef (combinef) v)
    :else (let [split (quot (count v) 2)]
            (combinef (foldvec (subvec v 0 split) n combinef reducef)
                      (foldvec (subvec v split (count v)) n combinef reducef)))))

(extend-protocol CollFold
  nil
  (coll-fold [coll n combinef reducef] (combinef))

  Object
  (coll-fold [coll n combinef reducef]
    (reduce reducef (combinef) coll))

  clojure.lang.IPersistentVector
  (coll-fold [v n combinef reducef]
    (foldvec v n combinef reducef))

  clojure.lang.IPersistentMap
  (coll-fold [m n combinef reducef]
    (reduce reducef (combinef) m)))

(deftype ^{:doc "The result of cat: two reducibles joined, counted, seqable and foldable."} Cat [cnt left right]
  clojure.lang.Counted
  (count [_] cnt)

  clojure.lang.Seqable
  (seq [_] (concat (seq left) (seq right)))

  p/CollReduce
  (coll-reduce [this f1] (p/coll-reduce this f1 (f1)))
  (coll-reduce [_ f1 init] (p/coll-reduce right f1 (p/coll-reduce left f1 init)))

  clojure.lang.IReduceInit
  (reduce [this f1] (p/coll-reduce this f1 (f1)))
  (reduce [_ f1 init] (p/coll-reduce right f1 (p/coll-reduce left f1 init)))

  CollFold
  (coll-fold [_ n combinef reducef]
    (combinef (coll-fold left n combinef reducef)
              (coll-fold right n combinef reducef))))

(defn cat
  "A combining function for fold that catenates the partial results: with no arguments a new
  java.util.ArrayList; with two, left and right joined in a reducible, foldable, seqable, counted Cat
  (or one of them when the other is empty). (cat ctor) is such a function whose identity is (ctor)."
  {:added "1.5"}
  ([] (java.util.ArrayList.))
  ([ctor]
   (fn
     ([] (ctor))
     ([left right] (cat left right))))
  ([left right]
   (cond
     (zero? (count left)) right
     (zero? (count right)) left
     :else (Cat. (+ (count left) (count right)) left right))))

(defn append!
  "Adds x to the java.util.Collection acc and returns acc."
  {:added "1.5"}
  [^java.util.Collection acc x]
  (doto acc (.add x)))

(defn foldcat
  "(fold cat append! coll): the values of the reduction of coll collected into a foldable collection."
  {:added "1.5"}
  [coll]
  (fold cat append! coll))

(defn monoid
  "A combining function for fold from the associative operator op and the identity constructor ctor:
  (ctor) with no arguments, (op a b) with two."
  {:added "1.5"}
  [op ctor]
  (fn m
    ([] (ctor))
    ([a b] (op a b))))
