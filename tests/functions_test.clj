(ns functions-test
  "Function combinators: comp partial complement constantly identity juxt fnil memoize some-fn
  every-pred trampoline max-key min-key comparator, and apply."
  (:require [clojure.test :refer :all]))

(deftest identity-constantly-complement
  (is (= 1 (identity 1)))
  (is (nil? (identity nil)))
  (is (= 5 ((constantly 5))))
  (is (= 5 ((constantly 5) 1 2 3 4 5 6)))
  (is (nil? ((constantly nil) :x)))
  (is (false? ((complement even?) 2)))
  (is (true? ((complement even?) 1)))
  (is (false? ((complement (constantly 1)))))
  (is (true? ((complement =) 1 2)))
  (is (false? ((complement +) 1 2 3 4)))
  (is (true? (any? nil)))
  (is (true? (any? false))))

(deftest comp-fn
  (is (= 1 ((comp) 1)))
  (is (= 2 ((comp inc) 1)))
  (is (= 4 ((comp inc inc) 2)) "comp with two fns")
  (is (= 6 ((comp inc +) 1 2 2)))
  (is (= 8 ((comp inc +) 1 2 2 2)) "extra args go to the rightmost fn")
  (is (= "3" ((comp str inc) 2)))
  (is (= '(3) ((comp list inc inc) 1)))
  (is (= [2] ((comp vector inc dec inc) 1)))
  (is (= -4 ((comp - *) 2 2)))
  (is (= 10 ((comp (partial * 2) (partial + 1)) 4)))
  (is (= :a ((comp first keys) {:a 1})))
  (is (false? ((comp not identity) 1)))
  (is (= 7 ((apply comp (repeat 7 inc)) 0))))

(deftest partial-fn
  (is (= 3 ((partial + 1) 2)))
  (is (= 1 ((partial + 1))))
  (is (= 10 ((partial + 1 2) 3 4)))
  (is (= 10 ((partial + 1 2 3) 4)))
  (is (= 15 ((partial + 1 2 3 4) 5)))
  (is (= 21 ((partial + 1 2 3 4) 5 6)))
  (is (= 6 ((partial + 1 2 3))))
  (is (= [1 2 3] ((partial vector 1) 2 3)))
  (is (= 5 ((partial +) 5)))
  (is (= "ab" ((partial str "a") "b")))
  (is (= [:a :b :c :d :e :f] ((partial vector :a :b) :c :d :e :f))))

(deftest juxt-fn
  (is (= [2 0] ((juxt inc dec) 1)))
  (is (= [1] ((juxt identity) 1)))
  (is (= [1 2 3] ((juxt :a :b :c) {:a 1 :b 2 :c 3})))
  (is (= [1 2 3 4] ((juxt :a :b :c :d) {:a 1 :b 2 :c 3 :d 4})))
  (is (= [3 2] ((juxt + *) 1 2)))
  (is (vector? ((juxt inc) 1)))
  (is (= [[1 :a] [1 :b]] (map (juxt count first) [[:a] [:b]]))))

(deftest fnil-fn
  (is (= 1 ((fnil inc 0) nil)))
  (is (= 6 ((fnil inc 0) 5)))
  (is (= 3 ((fnil + 1 2) nil nil)))
  (is (= 7 ((fnil + 1 2) 5 nil)))
  (is (= 6 ((fnil + 1 2 3) nil nil nil)))
  (is (= 10 ((fnil + 1 2 3) nil nil nil 4)))
  (is (= 9 ((fnil + 0) nil 4 5)) "later args pass through")
  (is (true? ((fnil not true) false)) "only nil is replaced, not false")
  (is (false? ((fnil not true) nil)))
  (is (= {:a 1} (update {} :a (fnil inc 0))))
  (is (= {:a [1]} (update {} :a (fnil conj []) 1))))

(deftest memoize-fn
  (let [n (atom 0)
        f (memoize (fn [x] (swap! n inc) (* x x)))]
    (is (= 4 (f 2)))
    (is (= 4 (f 2)))
    (is (= 1 @n) "computed once per argument list")
    (is (= 9 (f 3)))
    (is (= 2 @n)))
  (let [n (atom 0)
        f (memoize (fn [& args] (swap! n inc) (count args)))]
    (is (= 0 (f)))
    (is (= 0 (f)))
    (is (= 2 (f 1 2)))
    (is (= 2 @n)))
  (let [n (atom 0)
        f (memoize (fn [x] (swap! n inc) nil))]
    (f 1)
    (f 1)
    (is (= 1 @n) "nil results are cached too")))

(deftest trampoline-fn
  (letfn [(my-even? [n] (if (zero? n) true #(my-odd? (dec n))))
          (my-odd? [n] (if (zero? n) false #(my-even? (dec n))))]
    (is (true? (trampoline my-even? 100000)))
    (is (false? (trampoline my-odd? 100000))))
  (is (= 3 (trampoline + 1 2)))
  (is (= :done (trampoline (fn [] (fn [] :done)))))
  (is (= [1] (trampoline (constantly [1]))) "a non-fn result ends the bouncing"))

(deftest some-fn-every-pred
  (is (true? ((some-fn even?) 2)))
  (is (false? ((some-fn even?) 1)) "one pred, few args: the last result")
  (is (false? ((some-fn even? neg?) 1 3)))
  (is (true? ((some-fn even? neg?) 1 3 -1)))
  (is (= :b ((some-fn :a :b) {:b :b})))
  (is (= 1 ((some-fn :a :b :c) {:c 1})))
  (is (= 1 ((some-fn :a :b :c :d) {:d 1})))
  (is (nil? ((some-fn :a :b :c :d) {})) "more than three preds: nil")
  (is (nil? ((some-fn even?) 1 3 5 7)) "more than three args: nil")
  (is (true? ((some-fn even?) 1 3 5 6)))
  (is (nil? ((some-fn even?))))
  (is (= 4 ((some-fn #(when (even? %) %)) 1 4 6)))
  (is (true? ((every-pred even?) 2 4)))
  (is (false? ((every-pred even?) 2 3)))
  (is (true? ((every-pred even? pos?) 2 4)))
  (is (false? ((every-pred even? pos?) 2 -4)))
  (is (true? ((every-pred even? pos? integer?) 2)))
  (is (false? ((every-pred even? pos? integer? #(< % 10)) 20)))
  (is (true? ((every-pred even?))) "no args: vacuously true")
  (is (false? ((every-pred :a) {:a nil})) "every-pred returns booleans")
  (is (true? ((every-pred :a) {:a 1}))))

(deftest max-min-key
  (is (= "ccc" (max-key count "a" "ccc" "bb")))
  (is (= "a" (min-key count "a" "ccc" "bb")))
  (is (= 1 (max-key - 1)))
  (is (= 1 (max-key - 1 2)))
  (is (= [2 :b] (max-key first [1 :a] [2 :b])))
  (is (= "bb" (max-key count "aa" "bb")) "ties go to the last")
  (is (= "bb" (min-key count "aa" "bb")))
  (is (= "cc" (max-key count "aa" "bb" "cc")))
  (is (= {:n 3} (apply max-key :n [{:n 1} {:n 3} {:n 2}])))
  (let [n (atom 0)]
    (max-key (fn [x] (swap! n inc) x) 1 2 3 4)
    (is (= 4 @n) "the key fn runs once per item")))

(deftest comparator-fn
  (let [c (comparator <)]
    (is (= -1 (c 1 2)))
    (is (= 1 (c 2 1)))
    (is (= 0 (c 1 1))))
  (is (= '(3 2 1) (sort (comparator >) [1 3 2]))))

(deftest fns-are-java-interfaces
  ;; A fn is a java.util.Comparator as Clojure's AFunction: true means less, else (f b a) true means greater.
  (is (= -1 (.compare (fn [a b] (< a b)) 1 2)))
  (is (= 1 (.compare (fn [a b] (< a b)) 2 1)))
  (is (= 0 (.compare (fn [a b] (< a b)) 1 1)))
  (is (= 5 (.compare (fn [a b] 5) 1 2)) "a number is the comparison")
  (is (instance? java.util.Comparator (fn [])))
  ;; and, as any IFn, a Runnable and a Callable.
  (is (instance? Runnable (fn [])))
  (is (= 1 (.call (fn [] 1))))
  (let [ran (atom false)]
    (.run (fn [] (reset! ran true)))
    (is (true? @ran))))

(deftest fns-with-metadata
  (let [f (with-meta (fn [x] (inc x)) {:a 1})]
    (is (= {:a 1} (meta f)))
    (is (= 2 (f 1)) "still callable")
    (is (= 3 (apply f [2])))
    (is (= {:a 1 :b 2} (meta (vary-meta f assoc :b 2))))
    (is (= {:c 3} (meta (with-meta f {:c 3}))) "with-meta replaces the metadata"))
  (is (nil? (meta (fn [])))))

(deftest apply-fn
  (is (= 6 (apply + [1 2 3])))
  (is (= 10 (apply + 1 2 [3 4])))
  (is (= 0 (apply + nil)))
  (is (= 0 (apply + [])))
  (is (= 15 (apply + 1 2 3 4 [5])))
  (is (= [1 2 3] (apply vector 1 [2 3])))
  (is (= "abc" (apply str "a" "b" ["c"])))
  (is (= 3 (apply max [1 3 2])))
  (is (= '(1 2) (apply list 1 '(2))))
  (is (= {:a 1} (apply hash-map [:a 1])))
  (is (= 1 (apply :a [{:a 1}])) "keywords can be applied")
  (is (= 2 (apply {:b 2} [:b])))
  (is (= '(0 1 2) (take 3 (apply concat (map list (range))))))
  (let [firsts (fn [& xs] (take 3 xs))
        head-and-rest (fn ([a] [a]) ([a b & more] [a b (first more)]))]
    (is (= '(0 1 2) (apply firsts (range))) "a variadic fn applied to an infinite seq gets it unrealized")
    (is (= [0 1 2] (apply head-and-rest (range))))
    (is (= [7 0 1] (apply head-and-rest 7 (range))))
    (is (= [7] (apply head-and-rest [7])) "args running out pick the fixed arity")
    (is (= [7 8 nil] (apply head-and-rest 7 [8])))))

(deftest fns-of-collections
  (is (= [1 nil 3] (mapv {:a 1 :c 3} [:a :b :c])))
  (is (= '(1 3) (filter #{1 3} [1 2 3])))
  (is (= [:b :c] (mapv [:a :b :c] [1 2])))
  (is (= '({:a 1}) (filter :a [{:a 1} {:b 2}])))
  (is (= {true [{:a 1}] false [{:b 2}]} (group-by (comp boolean :a) [{:a 1} {:b 2}])))
  (is (= [:x] (keep :x [{:x :x} {}]))))

(defn- checked-sqrt [x]
  {:pre [(number? x) (not (neg? x))] :post [(>= % 0)]}
  (Math/sqrt x))

(deftest pre-post-conditions
  (is (thrown-with-msg? AssertionError #"Assert failed: \(pos\? x\)" ((fn [x] {:pre [(pos? x)]} x) -5)))
  (is (= 5 ((fn [x] {:pre [(pos? x)]} x) 5)))
  (is (thrown-with-msg? AssertionError #"Assert failed: \(pos\? %\)" ((fn [x] {:post [(pos? %)]} x) -5)))
  (is (= 5 ((fn [x] {:post [(pos? %)]} x) 5)))
  (is (= 2.0 (checked-sqrt 4)))
  (is (thrown? AssertionError (checked-sqrt -4)))
  (is (= 3 ((fn [{:keys [a]}] {:pre [(pos? a)]} a) {:a 3})) "conditions see destructured names")
  (is (= {:a 1} ((fn [] {:a 1}))) "a map that is the only body form is the return value")
  (is (= -5 (binding [*assert* false] (eval '((fn [x] {:pre [(pos? x)]} x) -5))))
      "with *assert* false when compiled, conditions check nothing"))
