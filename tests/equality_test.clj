(ns equality-test
  "Equality (=, ==, not=, identical?), hashing consistent with =, and compare."
  (:require [clojure.test :refer :all]))

(deftest scalar-equality
  (are [x y] (= x y)
    1 1
    1.5 1.5
    "a" "a"
    "ab" (str "a" "b")
    :a :a
    :ns/a (keyword "ns" "a")
    'a 'a
    'ns/a (symbol "ns" "a")
    \a \a
    nil nil
    true true
    false false)
  (are [x y] (not= x y)
    1 2
    "a" "b"
    "a" \a
    :a "a"
    'a :a
    :a :ns/a
    nil false
    0 nil
    "" nil
    true 1))

(deftest numeric-equality
  (testing "= compares within a category: integers, floating point, ..."
    (is (= 1 1N))
    (is (= 1N 1))
    (is (not= 1 1.0))
    (is (not= 1.0 1))
    (is (not= 1N 1.0))
    (is (= 9223372036854775807 9223372036854775807N)))
  (testing "== compares numeric value across categories"
    (is (== 1 1.0))
    (is (== 1 1N))
    (is (== 1 1.0 1N))
    (is (not (== 1 2))))
  (testing "arities"
    (is (= 1))
    (is (= 1 1 1))
    (is (not (= 1 1 2)))
    (is (not= 1 1 2))
    (is (not (not= 1 1 1)))))

(deftest collection-equality
  (testing "sequential collections are equal when their elements are"
    (are [x y] (= x y)
      [1 2] '(1 2)
      '(1 2) [1 2]
      [1 2] (seq [1 2])
      [] '()
      [] ()
      [0 1 2] (range 3)
      [1 2] (map inc [0 1])
      '(1 2 3) (cons 1 [2 3])
      [[1] {:a #{2}}] [[1] {:a #{2}}]))
  (testing "maps and sets compare by contents, whatever their implementation"
    (are [x y] (= x y)
      {:a 1} {:a 1}
      {:a 1} (array-map :a 1)
      (hash-map :a 1 :b 2) (sorted-map :b 2 :a 1)
      {:a 1 :b 2} {:b 2 :a 1}
      #{1 2} #{2 1}
      #{1 2} (sorted-set 2 1)
      {} (hash-map)
      #{} (hash-set)))
  (testing "different kinds are not equal"
    (are [x y] (not= x y)
      [1 2] #{1 2}
      {} []
      [] nil
      () nil
      [1] [1.0]
      [1 2] [2 1]
      {:a 1} {:a 2}
      {:a 1} {:b 1}
      #{1} #{1 2}
      [1 2] [1 2 3]))
  (is (= [1 2] (vector 1 2) (list 1 2) (seq (list 1 2)))))

(deftest special-values
  (is (= ##Inf ##Inf))
  (is (not (== ##NaN ##NaN)))
  (is (not (= ##NaN ##NaN)))
  (is (false? (let [x ##NaN] (= x x))) "= on numbers compares values, never identity")
  (is (true? (let [x ##NaN] (not= x x))))
  (is (true? (let [v [##NaN]] (= v v))) "an identical collection is = to itself")
  (is (= 0.0 -0.0))
  (is (identical? :a :a) "keywords are interned"))

(deftest hash-consistent-with-equality
  (are [x y] (and (= x y) (= (hash x) (hash y)))
    1 1
    1 1N
    "abc" (str "a" "bc")
    :a (keyword "a")
    'a (symbol "a")
    [1 2] '(1 2)
    [1 2] (seq [1 2])
    [1 2 3] (map identity [1 2 3])
    [0 1 2] (range 3)
    [] ()
    {:a 1} (array-map :a 1)
    (hash-map :a 1 :b 2) (sorted-map :b 2 :a 1)
    #{1 2} (sorted-set 1 2)
    {:k [1 {:n #{}}]} {:k (list 1 (hash-map :n (hash-set)))}))

(deftest hash-values
  (testing "Clojure's Murmur3-based hasheq, so hash order and hashes agree with Clojure"
    (are [h x] (= h (hash x))
      0 nil
      1392991556 1
      1455541201 "a"
      0 ""
      -2123407586 :a
      -482876059 'a
      -2017569654 []
      -2017569654 ()
      -15128758 {}
      -15128758 #{}
      156247261 [1 2]
      1231 true)))

(deftest equal-keys-find-each-other
  (is (= :v (get {[1 2] :v} '(1 2))))
  (is (= :a (get {1 :a} 1N)))
  (is (contains? #{[1]} (list 1)))
  (is (not (contains? #{1} 1.0)))
  (is (= 1 (count (hash-set [1 2] '(1 2)))))
  (is (= 1 (count (conj #{} 1 1N)))))

(deftest comparison
  (are [x y] (neg? (compare x y))
    1 2
    1.5 2
    "a" "b"
    :a :b
    'a 'b
    [1 2] [1 3]
    [1 2] [1 2 3]
    nil 1
    false true)
  (is (zero? (compare "x" "x")))
  (is (zero? (compare [1 2] [1 2])))
  (is (pos? (compare 3 1)))
  (is (= -1 (compare 1 2)))
  (is (= 1 (compare [1 2 3] [1 3])) "vectors compare by length first")
  (is (= [1 2 3] (sort [3 1 2])))
  (is (= ["a" "b" "c"] (sort ["c" "a" "b"]))))
