;; A two-dimensional n-body simulation with doubles in records.
(ns corpus.nbody)
(defrecord Body [x y vx vy m])
(defn accel [b others]
  (reduce (fn [[ax ay] o]
            (let [dx (- (:x o) (:x b)) dy (- (:y o) (:y b)) d2 (+ (* dx dx) (* dy dy) 0.01) f (/ (:m o) (* d2 (Math/sqrt d2)))]
              [(+ ax (* f dx)) (+ ay (* f dy))]))
          [0.0 0.0] (remove #(identical? % b) others)))
(defn step [bodies dt]
  (mapv (fn [b] (let [[ax ay] (accel b bodies) vx (+ (:vx b) (* dt ax)) vy (+ (:vy b) (* dt ay))]
                  (->Body (+ (:x b) (* dt vx)) (+ (:y b) (* dt vy)) vx vy (:m b))))
        bodies))
(defn energy [bodies] (reduce + (map #(* 0.5 (:m %) (+ (* (:vx %) (:vx %)) (* (:vy %) (:vy %)))) bodies)))
(def start (vec (for [i (range 12)] (->Body (Math/cos i) (Math/sin i) (- (Math/sin i)) (Math/cos i) (+ 1.0 (mod i 3))))))
(println (Math/round (* 1000 (energy (nth (iterate #(step % 0.001) start) 200)))))
