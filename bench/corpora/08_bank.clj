;; Accounts in atoms: transfers, interest, an audit, and a rejected overdraft.
(ns corpus.bank)
(def accounts (atom (into {} (for [i (range 20)] [i 1000]))))
(defn transfer! [from to amount]
  (swap! accounts (fn [m] (if (< (m from) amount) (throw (ex-info "insufficient funds" {:from from :amount amount}))
                            (-> m (update from - amount) (update to + amount))))))
(defn interest! [rate] (swap! accounts (fn [m] (into {} (map (fn [[k v]] [k (+ v (quot (* v rate) 100))]) m)))))
(doseq [i (range 500)] (try (transfer! (mod i 20) (mod (* i 7) 20) (mod (* i 13) 300)) (catch clojure.lang.ExceptionInfo e nil)))
(interest! 3)
(println (reduce + (vals @accounts)) (apply max (vals @accounts)) (apply min (vals @accounts)))
(println (try (transfer! 0 1 1000000) (catch clojure.lang.ExceptionInfo e (ex-data e))))
