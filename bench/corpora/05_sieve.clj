;; Primes by a sieve over a transient vector, then prime gaps.
(ns corpus.sieve)
(defn sieve [n]
  (loop [i 2 flags (transient (vec (repeat (inc n) true)))]
    (if (> (* i i) n)
      (filter #(nth flags %) (range 2 (inc n)))
      (recur (inc i) (if (nth flags i) (loop [j (* i i) f flags] (if (<= j n) (recur (+ j i) (assoc! f j false)) f)) flags)))))
(def ps (vec (sieve 20000)))
(defn gaps [ps] (map - (rest ps) ps))
(println (count ps) (last ps) (apply max (gaps ps)) (frequencies (take 50 (gaps ps))))
