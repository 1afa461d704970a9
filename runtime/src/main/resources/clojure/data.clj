(ns clojure.data
  "diff: what two data structures have in common and where they differ, recursively."
  (:require [clojure.set :as set]))

(declare diff)

(defn- as-vector
  "A map from indexes to values as a vector (nil for the missing indexes), or nil when it is empty."
  [m]
  (when (seq m)
    (reduce-kv assoc (vec (repeat (apply max (keys m)) nil)) m)))

(defn- diff-key
  "The [only-in-a only-in-b in-both] maps for key k of the associative a and b."
  [a b k]
  (let [in-a (contains? a k)
        in-b (contains? b k)
        va (get a k)
        vb (get b k)
        [a* b* both] (diff va vb)
        same (and in-a in-b (or (some? both) (and (nil? va) (nil? vb))))]
    [(when (and in-a (or (some? a*) (not same))) {k a*})
     (when (and in-b (or (some? b*) (not same))) {k b*})
     (when same {k both})]))

(defn- diff-associative
  "The diff of a and b over the keys ks, merging the per-key results (a seq of three, as Clojure's is)."
  [a b ks]
  (reduce (fn [acc part] (doall (map merge acc part)))
          [nil nil nil]
          (map #(diff-key a b %) ks)))

(defn- diff-sequential [a b]
  (mapv as-vector
        (diff-associative (vec a) (vec b) (range (max (count a) (count b))))))

(defn- diff-set [a b]
  [(not-empty (set/difference a b))
   (not-empty (set/difference b a))
   (not-empty (set/intersection a b))])

(defprotocol EqualityPartition
  "The kind of equality a value takes part in: values of different kinds are never equal."
  (equality-partition [x] "One of :atom, :set, :sequential or :map."))

(defprotocol Diff
  "How two values of the same equality partition are diffed."
  (diff-similar [a b] "The diff of a and b, known to be of the same equality partition."))

(defn- atom-diff [a b]
  (if (= a b) [nil nil a] [a b nil]))

(extend-protocol EqualityPartition
  nil
  (equality-partition [x] :atom)
  Object
  (equality-partition [x] (if (.. x getClass isArray) :sequential :atom))
  java.util.Set
  (equality-partition [x] :set)
  java.util.List
  (equality-partition [x] :sequential)
  java.util.Map
  (equality-partition [x] :map))

(extend-protocol Diff
  nil
  (diff-similar [a b] (atom-diff a b))
  Object
  (diff-similar [a b] (if (.. a getClass isArray) (diff-sequential a b) (atom-diff a b)))
  java.util.Set
  (diff-similar [a b] (diff-set (set a) (set b)))
  java.util.List
  (diff-similar [a b] (diff-sequential a b))
  java.util.Map
  (diff-similar [a b] (diff-associative a b (set/union (keys a) (keys b)))))

(defn diff
  "[things-only-in-a things-only-in-b things-in-both], compared recursively: maps by key, sequential
  collections by index (results as vectors), sets by element; anything else as a whole."
  [a b]
  (if (= a b)
    [nil nil a]
    (if (= (equality-partition a) (equality-partition b))
      (diff-similar a b)
      (atom-diff a b))))
