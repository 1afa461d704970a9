;; Greedy text wrapping and justification to a column width.
(ns corpus.wrap (:require [clojure.string :as str]))
(def text (str/join " " (take 400 (cycle ["lorem" "ipsum" "dolor" "sit" "amet," "consectetur" "adipiscing" "elit," "sed" "do" "eiusmod" "tempor"]))))
(defn wrap [width words]
  (reduce (fn [lines w] (let [line (peek lines)] (if (and line (<= (+ (count line) 1 (count w)) width)) (conj (pop lines) (str line " " w)) (conj lines w)))) [] words))
(defn justify [width line]
  (let [ws (str/split line #" ") gaps (dec (count ws))]
    (if (zero? gaps) line
        (let [spaces (- width (reduce + (map count ws))) base (quot spaces gaps) extra (mod spaces gaps)]
          (apply str (concat (mapcat (fn [w i] [w (apply str (repeat (+ base (if (< i extra) 1 0)) \space))]) (butlast ws) (range)) [(last ws)]))))))
(let [lines (wrap 48 (str/split text #" "))] (println (count lines) (every? #(= 48 (count %)) (map #(justify 48 %) (butlast lines)))) (println (justify 48 (first lines))))
