;; Breadth-first shortest paths and connected components on a generated graph.
(ns corpus.graph)
(def edges (for [i (range 400) :when (not (zero? (mod i 17)))] [i (mod (+ (* i 3) 1) 400)]))
(def g (reduce (fn [g [a b]] (-> g (update a (fnil conj #{}) b) (update b (fnil conj #{}) a))) {} edges))
(defn bfs [g start]
  (loop [frontier [start] dist {start 0}]
    (if (empty? frontier) dist
        (let [next (for [n frontier m (g n) :when (not (dist m))] [m (inc (dist n))])
              dist (into dist next)]
          (recur (distinct (map first next)) dist)))))
(defn components [g] (loop [left (set (keys g)) n 0] (if (empty? left) n (recur (reduce disj left (keys (bfs g (first left)))) (inc n)))))
(let [d (bfs g 0)] (println (count d) (apply max (vals d)) (components g)))
