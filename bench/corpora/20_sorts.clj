;; Quicksort, merge sort and insertion sort on vectors, checked against sort.
(ns corpus.sorts)
(defn quicksort [xs] (if (< (count xs) 2) xs (let [p (first xs) r (rest xs)] (concat (quicksort (filter #(< % p) r)) [p] (quicksort (remove #(< % p) r))))))
(defn merge-seqs [a b] (loop [a a b b acc []] (cond (empty? a) (into acc b) (empty? b) (into acc a) (<= (first a) (first b)) (recur (rest a) b (conj acc (first a))) :else (recur a (rest b) (conj acc (first b))))))
(defn mergesort [xs] (if (< (count xs) 2) xs (let [[a b] (split-at (quot (count xs) 2) xs)] (merge-seqs (mergesort a) (mergesort b)))))
(defn insertion [xs] (reduce (fn [acc x] (let [[lo hi] (split-with #(< % x) acc)] (vec (concat lo [x] hi)))) [] xs))
(def data (map #(mod (* % 7919) 1000) (range 1500)))
(println (= (sort data) (quicksort data) (mergesort data)) (= (sort (take 300 data)) (insertion (take 300 data))) (take 5 (mergesort data)))
