(ns records-test
  "defrecord: records are persistent maps with a type — construction, lookup, assoc/dissoc, equality,
  hashing, metadata, printing, instance?/record?, inline protocol implementations."
  (:require [clojure.test :refer :all]))

(defrecord Point [x y])
(defrecord Point3 [x y z])
(defrecord Other [x y])
(defrecord Nothing [])

(def defrecord-result (defrecord Tmp [a]))

(deftest construction
  (is (= Tmp defrecord-result) "defrecord returns the type")
  (is (= (->Point 1 2) (map->Point {:x 1 :y 2})))
  (is (= 1 (:x (->Point 1 2))))
  (is (= 2 (:y (->Point 1 2))))
  (testing "map-> fills missing fields with nil and keeps extra keys"
    (is (nil? (:y (map->Point {:x 1}))))
    (is (= 2 (count (map->Point {:x 1}))))
    (is (= 3 (:z (map->Point {:x 1 :y 2 :z 3}))))
    (is (= 3 (count (map->Point {:x 1 :y 2 :z 3})))))
  (testing "factories carry Clojure's docstrings and arglists"
    (is (= '([x y]) (:arglists (meta #'->Point))))
    (is (= "Positional factory function for class records_test.Point." (:doc (meta #'->Point))))
    (is (= "Factory function for class records_test.Point, taking a map of keywords to field values."
           (:doc (meta #'map->Point)))))
  (testing "wrong arity"
    (is (thrown? Exception (->Point 1)))
    (is (thrown? Exception (->Point 1 2 3)))))

(deftest lookup
  (let [p (->Point 1 2)]
    (is (= 1 (get p :x)))
    (is (nil? (get p :z)))
    (is (= :nf (get p :z :nf)))
    (is (= :nf (:z p :nf)))
    (is (contains? p :x))
    (is (not (contains? p :z)))
    (is (= [:x 1] (find p :x)))
    (is (nil? (find p :z)))
    (is (= 2 (count p)))
    (is (= [[:x 1] [:y 2]] (vec (seq p))))
    (is (= [:x :y] (keys p)))
    (is (= [1 2] (vals p)))
    (is (= [1 2] (let [{:keys [x y]} p] [x y])))
    (is (= 3 (reduce-kv (fn [acc k v] (+ acc v)) 0 p)))
    (is (= [[:x 1] [:y 2]] (into [] p)))
    (is (= {:x 1} (select-keys p [:x])))))

(deftest assoc-and-dissoc
  (let [p (->Point 1 2)]
    (testing "assoc of a field keeps the type"
      (is (= (->Point 10 2) (assoc p :x 10)))
      (is (instance? Point (assoc p :x 10)))
      (is (= 1 (:x p)) "persistent: the original is unchanged"))
    (testing "assoc of another key adds an extra entry to the record"
      (let [q (assoc p :z 3)]
        (is (record? q))
        (is (instance? Point q))
        (is (= 3 (count q)))
        (is (= 3 (:z q)))
        (is (= [:x :y :z] (keys q)))
        (is (not= p q))
        (is (= p (dissoc q :z)))
        (is (record? (dissoc q :z)))))
    (testing "dissoc of a field gives a plain map"
      (let [m (dissoc p :x)]
        (is (= {:y 2} m))
        (is (not (record? m)))
        (is (map? m))))
    (testing "dissoc of an absent key is the same record"
      (is (= p (dissoc p :nope)))
      (is (record? (dissoc p :nope))))
    (testing "conj, merge, update, into"
      (is (= (->Point 5 2) (conj p [:x 5])))
      (is (= (assoc p :z 9) (merge p {:z 9})))
      (is (instance? Point (merge p {:z 9})))
      (is (= (->Point 2 2) (update p :x inc)))
      (is (= (->Point 1 3) (update-in p [:y] inc)))
      (is (= {:x 1 :y 2} (into {} p)))
      (is (not (record? (into {} p))))
      (is (= (->Point 7 8) (into p {:x 7 :y 8}))))
    (testing "assoc-in through nested records"
      (let [seg {:from (->Point 0 0) :to (->Point 1 1)}]
        (is (= (->Point 0 5) (:from (assoc-in seg [:from :y] 5))))))))

(deftest equality
  (testing "equal to records of the same type with equal fields"
    (is (= (->Point 1 2) (->Point 1 2)))
    (is (not= (->Point 1 2) (->Point 1 3)))
    (is (= (->Point [1] {:a 1}) (->Point [1] {:a 1})))
    (is (= (->Point 1 2) (->Point 1N 2))))
  (testing "never equal to a plain map"
    (is (not= (->Point 1 2) {:x 1 :y 2}))
    (is (not= {:x 1 :y 2} (->Point 1 2)))
    (is (not (= (->Point 1 2) (hash-map :x 1 :y 2)))))
  (testing "never equal to a record of another type"
    (is (not= (->Point 1 2) (->Other 1 2))))
  (testing "extra keys take part"
    (is (not= (->Point 1 2) (assoc (->Point 1 2) :z nil)))
    (is (= (assoc (->Point 1 2) :z 3) (assoc (->Point 1 2) :z 3))))
  (testing "metadata does not"
    (is (= (->Point 1 2) (with-meta (->Point 1 2) {:a 1}))))
  (testing "empty records"
    (is (= (->Nothing) (->Nothing)))
    (is (zero? (count (->Nothing))))
    (is (nil? (seq (->Nothing))))))

(deftest hashing
  (is (= (hash (->Point 1 2)) (hash (->Point 1 2))))
  (is (= (hash (->Point 1 2)) (hash (map->Point {:x 1 :y 2}))))
  (is (not= (hash (->Point 1 2)) (hash {:x 1 :y 2})))
  (is (= (hash (->Point 1 2)) (hash (with-meta (->Point 1 2) {:m 1}))))
  (testing "records work as keys and set members"
    (is (= :found (get {(->Point 1 2) :found} (->Point 1 2))))
    (is (nil? (get {(->Point 1 2) :found} {:x 1 :y 2})))
    (is (= 1 (count (set [(->Point 1 2) (->Point 1 2)]))))
    (is (= 2 (count (set [(->Point 1 2) {:x 1 :y 2}]))))
    (is (= {(->Point 0 0) 2} (frequencies [(->Point 0 0) (->Point 0 0)])))))

(deftest metadata
  (let [p (with-meta (->Point 1 2) {:tag :a})]
    (is (= {:tag :a} (meta p)))
    (is (nil? (meta (->Point 1 2))))
    (is (= {:tag :a} (meta (assoc p :x 5))))
    (is (= {:tag :a} (meta (assoc p :q 5))))
    (is (= {:tag :b} (meta (vary-meta p assoc :tag :b))))))

(deftest type-predicates
  (let [p (->Point 1 2)]
    (is (record? p))
    (is (not (record? {:x 1})))
    (is (not (record? nil)))
    (is (map? p))
    (is (coll? p))
    (is (associative? p))
    (is (not (sequential? p)))
    (is (instance? Point p))
    (is (not (instance? Point {:x 1 :y 2})))
    (is (not (instance? Point (->Other 1 2))))
    (is (not (instance? Point nil)))
    (is (instance? java.util.Map p))
    (is (= Point (class p)))
    (is (= Point (type p)))
    (is (not= Point Other))
    (is (= ::custom (type (with-meta p {:type ::custom}))))
    (is (class? Point))))

(deftest printing
  (is (= "#records_test.Point{:x 1, :y 2}" (pr-str (->Point 1 2))))
  (is (= "#records_test.Point{:x \"a\", :y nil}" (pr-str (->Point "a" nil))))
  (is (= "#records_test.Point{:x 1, :y 2, :z 3}" (pr-str (assoc (->Point 1 2) :z 3))))
  (is (= "[#records_test.Point{:x 1, :y 2}]" (pr-str [(->Point 1 2)])))
  (is (= "#records_test.Point{:x #records_test.Point{:x 1, :y 2}, :y nil}" (pr-str (->Point (->Point 1 2) nil))))
  (is (= "#records_test.Nothing{}" (pr-str (->Nothing))))
  (is (= "#records_test.Point{:x a, :y nil}" (print-str (->Point "a" nil))))
  (is (= "records_test.Point" (pr-str Point)))
  (is (= "class records_test.Point" (str Point)))
  (is (= "#records_test.Point{:x 1, :y 2}\n" (with-out-str (prn (->Point 1 2))))))

(defprotocol HasArea (area [s]))
(defprotocol Movable (move [s dx dy]) (origin? [s]))

(defrecord Square [side corner]
  HasArea
  (area [_] (* side side))
  Movable
  (move [this dx dy] (assoc this :corner (->Point (+ (:x corner) dx) (+ (:y corner) dy))))
  (origin? [_] (= corner (->Point 0 0))))

(deftest inline-implementations
  (let [s (->Square 3 (->Point 0 0))]
    (is (= 9 (area s)))
    (is (origin? s))
    (is (= (->Point 1 2) (:corner (move s 1 2))))
    (is (not (origin? (move s 1 2))))
    (is (instance? Square (move s 1 2)))
    (is (satisfies? HasArea s))
    (is (satisfies? Movable s))
    (is (not (satisfies? HasArea (->Point 1 2))))))

(defrecord Temp [deg]
  Object
  (toString [_] (str deg " degrees")))

(deftest record-to-string
  (is (= "21 degrees" (str (->Temp 21))))
  (is (= "#records_test.Temp{:deg 21}" (pr-str (->Temp 21)))))

(defprotocol Shadow (shadow [r x]))
(defrecord Shadowed [x]
  Shadow
  (shadow [_ x] x))

(deftest parameters-shadow-fields
  (is (= 2 (shadow (->Shadowed 1) 2))))

(defprotocol Summer (sum-to [r n acc]))
(defrecord Acc [base]
  Summer
  (sum-to [_ n acc] (if (zero? n) (+ base acc) (recur (dec n) (+ acc n)))))

(deftest recur-in-record-methods
  (is (= 115 (sum-to (->Acc 100) 5 0))))

(deftest records-in-collections
  (let [pts [(->Point 3 1) (->Point 1 2) (->Point 2 0)]]
    (is (= [1 2 3] (map :x (sort-by :x pts))))
    (is (= {1 [(->Point 1 2)] 2 [(->Point 2 0)] 3 [(->Point 3 1)]} (group-by :x pts)))
    (is (= 6 (reduce + (map :x pts))))
    (is (= [(->Point 1 2)] (filter #(= 2 (:y %)) pts)))))

(deftest empty-is-unsupported
  (is (thrown? UnsupportedOperationException (empty (->Point 1 2)))))

(deftest interop-construction-and-fields
  (is (= (->Point 1 2) (Point. 1 2)))
  (is (= (->Point 1 2) (new Point 1 2)))
  (is (= 1 (.-x (->Point 1 2))))
  (is (instance? clojure.lang.IPersistentMap (->Point 1 2)))
  (is (instance? clojure.lang.IRecord (->Point 1 2))))

(defrecord Version [major minor]
  Comparable
  (compareTo [_ o] (compare [major minor] [(:major o) (:minor o)])))

(deftest comparable-records
  (is (= [(->Version 1 2) (->Version 1 10) (->Version 2 0)]
         (sort [(->Version 2 0) (->Version 1 10) (->Version 1 2)])))
  (is (neg? (compare (->Version 1 0) (->Version 1 1))))
  (is (zero? (compare (->Version 1 1) (->Version 1 1))))
  (is (= (->Version 3 0) (first (sort-by identity #(compare %2 %1) [(->Version 1 0) (->Version 3 0)]))))
  (is (= [(->Version 0 1) (->Version 0 2)] (vec (sorted-set (->Version 0 2) (->Version 0 1)))))
  (is (thrown? ClassCastException (compare (->Point 1 2) (->Point 1 3)))))

