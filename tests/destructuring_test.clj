(ns destructuring-test
  "Destructuring of sequences and maps in let, fn params and loop bindings."
  (:require [clojure.test :refer :all]))

(deftest sequential
  (let [[a b c] [1 2 3]]
    (is (= [1 2 3] [a b c])))
  (let [[a b] [1]]
    (is (= 1 a))
    (is (nil? b) "missing elements bind nil"))
  (let [[a] [1 2 3]]
    (is (= 1 a) "extra elements are ignored"))
  (let [[a & more] [1 2 3]]
    (is (= 1 a))
    (is (= '(2 3) more)))
  (let [[a & more] [1]]
    (is (nil? more) "an empty rest binds nil"))
  (let [[a b :as all] [1 2 3]]
    (is (= [1 2 3] all))
    (is (= 2 b)))
  (let [[a & more :as all] '(1 2)]
    (is (= [1 '(2) '(1 2)] [a more all])))
  (let [[_ second-item] [:x :y]]
    (is (= :y second-item)))
  (let [[a b] "hi"]
    (is (= [\h \i] [a b])) "strings destructure by character")
  (let [[a b] (list 1 2)]
    (is (= 3 (+ a b))))
  (let [[a b] nil]
    (is (= [nil nil] [a b])))
  (let [[k v] (first {:key :val})]
    (is (= [:key :val] [k v]) "map entries destructure as pairs"))
  (let [[a & {:keys [opt]}] [1 :opt 2]]
    (is (= [1 2] [a opt]) "keyword arguments after &")))

(deftest nested
  (let [[[a b] [c [d]]] [[1 2] [3 [4]]]]
    (is (= [1 2 3 4] [a b c d])))
  (let [{[x y] :point {n :name} :meta} {:point [5 6] :meta {:name "p"}}]
    (is (= [5 6 "p"] [x y n])))
  (let [[{:keys [a]} {:keys [b]}] [{:a 1} {:b 2}]]
    (is (= [1 2] [a b])))
  (let [{{{:keys [deep]} :c} :b} {:b {:c {:deep :yes}}}]
    (is (= :yes deep))))

(deftest maps
  (let [{a :a b :b} {:a 1 :b 2}]
    (is (= [1 2] [a b])))
  (let [{:keys [a b]} {:a 1 :b 2}]
    (is (= [1 2] [a b])))
  (let [{:keys [a missing]} {:a 1}]
    (is (nil? missing)))
  (let [{:strs [a b]} {"a" 1 "b" 2}]
    (is (= [1 2] [a b])))
  (let [{:syms [a b]} {'a 1 'b 2}]
    (is (= [1 2] [a b])))
  (let [{:keys [a b] :or {b 10}} {:a 1}]
    (is (= [1 10] [a b]) ":or supplies defaults"))
  (let [{:keys [a] :or {a 10}} {:a false}]
    (is (false? a) ":or applies only to missing keys, not to false"))
  (let [{:keys [a] :as m} {:a 1 :z 26}]
    (is (= {:a 1 :z 26} m)))
  (let [{:as m} nil]
    (is (nil? m)))
  (let [{:keys [x/a b/c]} {:x/a 1 :b/c 2}]
    (is (= [1 2] [a c]) "qualified keys bind their name part"))
  (let [{:x/keys [a b]} {:x/a 1 :x/b 2}]
    (is (= [1 2] [a b])))
  (let [{v 0} [:zero :one]]
    (is (= :zero v) "map destructuring works on vectors by index"))
  (let [{:keys [a]} nil]
    (is (nil? a)))
  (let [k :name {nm k} {:name "j"}]
    (is (= "j" nm) "a key form is evaluated: here the value of the local k")))

(defn point-str [{:keys [x y] :or {y 0}}]
  (str x "," y))

(defn head-tail [[h & t]] [h t])

(defn with-opts [a & {:keys [scale] :or {scale 1}}]
  (* a scale))

(deftest fn-params
  (is (= "1,2" (point-str {:x 1 :y 2})))
  (is (= "1,0" (point-str {:x 1})))
  (is (= [1 '(2 3)] (head-tail [1 2 3])))
  (is (= [nil nil] (head-tail [])))
  (is (= 3 (with-opts 3)))
  (is (= 6 (with-opts 3 :scale 2)))
  (is (= 6 (with-opts 3 {:scale 2})) "a trailing map is accepted for keyword args")
  (is (= 3 ((fn [[a b]] (+ a b)) [1 2])))
  (is (= [1 2] ((fn [{a :a} [b]] [a b]) {:a 1} [2])))
  (is (= 10 (reduce (fn [acc [k v]] (+ acc v)) 0 {:a 1 :b 2 :c 3 :d 4})))
  (is (= [2 4] (map (fn [[a b]] (* a b)) [[1 2] [2 2]])))
  (is (= [:a :b] (#(vec (keys %)) (array-map :a 1 :b 2))))
  (is (= "{:a 1, :b 2}" (pr-str ((fn [& {:as o}] o) :a 1 :b 2))) "keyword args keep their order")
  (is (= [1 2] ((fn [& {:keys [a b]}] [a b]) :a 1 {:b 2})) "a trailing map merges into keyword args")
  (is (= {:a 1} ((fn [& {:as o}] o) {:a 1})) "a lone map is the map"))

(deftest loop-params
  (is (= 6 (loop [[x & more] [1 2 3] acc 0]
             (if x (recur more (+ acc x)) acc))))
  (is (= [2 1] (loop [{:keys [n steps]} {:n 10 :steps 0}]
                 (if (< n 5) [steps (- 5 n)] (recur {:n (- n 3) :steps (inc steps)})))))
  (is (= {:a 2 :b 4} (loop [[[k v] & more] (seq {:a 1 :b 2}) out {}]
                       (if k (recur more (assoc out k (* 2 v))) out)))))

(deftest other-binding-forms
  (is (= 3 (if-let [[a b] [1 2]] (+ a b) 0)))
  (is (= [1 2] (when-let [{:keys [a b]} {:a 1 :b 2}] [a b])))
  (is (= [[1 :a] [2 :b]] (for [[n k] [[1 :a] [2 :b]]] [n k])))
  (is (= 3 (let [out (atom 0)] (doseq [[a b] [[1 2]]] (reset! out (+ a b))) @out))))
