(ns tco-test
  "Constant-stack iteration. loop/recur, trampoline and lazy sequences are portable Clojure.
  Proper tail calls without recur are mino's guarantee (every call in tail position runs in
  constant stack), which JVM Clojure does not make: those tests are read by mino only."
  (:require [clojure.test :refer :all]))

(def million 1000000)

(deftest loop-recur-million
  (is (= million (loop [i 0] (if (< i million) (recur (inc i)) i))))
  (is (= 500000500000 (loop [i 1 acc 0] (if (> i million) acc (recur (inc i) (+ acc i))))))
  (is (= 0 (loop [n million] (if (zero? n) n (recur (dec n))))))
  (is (= :done ((fn [n] (if (pos? n) (recur (dec n)) :done)) million)) "recur to a fn head")
  (is (= million (count (loop [i 0 v []] (if (= i million) v (recur (inc i) (conj v i))))))))

(deftest sequences-million
  (is (= 500000 (count (filter even? (range million)))))
  (is (= 499999500000 (reduce + (range million))))
  (is (= 999999 (last (range million))))
  (is (= million (count (doall (map inc (range million)))))))

(deftest trampoline-million
  (letfn [(ping [n] (if (zero? n) :ping #(pong (dec n))))
          (pong [n] (if (zero? n) :pong #(ping (dec n))))]
    (is (= :ping (trampoline ping million)))
    (is (= :pong (trampoline ping (inc million))))))

#?(:mino
   (do
     (defn count-down [n] (if (zero? n) :done (count-down (dec n))))
     (defn sum-to [n acc] (if (zero? n) acc (sum-to (dec n) (+ acc n))))
     (declare my-odd?)
     (defn my-even? [n] (if (zero? n) true (my-odd? (dec n))))
     (defn my-odd? [n] (if (zero? n) false (my-even? (dec n))))
     (declare step-b step-c)
     (defn step-a [n] (if (zero? n) :a (step-b (dec n))))
     (defn step-b [n] (if (zero? n) :b (step-c (dec n))))
     (defn step-c [n] (if (zero? n) :c (step-a (dec n))))
     (defn via-forms
       "Tail calls from the tail positions of let, do, cond, when, case and and/or."
       [n]
       (let [m (dec n)]
         (do
           (cond
             (neg? m) :done
             (even? m) (when true (case (mod m 4) 0 (via-forms m) 2 (or false (via-forms m))))
             :else (and true (via-forms m))))))

     (deftest self-tail-calls
       (is (= :done (count-down million)))
       (is (= 500000500000 (sum-to million 0)))
       (is (= :done (count-down (* 3 million))))
       (is (= :done ((fn local [n] (if (zero? n) :done (local (dec n)))) million))
           "a named fn expression")
       (is (= :done (letfn [(f [n] (if (zero? n) :done (f (dec n))))] (f million))))
       (is (= :done (let [f (fn f [n] (if (zero? n) :done (f (dec n))))] (f million)))))

     (deftest mutual-tail-calls
       (is (true? (my-even? million)))
       (is (false? (my-odd? million)))
       (is (true? (my-odd? (inc million))))
       (is (= :c (step-a (inc million))) "the chain ends after 1000001 steps, at step-c")
       (is (= :a (step-a (* 3 million))))
       (is (= [true false]
              (letfn [(ev? [n] (if (zero? n) true (od? (dec n))))
                      (od? [n] (if (zero? n) false (ev? (dec n))))]
                [(ev? million) (ev? (inc million))]))))

     (deftest tail-positions-in-macros
       (is (= :done (via-forms million))))))
