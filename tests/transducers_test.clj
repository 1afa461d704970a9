(ns transducers-test
  "Transducers: every transducer arity of clojure.core, transduce/into/sequence/eduction, early
  termination with reduced, completion of stateful transducers, and reduce's own contract."
  (:require [clojure.test :refer :all]))

(deftest stateless-transducers
  (is (= [2 3 4] (into [] (map inc) [1 2 3])))
  (is (= [5 7] (sequence (map +) [1 2] [4 5 6])) "map with several inputs")
  (is (= [0 2 4] (into [] (filter even?) (range 5))))
  (is (= [1 3] (into [] (remove even?) (range 5))))
  (is (= [:a :c] (into [] (keep {1 :a 3 :c}) [1 2 3])))
  (is (= [false true] (into [] (keep even?) [1 2])))
  (is (= [[0 :a] [1 :b]] (into [] (map-indexed vector) [:a :b])))
  (is (= [:b :d] (into [] (keep-indexed (fn [i x] (when (odd? i) x))) [:a :b :c :d])))
  (is (= [1 2 3 4] (into [] cat [[1 2] [3] [] [4]])))
  (is (= [1 1 2 2] (into [] (mapcat (fn [x] [x x])) [1 2])))
  (is (= [:x 2 :x] (into [] (replace {1 :x 3 :x}) [1 2 3])))
  (is (= [] (into [] (random-sample 0) (range 10))))
  (is (= [0 1 2] (into [] (random-sample 1) (range 3)))))

(deftest take-drop-transducers
  (is (= [0 1 2] (into [] (take 3) (range))) "take ends an infinite reduction")
  (is (= [] (into [] (take 0) (range))))
  (is (= [1 2] (into [] (take 5) [1 2])))
  (is (= [3 4] (into [] (drop 3) (range 5))))
  (is (= [0 1] (into [] (drop -1) [0 1])))
  (is (= [0 1 2] (into [] (take-while #(< % 3)) (range))))
  (is (= [3 4] (into [] (drop-while #(< % 3)) (range 5))))
  (is (= [3 0] (into [] (drop-while #(< % 3)) [0 3 0])) "drop-while stops dropping for good")
  (is (= [0 3 6] (into [] (take-nth 3) (range 8))))
  (is (= [0 2 4] (into [] (comp (take-nth 2) (take 3)) (range)))))

(deftest stateful-transducers
  (is (= [[0 1 2] [3 4 5] [6 7]] (into [] (partition-all 3) (range 8))) "partition-all flushes at completion")
  (is (= [[0 1] [2 3]] (into [] (partition-all 2) (range 4))))
  (is (= [] (into [] (partition-all 2) [])))
  (is (= [[1 1] [2] [1]] (into [] (partition-by identity) [1 1 2 1])))
  (is (= [[1 3] [2 4]] (into [] (partition-by odd?) [1 3 2 4])) "partition-by flushes at completion")
  (is (= [[1 2] [3]] (into [] (partitionv-all 2) [1 2 3])))
  (is (= [1 2 3] (into [] (distinct) [1 2 1 3 2])))
  (is (= [1 2 1] (into [] (dedupe) [1 1 2 2 1])))
  (is (= [nil 1] (into [] (dedupe) [nil nil 1])))
  (is (= [1 :x 2 :x 3] (into [] (interpose :x) [1 2 3])))
  (is (= [] (into [] (interpose :x) [])))
  (is (= [1] (into [] (interpose :x) [1])))
  (testing "fresh state per use"
    (let [xf (partition-all 2)]
      (is (= [[1 2] [3]] (into [] xf [1 2 3])))
      (is (= [[4 5] [6]] (into [] xf [4 5 6]))))
    (let [xf (take 2)]
      (is (= [1 2] (into [] xf [1 2 3])))
      (is (= [1 2] (into [] xf [1 2 3]))))))

(deftest early-termination
  (is (= [[0 1]] (into [] (comp (take 2) (partition-all 5)) (range)))
      "completion runs after an early stop, flushing the partial partition")
  (is (= [1 2 1] (into [] (comp cat (take 3)) (repeat [1 2])))
      "reduced from inside cat stops the outer reduction")
  (is (= [[0 1 2] [3 4 5]] (into [] (comp (partition-all 3) (take 2) cat (partition-all 3)) (range))))
  (let [n (atom 0)]
    (into [] (comp (map (fn [x] (swap! n inc) x)) (take 3)) (range))
    (is (= 3 @n) "nothing is consumed after take is satisfied"))
  (let [n (atom 0)]
    (transduce (comp (map (fn [x] (swap! n inc) x)) (take-while #(< % 4))) + (range))
    (is (= 5 @n) "take-while consumes the first failing element only"))
  (is (= [0 1 0 1] (into [] (comp cat (take 4)) (repeat [0 1])))))

(deftest halt-when-xf
  (is (= 5 (into [] (halt-when odd?) [2 4 5 6])) "the halting input is the result")
  (is (= [2 4 6] (into [] (halt-when odd?) [2 4 6])) "no halt: the ordinary result")
  (is (= [[2 4] 5] (into [] (halt-when odd? (fn [acc x] [acc x])) [2 4 5 6]))
      "retf gets the completed result and the input")
  (is (= 3 (transduce (halt-when #(> % 2)) + 0 [1 2 3 4])))
  (is (= 3 (transduce (halt-when #(> % 2) (fn [acc _] acc)) + 0 [1 2 3 4]))))

(deftest transduce-fn
  (is (= 9 (transduce (map inc) + [1 2 3])))
  (is (= 19 (transduce (map inc) + 10 [1 2 3])))
  (is (= 0 (transduce (map inc) + [])) "init defaults to (f)")
  (is (= 9 (transduce (filter odd?) + (range 6))))
  (is (= "abc" (transduce (map name) str [:a :b :c])))
  (is (= [1 2] (transduce (take 2) conj [1 2 3])))
  (is (= [2 3] (transduce identity (completing conj) [] [2 3])))
  (is (= 6 (transduce (map identity) (completing + (fn [x] (* 2 x))) 0 [1 2])) "completion runs on the result")
  (is (= 3 (transduce cat + [[1] [2]]))))

(deftest completing-fn
  (let [f (completing + str)]
    (is (= 0 (f)))
    (is (= "3" (f 3)))
    (is (= 5 (f 2 3))))
  (let [f (completing conj)]
    (is (= [1] (f [1])) "identity completion")
    (is (= [] (f)))))

(deftest into-fn
  (is (= [] (into)))
  (is (= [1] (into [1])))
  (is (= [1 2 3] (into [1] [2 3])))
  (is (= '(3 2 1) (into () [1 2 3])))
  (is (= '(2 1) (into nil [1 2])))
  (is (= {:a 1 :b 2} (into {} [[:a 1] [:b 2]])))
  (is (= {:a 1} (into {} {:a 1})))
  (is (= #{1 2} (into #{} [1 2 1])))
  (is (= [[:a 1]] (into [] {:a 1})))
  (is (= {:a 2} (into {:a 1} (map (fn [[k v]] [k (inc v)])) {:a 1})))
  (is (= '(3 2) (into () (map inc) [1 2])))
  (is (= {:m true} (meta (into (with-meta [] {:m true}) [1 2]))) "into keeps to's metadata")
  (is (= {:m true} (meta (into (with-meta [] {:m true}) (map inc) [1 2]))))
  (is (= {:m true} (meta (into (with-meta {} {:m true}) [[:a 1]]))))
  (is (= {:m true} (meta (into (with-meta () {:m true}) [1]))))
  (is (= [1 2 3] (seq (into (sorted-set) [3 1 2 1]))))
  (is (sorted? (into (sorted-map) {:b 1 :a 2})))
  (is (= 50000 (count (into [] (map inc) (range 50000))))))

(deftest sequence-with-xform
  (is (= '(2 3 4) (sequence (map inc) [1 2 3])))
  (is (= () (sequence (map inc) nil)))
  (is (= () (sequence (map inc) [])))
  (is (seq? (sequence (map inc) [1])))
  (is (= '(1 3 5) (sequence (comp (filter odd?) (take 3)) (range))) "sequence is lazy")
  (is (= '([0 1 2] [3 4]) (sequence (partition-all 3) (range 5))))
  (is (= '(nil nil) (sequence (map (constantly nil)) [1 2])) "nil outputs are kept")
  (let [n (atom 0)
        s (sequence (map (fn [x] (swap! n inc) x)) (range))]
    (is (= 0 (first s)))
    (is (<= @n 33) "sequence realizes as it goes, not all of its input"))
  (is (= '(5 7 9) (sequence (map +) [1 2 3] [4 5 6])))
  (is (= '([1 :a] [2 :b]) (sequence (map vector) [1 2 3] [:a :b])) "several colls stop at the shortest"))

(deftest eduction-fn
  (let [e (eduction (map inc) (filter even?) [1 2 3 4])]
    (is (= '(2 4) (seq e)))
    (is (= [2 4] (into [] e)))
    ;; mino only: Clojure's reduce without an init on an eduction goes through CollReduce, whose
    ;; dispatch between the Iterable and IReduceInit extensions depends on the JVM's identity hashes
    ;; (it fails with a ClassCastException in some JVM configurations)
    #?(:mino (is (= 6 (reduce + e))))
    (is (= 6 (reduce + 0 e)))
    (is (= 16 (reduce + 10 e)))
    (is (= "(2 4)" (pr-str e)) "eductions print as lists")
    (is (= 2 (first e)))
    (is (sequential? e))
    (is (= [2 4] (vec e))))
  (is (= '(1 2 3) (seq (eduction [1 2 3]))) "no transducers: the items themselves")
  (is (nil? (seq (eduction (filter neg?) [1 2]))))
  (is (= [3 6] (into [] (map #(* 3 %)) (eduction (map inc) [0 1]))))
  (let [n (atom 0)
        e (eduction (map (fn [x] (swap! n inc) x)) [1 2 3])]
    (reduce + 0 e)
    (reduce + 0 e)
    (is (= 6 @n) "an eduction recomputes on every reduction"))
  (is (= [[0 1] [2]] (into [] (eduction (partition-all 2) (range 3))))))

(deftest reduced-fns
  (is (reduced? (reduced 1)))
  (is (not (reduced? 1)))
  (is (= 1 @(reduced 1)))
  (is (= 1 (unreduced (reduced 1))))
  (is (= 1 (unreduced 1)))
  (is (reduced? (ensure-reduced 1)))
  (is (= 1 @(ensure-reduced (reduced 1))) "ensure-reduced does not double-wrap")
  (is (= 1 (deref (ensure-reduced 1)))))

(deftest reduce-contract
  (is (= 6 (reduce + [1 2 3])))
  (is (= 0 (reduce + [])) "empty coll without init: (f)")
  (is (= 0 (reduce + nil)))
  (is (= 1 (reduce + [1])) "one item without init: the item, f not called")
  (is (= :x (reduce (fn [_ _] :never) [:x])))
  (is (= 5 (reduce + 5 [])))
  (is (= 5 (reduce + 5 nil)))
  (is (= 10 (reduce + (range 5))))
  (is (= 3 (reduce (fn [a x] (if (= x 3) (reduced a) (+ a x))) 0 (range))) "reduced stops an infinite reduce")
  (is (= 3 (reduce (fn [a x] (if (> x 2) (reduced a) (+ a x))) [1 2 3 4])))
  (is (= "abc" (reduce str "" "abc")) "strings reduce over their chars")
  (is (= 6 (reduce + (to-array [1 2 3]))))
  (is (= [:a 1] (reduce (fn [_ e] e) nil {:a 1})) "maps reduce over entries")
  (is (= 3 (reduce + #{1 2})))
  (is (= 6 (reduce + '(1 2 3))))
  (is (= 6 (reduce + (map inc [0 1 2]))))
  (is (= 3 (reduce + (sorted-set 1 2))))
  (is (= 10 (reduce + (take 4 (iterate inc 1)))))
  (is (= 6 (reduce + (repeat 3 2))))
  (is (= 4 (reduce (fn [a x] (if (= a 4) (reduced a) (+ a x))) 0 (repeat 2))))
  (is (= 3 (reduce (fn [a x] (if (= a 3) (reduced a) (+ a x))) 0 (cycle [1 2]))))
  (is (= 3 (reduce (fn [a x] (if (> x 2) (reduced a) (+ a x))) 0 (iterate inc 0))))
  (is (= 1249975000 (reduce + (range 50000))))
  (is (= :k (reduce (fn [a x] a) :k (eduction (map inc) [1])))))

(deftest reduce-kv-fn
  (is (= {1 :a 2 :b} (reduce-kv (fn [m k v] (assoc m v k)) {} {:a 1 :b 2})))
  (is (= 4 (reduce-kv (fn [s i x] (+ s (* i x))) 0 [1 2 1])) "vectors give the index as key")
  (is (= :init (reduce-kv (fn [_ _ _] :never) :init nil)))
  (is (= :init (reduce-kv (fn [_ _ _] :never) :init {})))
  (is (= [:a] (reduce-kv (fn [acc k v] (if (= k :b) (reduced acc) (conj acc k))) [] (sorted-map :a 1 :b 2 :c 3))))
  (is (= [0 1] (reduce-kv (fn [acc i _] (if (= i 2) (reduced acc) (conj acc i))) [] [:x :y :z]))))

(deftest transducer-arities
  (let [rf ((map inc) conj)]
    (is (= [] (rf)) "init arity calls through")
    (is (= [1] (rf [1])) "completion arity calls through")
    (is (= [2] (rf [] 1)))
    (is (= [5] (((map +) conj) [] 2 3))) "map's multi-input step")
  (let [rf ((filter odd?) +)]
    (is (= 0 (rf)))
    (is (= 5 (rf 5)))
    (is (= 5 (rf 5 2)))
    (is (= 8 (rf 5 3))))
  (let [rf ((take 1) conj)]
    (is (reduced? (rf [] :a)) "take returns reduced once satisfied"))
  (let [rf ((take-while pos?) conj)]
    (is (= [1] (rf [] 1)))
    (is (reduced? (rf [] -1))))
  (is (fn? (map inc)))
  (is (fn? (comp (map inc) (filter odd?)))))
