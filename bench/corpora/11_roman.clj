;; Roman numerals both ways, checked on every number to 3999.
(ns corpus.roman)
(def table [[1000 "M"] [900 "CM"] [500 "D"] [400 "CD"] [100 "C"] [90 "XC"] [50 "L"] [40 "XL"] [10 "X"] [9 "IX"] [5 "V"] [4 "IV"] [1 "I"]])
(defn ->roman [n] (loop [n n [[v s] & more :as t] table acc ""] (cond (zero? n) acc (>= n v) (recur (- n v) t (str acc s)) :else (recur n more acc))))
(def values {\I 1 \V 5 \X 10 \L 50 \C 100 \D 500 \M 1000})
(defn roman-> [s] (let [vs (map values s)] (reduce + (map (fn [a b] (if (and b (< a b)) (- a) a)) vs (concat (rest vs) [nil])))))
(println (every? #(= % (roman-> (->roman %))) (range 1 4000)) (->roman 1994) (roman-> "MMXXVI") (reduce + (map (comp count ->roman) (range 1 4000))))
