;; 0/1 knapsack by dynamic programming over a vector of best values.
(ns corpus.knapsack)
(def items (for [i (range 60)] {:w (inc (mod (* i 7) 23)) :v (inc (mod (* i 11) 37))}))
(defn knapsack [items cap]
  (reduce (fn [best {:keys [w v]}]
            (vec (for [c (range (inc cap))] (if (>= c w) (max (best c) (+ v (best (- c w)))) (best c)))))
          (vec (repeat (inc cap) 0)) items))
(defn lcs [a b]
  (let [n (count a) m (count b)]
    (loop [i 0 prev (vec (repeat (inc m) 0))]
      (if (= i n) (peek prev)
          (recur (inc i) (reduce (fn [row j] (conj row (if (= (nth a i) (nth b j)) (inc (prev j)) (max (peek row) (prev (inc j)))))) [0] (range m)))))))
(println (peek (knapsack items 200)) (lcs "the quick brown fox jumps over" "a lazy dog jumps over the fox"))
