(ns special-forms-test
  "The special forms: def if do let fn loop/recur quote var throw try/catch/finally letfn set!."
  (:require [clojure.test :refer :all]))

(def answer 42)
(def ^:dynamic *depth* 0)
(def no-value)

(deftest def-form
  (is (= 42 answer))
  (is (var? (def scratch 1)) "def returns the var")
  (is (= 'scratch (:name (meta (def scratch 2)))))
  (is (= 2 scratch))
  (is (= 3 (do (def scratch 3) scratch)) "def replaces the root value")
  (is (= "doc text" (:doc (meta (def documented "doc text" 1)))))
  (is (= 1 documented))
  (is (not (bound? #'no-value)) "(def x) leaves the var unbound"))

(deftest if-form
  (is (= :t (if true :t :f)))
  (is (= :f (if false :t :f)))
  (is (= :f (if nil :t :f)))
  (is (= :t (if 0 :t :f)) "0 is truthy")
  (is (= :t (if "" :t :f)) "the empty string is truthy")
  (is (= :t (if [] :t :f)))
  (is (nil? (if false :t)))
  (is (= 2 (if (> 2 1) 2 1))))

;; A top-level do runs subform by subform, as Clojure's compiler does: each subform is analyzed after the
;; previous one ran, so it can use a macro or a namespace that one defined. So does the do a top-level
;; macro call expands to.
(do (defmacro top-level-do-macro [] 1)
    (def top-level-do-value (top-level-do-macro)))
(do (require 'clojure.set)
    (def top-level-do-union (clojure.set/union #{1} #{2})))
(defmacro expands-to-top-level-do []
  `(do (defmacro ~'macro-from-expansion [] 2)
       (def ~'top-level-expansion-value (~'macro-from-expansion))))
(expands-to-top-level-do)

(deftest top-level-do
  (is (= 1 top-level-do-value))
  (is (= #{1 2} top-level-do-union))
  (is (= 2 top-level-expansion-value))
  (is (= 3 (eval '(do (defmacro eval-top-level-do-macro [] 3) (eval-top-level-do-macro)))) "eval's form is top level")
  (is (= :last (eval '(do 1 (do 2 :last)))) "the value is the last subform's"))

(deftest do-form
  (is (nil? (do)))
  (is (= 3 (do 1 2 3)))
  (let [log (atom [])]
    (do (swap! log conj 1) (swap! log conj 2))
    (is (= [1 2] @log) "forms run in order")))

(deftest let-form
  (is (= 3 (let [a 1 b 2] (+ a b))))
  (is (= 2 (let [a 1 a (inc a)] a)) "later bindings see and shadow earlier ones")
  (is (= 6 (let [a 1 b (+ a 1) c (+ a b)] (* b c))))
  (is (nil? (let [])))
  (is (= 1 (let [x 1] (let [x 2] x) x)) "inner scopes do not leak")
  (is (= :last (let [x 1] :first :last))))

(defn multi
  ([] :zero)
  ([a] [:one a])
  ([a b] [:two a b])
  ([a b & more] [:many a b more]))

(defn variadic [& xs] xs)

(deftest fn-form
  (is (= 3 ((fn [a b] (+ a b)) 1 2)))
  (is (= 6 ((fn named [n] (if (zero? n) 0 (+ n (named (dec n))))) 3))
      "a named fn can call itself")
  (is (= :zero (multi)))
  (is (= [:one 1] (multi 1)))
  (is (= [:two 1 2] (multi 1 2)))
  (is (= [:many 1 2 '(3 4)] (multi 1 2 3 4)))
  (is (nil? (variadic)) "no rest args binds nil")
  (is (= '(1 2) (variadic 1 2)))
  (is (= [1 '(2)] ((fn [a & r] [a r]) 1 2)))
  (is (fn? (fn [])))
  (is (nil? ((fn []))))
  (is (= 10 (apply (fn [& xs] (reduce + xs)) (range 5)))))

(defn make-counter []
  (let [n (atom 0)]
    (fn [] (swap! n inc))))

(deftest closures
  (let [add (fn [x] (fn [y] (+ x y)))
        add5 (add 5)]
    (is (= 8 (add5 3)))
    (is (= 15 ((add 10) 5))))
  (let [c1 (make-counter) c2 (make-counter)]
    (c1) (c1)
    (is (= 3 (c1)) "each closure keeps its own state")
    (is (= 1 (c2))))
  (let [fs (map (fn [i] (fn [] i)) (range 3))]
    (is (= [0 1 2] (map (fn [f] (f)) fs)) "each closure captures its own binding")))

(deftest loop-recur
  (is (= 10 (loop [i 0] (if (< i 10) (recur (inc i)) i))))
  (is (= 120 (loop [n 5 acc 1] (if (zero? n) acc (recur (dec n) (* acc n))))))
  (is (= [3 2 1] (loop [xs [1 2 3] out ()] (if (seq xs) (recur (rest xs) (conj out (first xs))) (vec out)))))
  (is (= 5050 ((fn [n acc] (if (zero? n) acc (recur (dec n) (+ acc n)))) 100 0)) "recur to a fn head")
  (is (= 500000500000 (loop [i 1 s 0] (if (> i 1000000) s (recur (inc i) (+ s i))))) "recur runs in constant stack")
  (is (= [2 1] (loop [a 1 b 2 n 0] (if (= n 1) [a b] (recur b a (inc n)))))
      "recur binds all new values at once"))

(deftest quote-and-var
  (is (= 'x (quote x)))
  (is (= '(1 2) (quote (1 2))))
  (is (= '(+ 1 2) '(+ 1 2)) "quote does not evaluate")
  (is (symbol? (first '(a b))))
  (is (var? (var answer)))
  (is (= 42 @(var answer)))
  (is (= 42 (deref #'answer)))
  (is (= #'answer (var special-forms-test/answer))))

(deftest throw-try-catch-finally
  (is (= :caught (try (throw (ex-info "x" {})) (catch Exception e :caught))))
  (is (= "boom" (try (throw (ex-info "boom" {})) (catch Exception e (ex-message e)))))
  (is (= 1 (try 1 (catch Exception e 2))) "try returns its body's value")
  (is (= 1 (try 1 (finally 2))) "finally's value is discarded")
  (is (nil? (try)))
  (let [log (atom [])]
    (try
      (swap! log conj :body)
      (throw (ex-info "x" {}))
      (swap! log conj :not-reached)
      (catch Exception e (swap! log conj :catch))
      (finally (swap! log conj :finally)))
    (is (= [:body :catch :finally] @log) "body, then catch, then finally"))
  (let [log (atom [])]
    (try
      (try (swap! log conj :inner) (finally (swap! log conj :inner-finally)))
      (finally (swap! log conj :outer-finally)))
    (is (= [:inner :inner-finally :outer-finally] @log)))
  (let [log (atom [])]
    (is (thrown? Exception
                 (try (throw (ex-info "escapes" {}))
                      (finally (swap! log conj :finally)))))
    (is (= [:finally] @log) "finally runs when the exception escapes"))
  (is (= :second (try (throw (ex-info "x" {}))
                      (catch ArithmeticException e :first)
                      (catch Exception e :second)))
      "the first matching catch wins")
  (is (= :rethrown (try (try (throw (ex-info "x" {}))
                             (catch Exception e (throw e)))
                        (catch Exception e :rethrown)))))

;; mino's dialect: (catch e body...) catches anything, (catch e e) included when e names no class.
#?(:mino
   (deftest catch-all-clauses
     (is (= "x" (ex-message (try (throw (ex-info "x" {})) (catch e e)))))
     (is (= "Divide by zero" (ex-message (try (/ 1 0) (catch e e)))))
     (is (= :caught (try (throw (ex-info "x" {})) (catch e :caught))))
     (is (= 1 (let [one 1] (try (/ 1 0) (catch e one)))) "the bare symbol may be any local")
     (is (= :arith (try (/ 1 0) (catch ArithmeticException e :arith) (catch e :other))))
     (is (thrown-with-msg? Exception #"Unable to resolve classname: NoSuchClass"
                           (eval '(try 1 (catch NoSuchClass e (str e))))))))

(deftest letfn-form
  (is (= [true false]
         (letfn [(ev? [n] (if (zero? n) true (od? (dec n))))
                 (od? [n] (if (zero? n) false (ev? (dec n))))]
           [(ev? 10) (ev? 7)]))
      "letfn fns see each other")
  (is (= 120 (letfn [(fact [n] (if (< n 2) 1 (* n (fact (dec n)))))] (fact 5))))
  (is (= [:one 1] (letfn [(f ([] :zero) ([a] [:one a]))] (f 1)))))

(deftest set!-on-dynamic-bindings
  (is (= 0 *depth*))
  (is (= 5 (binding [*depth* 1] (set! *depth* 5) *depth*)) "set! changes the thread binding")
  (is (= 0 *depth*) "the root is untouched")
  (is (= [1 2] (binding [*depth* 1]
                 (let [before *depth*]
                   (set! *depth* 2)
                   [before *depth*]))))
  (is (thrown? Exception (set! *depth* 3)) "set! without a binding is an error"))

(deftest binding-form
  (is (= 1 (binding [*depth* 1] *depth*)))
  (is (= 2 (binding [*depth* 1] (binding [*depth* 2] *depth*))))
  (let [f (fn [] *depth*)]
    (is (= 7 (binding [*depth* 7] (f))) "bindings are visible in called fns")
    (is (= 0 (f)))))
