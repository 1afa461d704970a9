;; Protocols and records: areas, perimeters and scaling over a mixed collection.
(ns corpus.shapes)
(defprotocol Shape (area [s]) (perimeter [s]) (scale [s k]))
(defrecord Circle [r] Shape (area [_] (* Math/PI r r)) (perimeter [_] (* 2 Math/PI r)) (scale [_ k] (->Circle (* r k))))
(defrecord Rect [w h] Shape (area [_] (* w h)) (perimeter [_] (* 2 (+ w h))) (scale [_ k] (->Rect (* w k) (* h k))))
(defrecord Tri [a b c] Shape
  (area [_] (let [s (/ (+ a b c) 2.0)] (Math/sqrt (* s (- s a) (- s b) (- s c))))) (perimeter [_] (+ a b c)) (scale [_ k] (->Tri (* a k) (* b k) (* c k))))
(def shapes (for [i (range 300)] (case (mod i 3) 0 (->Circle (inc (mod i 5))) 1 (->Rect (inc (mod i 4)) (inc (mod i 6))) 2 (->Tri 3 4 5))))
(println (Math/round (reduce + (map area shapes))) (Math/round (reduce + (map (comp perimeter #(scale % 2)) shapes)))
         (frequencies (map type shapes)))
