(ns reducers-test
  "clojure.core.reducers and clojure.core.protocols' reduction protocols: reducers compose into one
  reducing function, fold partitions and combines, cat/foldcat/append!/monoid, with Clojure 1.12's
  results."
  (:require [clojure.test :refer :all]
            [clojure.core.reducers :as r]
            [clojure.core.protocols :as p]))

(deftest reducers-reduce
  (is (= 9 (r/reduce + (r/map inc [1 2 3]))))
  (is (= 9 (reduce + (r/map inc [1 2 3]))))
  (is (= 14 (r/reduce + 5 (r/map inc [1 2 3]))))
  (testing "without init, (f) is the initial value"
    (is (= 0 (r/reduce + [])))
    (is (= [] (r/reduce conj [])))
    (is (= [1 2] (r/reduce conj [1 2]))))
  (testing "maps are reduced as (f acc key val)"
    (is (= 3 (r/reduce (fn [acc k v] (+ acc v)) 0 {:a 1 :b 2})))
    (is (= #{:a :b} (r/reduce (fn [acc k v] (conj acc k)) #{} {:a 1 :b 2}))))
  (testing "reduced stops early"
    (is (= 6 (r/reduce (fn [acc x] (if (> x 3) (reduced acc) (+ acc x))) 0 (range 10))))))

(deftest transformations
  (are [expected result] (= expected (into [] result))
    [2 3 4] (r/map inc [1 2 3])
    [0 2 4 6 8] (r/filter even? (range 10))
    [1 3 5 7 9] (r/remove even? (range 10))
    [1 1 2 2 3 3] (r/mapcat (fn [x] [x x]) [1 2 3])
    [0 1 2] (r/take 3 (range 10))
    [] (r/take 0 (range 10))
    [0 1 2] (r/take 5 [0 1 2])
    [7 8 9] (r/drop 7 (range 10))
    [] (r/drop 20 (range 10))
    [0 1 2 3] (r/take-while #(< % 4) (range 10))
    [] (r/take-while neg? (range 10))
    [1 2 3 4 5] (r/flatten [1 [2 [3 4]] [[5]]])
    [1 2 3] (r/flatten [[] [1 [2]] 3 ()])
    [2 4] (r/filter even? (r/map inc [0 1 2 3]))
    [3 5] (r/map inc (r/filter even? [1 2 3 4]))
    [1 2] (r/take 2 (r/map inc (range)))))

(deftest curried-forms
  (is (= [2 3] (into [] ((r/map inc) [1 2]))))
  (is (= [2] (into [] ((r/filter even?) [1 2 3]))))
  (is (= [1 3] (into [] ((r/remove even?) [1 2 3]))))
  (is (= [1] (into [] ((r/take 1) [1 2 3]))))
  (is (= [3] (into [] ((r/drop 2) [1 2 3]))))
  (is (= [1 2] (into [] ((r/take-while #(< % 3)) [1 2 3]))))
  (is (= [:a :a] (into [] ((r/mapcat #(repeat 2 %)) [:a]))))
  (is (= [1 2] (into [] ((r/flatten) [[1] [[2]]]))))
  (is (= [3 5] (into [] (->> [1 2 3 4] (r/filter even?) (r/map inc))))))

(deftest laziness-of-reducers
  (testing "nothing runs until the reducer is reduced"
    (let [calls (atom 0)
          red (r/map (fn [x] (swap! calls inc) x) [1 2 3])]
      (is (= 0 @calls))
      (is (= 6 (reduce + red)))
      (is (= 3 @calls))))
  (testing "take stops the source early, at the value after the last one taken"
    (let [seen (atom [])]
      (is (= [0 1] (into [] (r/take 2 (r/map (fn [x] (swap! seen conj x) x) (range 100))))))
      (is (= [0 1 2] @seen)))
    (let [seen (atom [])]
      (is (= [0 1] (into [] (r/take 2 (r/map (fn [x] (swap! seen conj x) x) [0 1])))))
      (is (= [0 1] @seen) "a source that ends first"))))

(deftest fold-fn
  (is (= 500500 (r/fold + (vec (range 1001)))))
  (is (= 500500 (r/fold + + (vec (range 1001)))))
  (is (= 500500 (r/fold 10 + + (vec (range 1001)))))
  (is (= 501501 (r/fold + (r/map inc (vec (range 1001))))))
  (is (= 250000 (r/fold + (r/filter odd? (vec (range 1000))))))
  (is (= 0 (r/fold + [])))
  (is (= 0 (r/fold + nil)))
  (is (= 10 (r/fold + '(1 2 3 4))))
  (is (= 6 (r/fold + #{1 2 3})))
  (testing "maps fold with reducef called as (reducef acc key val)"
    (is (= 6 (r/fold + (fn ([] 0) ([acc k v] (+ acc v))) {:a 1 :b 2 :c 3}))))
  (testing "partitions of at most n elements, each reduced from (combinef)"
    (let [partitions (r/fold 2 (fn ([] []) ([a b] [a b])) conj [1 2 3 4 5])]
      (is (= [[1 2] [[3] [4 5]]] partitions))))
  (testing "non-foldable reducers (take, drop) fold as one reduction"
    (is (= 1 (r/fold + (r/take 2 (vec (range 10))))))
    (is (= 17 (r/fold + (r/drop 8 (vec (range 10))))))))

(deftest monoid-fn
  (let [m (r/monoid + (constantly 0))]
    (is (= 0 (m)))
    (is (= 5 (m 2 3)))
    (is (= 4950 (r/fold m + (vec (range 100))))))
  (let [m (r/monoid into vector)]
    (is (= [] (m)))
    (is (= [1 2 3] (r/fold 1 m conj [1 2 3])))))

(deftest cat-and-foldcat
  (is (instance? java.util.ArrayList (r/cat)))
  (is (= [1 2] (into [] (r/cat [1] [2]))))
  (is (= 2 (count (r/cat [1] [2]))))
  (is (= [1] (r/cat [1] [])))
  (is (= [2] (r/cat [] [2])))
  (is (= '(1 2 3) (seq (r/cat [1] [2 3]))))
  (is (= 3 (count (r/->Cat 3 [1] [2 3]))))
  (is (= [1 2 3] (into [] (r/->Cat 3 [1] [2 3]))))
  (is (= [1] (into [] (r/append! (r/cat) 1))))
  (let [acc (java.util.ArrayList.)]
    (is (identical? acc (r/append! acc :x)))
    (is (= [:x] (vec acc))))
  (is (= [1 2 3 4 5] (vec (r/foldcat (r/map inc (vec (range 5)))))))
  (let [big (r/foldcat (r/map inc (vec (range 2000))))]
    (is (= 2000 (count big)))
    (is (= 2001000 (reduce + big)))
    (is (= (range 1 2001) (seq big)))
    (is (= 2001000 (r/fold + big))))
  (let [ctor-cat (r/cat vector)]
    (is (= [] (ctor-cat)))
    (is (= [1 2] (into [] (ctor-cat [1] [2]))))))

(deftest coll-fold-protocol
  (is (satisfies? r/CollFold [1 2]))
  (is (= 6 (r/coll-fold [1 2 3] 512 + +)))
  (is (= 0 (r/coll-fold nil 512 + +)))
  (let [folded (reify r/CollFold (coll-fold [_ n combinef reducef] [:folded n]))]
    (is (= [:folded 512] (r/fold + folded)))
    (is (= [:folded 7] (r/fold 7 + + folded)))))

(deftest coll-reduce-protocol
  (is (= 6 (p/coll-reduce [1 2 3] +)))
  (is (= 16 (p/coll-reduce [1 2 3] + 10)))
  (is (= 0 (p/coll-reduce nil +)))
  (is (= :init (p/coll-reduce nil + :init)))
  (is (= 3 (p/coll-reduce (range 3) +)))
  (is (= 6 (p/coll-reduce (r/map inc [0 1 2]) +)))
  (testing "a type reducing itself by extending CollReduce, as the reducers use it"
    (let [countdown (reify p/CollReduce
                      (coll-reduce [this f] (p/coll-reduce this f (f)))
                      (coll-reduce [_ f init] (reduce f init [3 2 1])))]
      (is (= 6 (p/coll-reduce countdown +)))
      (is (= [4 3 2] (into [] (r/map inc countdown))))
      (is (= 9 (r/reduce + (r/map inc countdown)))))))

(deftest kv-and-internal-reduce
  (is (= [:a 1 :b 2] (p/kv-reduce (array-map :a 1 :b 2) (fn [acc k v] (conj acc k v)) [])))
  (is (= :init (p/kv-reduce nil (fn [acc k v] acc) :init)))
  (is (= [0 :x 1 :y] (p/kv-reduce [:x :y] (fn [acc k v] (conj acc k v)) [])))
  (is (= 10 (p/internal-reduce (seq [1 2 3]) + 4)))
  (is (= 4 (p/internal-reduce nil + 4))))

(deftest iterator-reduce
  (is (= 6 (p/iterator-reduce! (.iterator [1 2 3]) +)))
  (is (= 16 (p/iterator-reduce! (.iterator [1 2 3]) + 10)))
  (is (= 0 (p/iterator-reduce! (.iterator []) +)))
  (is (= 3 (p/iterator-reduce! (.iterator [1 2 3 4]) (fn [acc x] (if (= x 3) (reduced acc) (+ acc x))) 0)))
  (let [it (.iterator [1 2 3])]
    (p/iterator-reduce! it +)
    (is (false? (.hasNext it)))))

(def ^:dynamic *fold-var* :root)

(deftest fold-in-parallel
  (let [v (vec (range 100000))]
    (testing "fold's halves run as fork/join tasks; the result is the same as a reduce"
      (is (= (reduce + v) (r/fold 100 + + v)))
      (is (= (frequencies (map even? v))
             (r/fold 1000 (partial merge-with +) (fn [m x] (update m (even? x) (fnil inc 0))) v))))
    (testing "an exception thrown in a task reaches fold's caller as itself"
      (is (= ["boom" {:x 4242}]
             (try (r/fold 10 + (fn [a x] (if (= x 4242) (throw (ex-info "boom" {:x x})) (+ a x))) v)
                  (catch clojure.lang.ExceptionInfo e [(ex-message e) (ex-data e)])))))
    (testing "the tasks see dynamic vars' root values, not the caller's bindings"
      (is (= #{:root} (binding [*fold-var* :bound]
                        (r/fold 10 (fn ([] #{}) ([a b] (into a b))) (fn [a _] (conj a *fold-var*)) (vec (range 100)))))))
    (testing "a cat of folded parts folds its halves in parallel too"
      (is (= (reduce + (map inc v)) (r/fold + (r/foldcat (r/map inc v))))))))

(deftest pool-and-fjtask
  (r/fold 10 + + (vec (range 100)))
  (testing "pool is a delay, forced by the first fold"
    (is (delay? r/pool))
    (is (realized? r/pool))
    #?(:mino (is (or (nil? @r/pool) (instance? java.util.concurrent.ForkJoinPool @r/pool))
                 "nil when the state may not start threads")
       :clj (is (instance? java.util.concurrent.ForkJoinPool @r/pool))))
  (testing "fjtask wraps a fn as a ForkJoinTask"
    (is (instance? java.util.concurrent.ForkJoinTask (r/fjtask (constantly 5))))))
