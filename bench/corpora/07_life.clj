;; Conway's game of life on a set of live cells.
(ns corpus.life)
(defn neighbours [[x y]] (for [dx [-1 0 1] dy [-1 0 1] :when (not= 0 dx dy)] [(+ x dx) (+ y dy)]))
(defn step [cells]
  (set (for [[loc n] (frequencies (mapcat neighbours cells)) :when (or (= n 3) (and (= n 2) (cells loc)))] loc)))
(def glider #{[1 0] [2 1] [0 2] [1 2] [2 2]})
(def r-pentomino #{[1 0] [2 0] [0 1] [1 1] [1 2]})
(println (count (nth (iterate step glider) 100)) (count (nth (iterate step r-pentomino) 120)))
