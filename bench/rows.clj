;; The benchmark rows of `mino task bench` (see README.md): the exact rows of the reference
;; reference-rows.clj behind the anchor numbers in the design notes (ANCHORS.md), so numbers compare.
;; Each row is one zero-argument call; the harness times it in-process after warm-up and reports the median.
(defn fib [n] (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2)))))
(defn sum-to [n] (loop [i 0 acc 0] (if (< i n) (recur (inc i) (+ acc i)) acc)))
(defn dec-only [n] (loop [i n] (if (zero? i) i (recur (dec i)))))
(defn lt-only [n] (loop [i 0] (if (< i n) (recur (inc i)) i)))
(defn build-map [] (let [m (reduce (fn [m i] (assoc m i i)) {} (range 5000))] (reduce + (vals m))))
(def m5k (reduce (fn [m i] (assoc m i i)) {} (range 5000)))
(defn bump-map [] (reduce-kv (fn [m k v] (assoc m k (inc v))) m5k m5k))
(defn mfmr [] (reduce + (map inc (filter even? (map #(* 3 %) (range 50000))))))
(defn nested [] (let [v (vec (for [i (range 500)] (vec (range 100))))] (reduce + (map #(reduce + %) v))))
(defn lazy10k [] (count (doall (take 10000 (range)))))

(def rows
  [["dec-only 10M (counted-down loop)" #(dec-only 10000000)]
   ["lt-only 10M (counted-up loop)"    #(lt-only 10000000)]
   ["sum-to 1M (counter + accumulator)" #(sum-to 1000000)]
   ["fib 30 (recursive compute)"       #(fib 30)]
   ["fib 25"                           #(fib 25)]
   ["build 5k int-map and sum"         build-map]
   ["bump 5k int-map values"           bump-map]
   ["map/filter/map/reduce over 50k"   mfmr]
   ["nested vectors 500x100"           nested]
   ["realize 10k of lazy range"        lazy10k]])
