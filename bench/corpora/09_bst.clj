;; A persistent binary search tree of maps: insert, lookup, in-order walk, height.
(ns corpus.bst)
(defn insert [t k] (cond (nil? t) {:k k} (< k (:k t)) (assoc t :l (insert (:l t) k)) (> k (:k t)) (assoc t :r (insert (:r t) k)) :else t))
(defn member? [t k] (loop [t t] (cond (nil? t) false (= k (:k t)) true (< k (:k t)) (recur (:l t)) :else (recur (:r t)))))
(defn walk [t] (if (nil? t) [] (concat (walk (:l t)) [(:k t)] (walk (:r t)))))
(defn height [t] (if (nil? t) 0 (inc (max (height (:l t)) (height (:r t))))))
(def t (reduce insert nil (map #(mod (* % 7919) 1009) (range 800))))
(println (count (walk t)) (height t) (count (filter #(member? t %) (range 0 1009 3))) (take 5 (walk t)))
