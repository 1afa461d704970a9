(ns clojure.core.protocols
  "The protocols behind reduction and datafy/nav: CollReduce, InternalReduce and IKVReduce (reduce,
  internal seq reduction, reduce-kv), Datafiable and Navigable (clojure.datafy), plus
  iterator-reduce!.

  In mino, clojure.core/reduce and reduce-kv do not dispatch through these protocols (they are Java
  builtins); coll-reduce and kv-reduce do, and so does clojure.core.reducers. Every collection mino
  has reduces through them as Clojure's do.")

(defprotocol CollReduce
  "Reduction a collection performs itself, faster than walking its seq. coll-reduce without val starts
  from the first element (or returns (f) when there is none), as reduce does. Extended to nil and
  Object (by clojure.core/reduce); reducers and Cat implement it."
  (coll-reduce [coll f] [coll f val] "Reduces coll with f, as reduce does, starting from val when given."))

(defprotocol InternalReduce
  "Reduction a concrete seq performs itself: (internal-reduce s f start)."
  (internal-reduce [seq f start] "Reduces the seq with f, starting from start."))

(defprotocol IKVReduce
  "reduce-kv for associative types, with f called as (f acc key val): (kv-reduce amap f init)."
  (kv-reduce [amap f init] "Reduces amap with f of the result so far, a key and its value, starting from init."))

(extend-protocol CollReduce
  nil
  (coll-reduce
    ([coll f] (f))
    ([coll f val] val))

  Object
  (coll-reduce
    ([coll f] (reduce f coll))
    ([coll f val] (reduce f val coll))))

(extend-protocol InternalReduce
  nil
  (internal-reduce [s f val] val)

  Object
  (internal-reduce [s f val] (reduce f val s)))

(extend-protocol IKVReduce
  nil
  (kv-reduce [amap f init] init)

  clojure.lang.IPersistentMap
  (kv-reduce [amap f init] (reduce-kv f init amap))

  clojure.lang.IKVReduce
  (kv-reduce [amap f init] (reduce-kv f init amap)))

(defn iterator-reduce!
  "Reduces the remaining elements of the java.util.Iterator iter with f (from val, or from the first
  element, or (f) when there is none), consuming the iterator; stops early on a reduced value."
  ([^java.util.Iterator iter f]
   (if (.hasNext iter)
     (iterator-reduce! iter f (.next iter))
     (f)))
  ([^java.util.Iterator iter f val]
   (loop [ret val]
     (if (.hasNext iter)
       (let [ret (f ret (.next iter))]
         (if (reduced? ret)
           @ret
           (recur ret)))
       ret))))

(defprotocol Datafiable
  "Turning an object into data (clojure.datafy/datafy). Values may implement it by metadata."
  :extend-via-metadata true
  (datafy [o] "A representation of o as data (o itself by default)."))

(extend-protocol Datafiable
  nil
  (datafy [_] nil)

  Object
  (datafy [x] x))

(defprotocol Navigable
  "Navigating from data to what it stands for (clojure.datafy/nav). Values may implement it by metadata."
  :extend-via-metadata true
  (nav [coll k v] "v (possibly transformed) in the context of coll and k, a key or index or nil; v itself by default."))

(extend-protocol Navigable
  Object
  (nav [_ _ x] x))
