;; A discrete-event queue: arrivals and departures ordered by time in a sorted map.
(ns corpus.events)
(defn schedule [q t ev] (update q t (fnil conj []) ev))
(defn run-sim [n]
  (loop [q (schedule (sorted-map) 0 [:arrive 0]) busy 0 served 0 waited 0 now 0]
    (if (or (empty? q) (> now n))
      {:served served :waited waited :busy busy}
      (let [[t evs] (first q) q (dissoc q t)]
        (let [[q busy served waited]
              (reduce (fn [[q busy served waited] [kind id]]
                        (case kind
                          :arrive [(-> q (schedule (+ t 3 (mod id 5)) [:arrive (inc id)]) (schedule (+ t 4 (mod (* id 3) 7)) [:depart id]))
                                   (inc busy) served (+ waited busy)]
                          :depart [q (dec busy) (inc served) waited]))
                      [q busy served waited] evs)]
          (recur q busy served waited t))))))
(println (run-sim 5000))
