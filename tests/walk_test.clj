(ns walk-test
  "clojure.walk: generic traversal that keeps collection types and metadata, as Clojure 1.12 documents."
  (:require [clojure.test :refer :all]
            [clojure.walk :as w]))

(deftest walk-one-level
  (are [expected actual] (= expected actual)
    [2 3 4] (w/walk inc identity [1 2 3])
    6 (w/walk inc #(reduce + %) [0 1 2])
    '(3 1) (w/walk first reverse [[1 2] [3 4]])
    #{2 3} (w/walk inc identity #{1 2})
    {:a 2 :b 3} (w/walk (fn [[k v]] [k (inc v)]) identity {:a 1 :b 2})
    '(2 3) (w/walk inc identity '(1 2))
    :x (w/walk inc (constantly :x) [1])
    5 (w/walk inc identity 5)
    nil (w/walk inc identity nil))
  (is (list? (w/walk identity identity '(1 2))))
  (is (seq? (w/walk identity identity (map inc [1 2]))))
  (is (vector? (w/walk identity identity [1])))
  (is (map? (w/walk identity identity {:a 1})))
  (is (= '([:a 1]) (w/walk identity seq {:a 1}))))

(deftest walk-keeps-types
  (is (sorted? (w/postwalk identity (sorted-map :b 1 :a 2))))
  (is (= [:a :b] (keys (w/postwalk identity (sorted-map :b 1 :a 2)))))
  (is (sorted? (w/postwalk identity (sorted-set 3 1 2))))
  (is (= [3 2 1] (seq (w/postwalk identity (sorted-set-by > 1 2 3)))))
  (is (list? (w/postwalk identity '(1 (2)))))
  (is (list? (second (w/postwalk identity '(1 (2))))))
  (is (= {:m 1} (meta (w/postwalk identity (with-meta [1 2] {:m 1})))))
  (is (= {:m 2} (meta (w/postwalk identity (with-meta {:a 1} {:m 2})))))
  (is (= {:m 3} (meta (w/prewalk identity (with-meta #{1} {:m 3}))))))

(defrecord WalkPoint [x y])

(deftest walk-records
  (is (= (->WalkPoint 2 3) (w/postwalk #(if (number? %) (inc %) %) (->WalkPoint 1 2))))
  (is (instance? WalkPoint (w/postwalk identity (->WalkPoint 1 2))) "records stay records")
  (is (= (assoc (->WalkPoint :one 2) :z :one) (w/prewalk-replace {1 :one} (assoc (->WalkPoint 1 2) :z 1))))
  (is (= [(->WalkPoint 1 2)] (w/postwalk identity [(->WalkPoint 1 2)]))))

(deftest postwalk-test
  (are [expected actual] (= expected actual)
    [2 [3 4] {:a 5}] (w/postwalk #(if (number? %) (inc %) %) [1 [2 3] {:a 4}])
    '(+ 2 (* 3 4)) (w/postwalk #(if (number? %) (inc %) %) '(+ 1 (* 2 3)))
    10 (w/postwalk #(if (seq? %) (apply + (rest %)) %) '(+ 1 2 (+ 3 4)))
    {:a {:b 2}} (w/postwalk #(if (number? %) (* 2 %) %) {:a {:b 1}})
    [:x] (w/postwalk identity [:x]))
  (let [seen (atom [])]
    (w/postwalk #(do (swap! seen conj %) %) [1 [2]])
    (is (= [1 2 [2] [1 [2]]] @seen) "children before parents")))

(deftest prewalk-test
  (let [seen (atom [])]
    (w/prewalk #(do (swap! seen conj %) %) [1 [2]])
    (is (= [[1 [2]] 1 [2] 2] @seen) "parents before children"))
  (is (= [1 [1 [1]]] (w/prewalk #(if (and (vector? %) (= 3 (count %))) (vec (take 2 %)) %) [1 [1 [1] 9] 9])))
  (is (= {:a [1 2]} (w/prewalk #(if (= % :x) [1 2] %) {:a :x}))))

(deftest demos
  (is (= "Walked: 1\nWalked: 2\nWalked: [2]\nWalked: [1 [2]]\n" (with-out-str (w/postwalk-demo [1 [2]]))))
  (is (= "Walked: [1 [2]]\nWalked: 1\nWalked: [2]\nWalked: 2\n" (with-out-str (w/prewalk-demo [1 [2]]))))
  (is (= [1 [2]] (let [r (atom nil)] (with-out-str (reset! r (w/postwalk-demo [1 [2]]))) @r)) "returns the form"))

(deftest keys-conversion
  (are [expected actual] (= expected actual)
    {:a 1 :b {:c 2}} (w/keywordize-keys {"a" 1 "b" {"c" 2}})
    {:a [{:b 1}]} (w/keywordize-keys {"a" [{"b" 1}]})
    {1 2 :k 3} (w/keywordize-keys {1 2 "k" 3})
    {:a "b"} (w/keywordize-keys {"a" "b"})
    [{:x 1}] (w/keywordize-keys [{"x" 1}])
    nil (w/keywordize-keys nil)
    {"a" 1 "b" {"c" 2}} (w/stringify-keys {:a 1 :b {:c 2}})
    {"k" 1} (w/stringify-keys {:ns/k 1})
    {"a" [{"b" 1}]} (w/stringify-keys {:a [{:b 1}]})
    {1 2 "s" 3} (w/stringify-keys {1 2 "s" 3})
    {:a "x"} (w/keywordize-keys (w/stringify-keys {:a "x"}))))

(deftest replace-fns
  (are [expected actual] (= expected actual)
    [:b {:b :b}] (w/prewalk-replace {:a :b} [:a {:a :a}])
    '(2 (2 3)) (w/postwalk-replace {1 2} '(1 (1 3)))
    '(+ x y) (w/postwalk-replace {'a 'x 'b 'y} '(+ a b))
    [:c] (w/prewalk-replace {[:a] [:c]} [:a])
    [[:c]] (w/postwalk-replace {[:a] [:c]} [[:a]])
    {:x 1} (w/postwalk-replace {:a :x} {:a 1})))

(deftest macroexpand-all-test
  (is (= '(if a (do (if b (do c)))) (w/macroexpand-all '(when a (when b c)))))
  (is (= '(g (f x)) (w/macroexpand-all '(-> x f g))))
  (is (= '[1 (if x (do y))] (w/macroexpand-all '[1 (when x y)])))
  (is (= 42 (w/macroexpand-all 42))))

(deftest walk-lib-vars
  (is (= 10 (count (ns-publics 'clojure.walk)))))
