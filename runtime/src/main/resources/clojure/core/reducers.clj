(ns clojure.core.reducers
  "Reducers: collection functions (map, filter, mapcat, take, ...) that return reducible recipes instead
  of seqs — composing them builds one reducing function, applied when the result is reduced — and fold,
  a reduce over partitions combined with a combining function.

  fold splits a vector in halves down to partitions of at most n elements, as Clojure's does, reduces each
  partition from (combinef) with reducef and combines the halves with combinef. The halves run in
  parallel on the state's own fork/join pool (pool), whose workers are bounded by the threads the state
  is granted; a state granted none folds on the calling thread, with the same result. Maps fold serially."
  (:refer-clojure :exclude [reduce map mapcat filter remove take take-while drop flatten cat])
  (:require [clojure.core.protocols :as p]))

;; pool, fjtask and fork-join, fold's parallel step (dev.mino.runtime.core.ReducersLib).
(clojure.core/install-native-lib 'clojure.core.reducers)

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

(defcurried map
  "A reducible, foldable view of coll whose values are (f v) (for a map's entries, (f k v)); with only f,
  a function awaiting coll."
  {:added "1.5"}
  [f coll]
  (folder coll
    (fn [f1]
      (rfn [f1 k]
        ([ret k v] (f1 ret (f k v)))))))

(defcurried mapcat
  "A reducible, foldable view of coll that gives the values of each (f v), a reducible, in turn."
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
  "A reducible, foldable view of coll with only the values pred says yes to."
  {:added "1.5"}
  [pred coll]
  (folder coll
    (fn [f1]
      (rfn [f1 k]
        ([ret k v] (if (pred k v) (f1 ret k v) ret))))))

(defcurried remove
  "A reducible, foldable view of coll without the values pred says yes to."
  {:added "1.5"}
  [pred coll]
  (filter (complement pred) coll))

(defcurried flatten
  "A reducible, foldable view of coll in which sequential values, at any depth, give their items instead
  of themselves."
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
  "A reducible view of coll that ends at the first value pred refuses."
  {:added "1.5"}
  [pred coll]
  (reducer coll
    (fn [f1]
      (rfn [f1 k]
        ([ret k v] (if (pred k v) (f1 ret k v) (reduced ret)))))))

(defcurried take
  "A reducible view of coll that ends after n values."
  {:added "1.5"}
  [n coll]
  (reducer coll
    (fn [f1]
      (let [left (atom n)]
        (rfn [f1 k]
          ([ret k v]
           ;; it is the value after the nth that ends the reduction, so the source yields one value
           ;; more than is taken (Clojure's r/take does the same)
           (if (neg? (swap! left dec))
             (reduced ret)
             (f1 ret k v))))))))

(defcurried drop
  "A reducible view of coll that skips its first n values."
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
  "Folds the vector v: halves down to at most n elements, each reduced from (combinef), the two halves
  folded in parallel and combined, as Clojure's fork/join fold splits a vector."
  [v n combinef reducef]
  (cond
    (empty? v) (combinef)
    (<= (count v) n) (reduce reducef (combinef) v)
    :else (let [split (quot (count v) 2)]
            (fork-join #(foldvec (subvec v 0 split) n combinef reducef)
                       #(foldvec (subvec v split (count v)) n combinef reducef)
                       combinef))))

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
    (fork-join #(coll-fold left n combinef reducef)
               #(coll-fold right n combinef reducef)
               combinef)))

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
  "Appends x to acc, a java.util.Collection, for foldcat; gives acc."
  {:added "1.5"}
  [^java.util.Collection acc x]
  (doto acc (.add x)))

(defn foldcat
  "Folds coll into a foldable collection of its values, using cat and append!."
  {:added "1.5"}
  [coll]
  (fold cat append! coll))

(defn monoid
  "A combining function for fold built from op, an associative function of two values, and ctor, which
  makes op's identity value: it calls (ctor) with no arguments and (op a b) with two."
  {:added "1.5"}
  [op ctor]
  (fn m
    ([] (ctor))
    ([a b] (op a b))))
