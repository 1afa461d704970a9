;; A small deterministic simulation with records and protocols: particles of different kinds move
;; inside a box, bounce off its walls, and report their energy each tick.
(ns examples.shapes-simulation)

(defprotocol Body
  (step [body dt] "The body after dt time units.")
  (energy [body] "Kinetic energy, in arbitrary units."))

(defrecord Point2 [x y])

(defn bounce
  "Reflects a coordinate and its velocity off the walls at 0 and size."
  [pos vel size]
  (cond (< pos 0) [(- pos) (- vel)]
        (> pos size) [(- (* 2 size) pos) (- vel)]
        :else [pos vel]))

(defrecord Ball [id ^Point2 pos ^Point2 vel mass]
  Body
  (step [b dt]
    (let [[x vx] (bounce (+ (:x pos) (* dt (:x vel))) (:x vel) 100)
          [y vy] (bounce (+ (:y pos) (* dt (:y vel))) (:y vel) 100)]
      (assoc b :pos (->Point2 x y) :vel (->Point2 vx vy))))
  (energy [_] (/ (* mass (+ (* (:x vel) (:x vel)) (* (:y vel) (:y vel)))) 2)))

(defrecord Anchor [id pos]
  Body
  (step [a _] a)
  (energy [_] 0))

(defn tick [world dt] (update world :bodies (fn [bodies] (mapv #(step % dt) bodies))))

(defn report [world]
  (doseq [b (sort-by :id (:bodies world))]
    (println (format "  %-8s at (%3d, %3d) energy %d" (name (:id b)) (:x (:pos b)) (:y (:pos b)) (energy b)))))

(def world
  {:bodies [(->Ball :red (->Point2 10 10) (->Point2 7 3) 2)
            (->Ball :blue (->Point2 90 50) (->Point2 -11 5) 1)
            (map->Anchor {:id :post :pos (->Point2 50 50)})]})

(doseq [[i w] (map-indexed vector (take 4 (iterate #(tick % 5) world)))]
  (println (str "tick " i ":"))
  (report w))

(let [final (nth (iterate #(tick % 5) world) 10)
      total (reduce + (map energy (:bodies final)))]
  (println "total energy after 10 ticks:" total)
  (println "kinds:" (frequencies (map #(if (instance? Ball %) :ball :anchor) (:bodies final))))
  (println "red ball:" (pr-str (first (:bodies final)))))
