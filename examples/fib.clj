;; Naive, doubly recursive Fibonacci: lots of calls and integer arithmetic with a known answer.

(defn fib [n]
  (if (< n 2)
    n
    (+ (fib (- n 1)) (fib (- n 2)))))

(println (fib 25))
(println "first ten:" (map fib (range 10)))
