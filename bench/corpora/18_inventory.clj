;; Inventory updates with nested maps: receive, ship, reorder, report.
(ns corpus.inventory)
(def stock (atom {}))
(defn receive [inv sku loc n] (update-in inv [sku loc] (fnil + 0) n))
(defn ship [inv sku n] (let [locs (sort-by (comp - val) (get inv sku))]
                         (first (reduce (fn [[inv left] [loc have]] (let [take (min left have)] [(update-in inv [sku loc] - take) (- left take)])) [inv n] locs))))
(defn reorder [inv threshold] (for [[sku locs] inv :let [total (reduce + (vals locs))] :when (< total threshold)] [sku total]))
(doseq [i (range 1000)] (swap! stock receive (keyword (str "sku" (mod i 40))) (nth [:a :b :c] (mod i 3)) (mod (* i 13) 17)))
(doseq [i (range 600)] (swap! stock ship (keyword (str "sku" (mod (* i 7) 40))) (mod i 9)))
(println (count @stock) (sort (reorder @stock 130)) (reduce + (for [[_ locs] @stock [_ n] locs] n)))
