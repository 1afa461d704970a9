;; CSV lines to records, grouped and summarised.
(ns corpus.csv-report (:require [clojure.string :as str]))
(def regions ["north" "south" "east" "west"])
(def lines (for [i (range 2000)] (str i "," (nth regions (mod i 4)) "," (mod (* i 37) 101) "," (if (zero? (mod i 3)) "web" "store"))))
(defn parse-line [l] (let [[id region amount channel] (str/split l #",")] {:id (Long/parseLong id) :region region :amount (Long/parseLong amount) :channel (keyword channel)}))
(defn summarise [rows]
  (->> rows (group-by (juxt :region :channel))
       (map (fn [[k rs]] [k {:n (count rs) :total (reduce + (map :amount rs)) :max (apply max (map :amount rs))}]))
       (sort-by first)))
(doseq [[k v] (summarise (map parse-line lines))] (println k v))
