;; Word frequencies of a generated text, with stop words and the top ten.
(ns corpus.word-freq (:require [clojure.string :as str]))
(def words ["the" "quick" "brown" "fox" "jumps" "over" "lazy" "dog" "and" "runs" "far" "away" "from" "home"])
(def text (str/join " " (for [i (range 5000)] (nth words (mod (* i i 31) (count words))))))
(def stop #{"the" "and" "from"})
(defn tokens [s] (remove stop (str/split (str/lower-case s) #"\s+")))
(defn top [n freq] (take n (sort-by (fn [[w c]] [(- c) w]) freq)))
(println (top 10 (frequencies (tokens text))))
