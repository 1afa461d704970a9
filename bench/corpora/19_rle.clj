;; Run-length encoding and decoding of strings and of sequences of numbers.
(ns corpus.rle)
(defn encode [xs] (map (juxt count first) (partition-by identity xs)))
(defn decode [runs] (mapcat (fn [[n x]] (repeat n x)) runs))
(def s (apply str (for [i (range 3000)] (nth "aaabccddddde" (mod (quot i 3) 12)))))
(def nums (mapcat #(repeat (inc (mod % 5)) (mod % 3)) (range 2000)))
(println (count (encode s)) (= (seq s) (decode (encode s))) (= nums (decode (encode nums))) (take 4 (encode nums)))
