;; The Mandelbrot set as text: escape times on a grid of doubles.
(ns corpus.mandelbrot (:require [clojure.string :as str]))
(defn escape [cr ci limit]
  (loop [zr 0.0 zi 0.0 i 0]
    (if (or (= i limit) (> (+ (* zr zr) (* zi zi)) 4.0)) i
        (recur (+ (- (* zr zr) (* zi zi)) cr) (+ (* 2.0 zr zi) ci) (inc i)))))
(def rows (for [y (range -12 13)] (apply str (for [x (range -39 21)] (if (= 50 (escape (/ x 20.0) (/ y 12.0) 50)) \# \.)))))
(println (count (filter #{\#} (apply str rows))))
(println (nth rows 12))
