(ns macros-test
  "Macros: defmacro, syntax-quote and gensyms, macroexpansion, &form and &env, and the core
  control-flow and threading macros."
  (:require [clojure.test :refer :all]))

(defmacro unless
  "Runs body when c is logical false."
  [c & body]
  `(if ~c nil (do ~@body)))

(defmacro my-or2 [a b]
  `(let [x# ~a] (if x# x# ~b)))

(defmacro swap-args [[f a b]] (list f b a))

(defmacro arity-macro
  ([] :none)
  ([x] [:one x])
  ([x & more] [:more x (count more)]))

(defmacro def-const [name value]
  `(def ~name ~value))

(defmacro form-of [& _] `'~&form)

(defmacro local-names []
  (set (map name (keys &env))))

(defmacro count-down [n]
  (if (<= n 0) [] `(conj (count-down ~(dec n)) ~n)))

(def-const seven 7)

(deftest defining-macros
  (is (= 2 (unless false 1 2)))
  (is (nil? (unless true (throw (ex-info "never evaluated" {})))))
  (is (= 3 (swap-args (- 1 4))) "macro args arrive unevaluated and may be destructured")
  (is (= :none (arity-macro)))
  (is (= [:one 1] (arity-macro 1)))
  (is (= [:more 1 2] (arity-macro 1 2 3)))
  (is (= 7 seven) "a macro can expand into def")
  (is (= [1 2 3] (count-down 3)) "a macro can expand into itself")
  (is (true? (:macro (meta #'unless))))
  (is (= "Runs body when c is logical false." (:doc (meta #'unless))))
  (is (thrown? Exception (eval '(identity macros-test/unless))) "a macro is not a value"))

(deftest hygiene
  (let [x 5]
    (is (= 5 (my-or2 nil x)) "auto-gensyms do not capture the caller's locals"))
  (is (= 1 (my-or2 1 (throw (ex-info "not evaluated" {})))))
  (let [g1 (gensym) g2 (gensym)]
    (is (symbol? g1))
    (is (not= g1 g2)))
  (is (= "foo" (subs (name (gensym "foo")) 0 3)) "gensym takes a prefix")
  (is (not= (gensym "p") (gensym "p"))))

(deftest form-and-env
  (is (= '(form-of 1 (2)) (form-of 1 (2))) "&form is the whole call")
  (let [a 1 b 2 found (local-names)]
    (is (contains? found "a") "&env holds the locals in scope")
    (is (contains? found "b"))))

(deftest macroexpansion
  (is (= '(if a (do b)) (macroexpand-1 '(when a b))))
  (is (= '(if a nil (do b c)) (macroexpand-1 '(macros-test/unless a b c))))
  (is (= '(d (b a c)) (macroexpand '(-> a (b c) d))))
  (is (= '(b c a) (macroexpand-1 '(->> a (b c)))))
  (is (= '(if a (do (when b c))) (macroexpand '(when a (when b c)))) "subforms are not expanded")
  (is (= '(+ 1 2) (macroexpand-1 '(+ 1 2))) "a non-macro form is returned as is")
  (is (= 'x (macroexpand 'x)))
  (is (= 42 (macroexpand 42))))

(deftest when-and-if-variants
  (is (= 2 (when true 1 2)))
  (is (nil? (when false 1)))
  (is (= 1 (when-not false 1)))
  (is (nil? (when-not true 1)))
  (is (= :b (if-not true :a :b)))
  (is (= 3 (if-let [x (+ 1 2)] x :none)))
  (is (= :none (if-let [x nil] x :none)))
  (is (= :none (if-let [x false] x :none)))
  (is (nil? (if-let [x nil] x)))
  (is (= 4 (when-let [x 2] (* x x))))
  (is (nil? (when-let [x nil] (throw (ex-info "not run" {})))))
  (is (= [1 2] (if-let [[a b] [1 2]] [a b] :none)) "if-let destructures")
  (is (= 1 (when-first [x [1 2]] x)))
  (is (= 5 (if-some [x 5] x :none)))
  (is (= false (if-some [x false] x :none)) "if-some only rejects nil")
  (is (= :none (if-some [x nil] x :none))))

(deftest cond-and-case
  (is (= 2 (cond false 1 :else 2)))
  (is (= 1 (cond true 1 :else 2)))
  (is (nil? (cond false 1)))
  (is (nil? (cond)))
  (is (= :neg (let [n -5] (cond (pos? n) :pos (neg? n) :neg :else :zero))))
  (is (= :b (case 2 1 :a 2 :b :default)))
  (is (= :default (case 9 1 :a :default)))
  (is (= :sym (case 'x x :sym :other)) "case constants are not evaluated")
  (is (= :kw (case :k :k :kw :other)))
  (is (= :str (case "s" "s" :str :other)))
  (is (= :vec (case [1 2] [1 2] :vec :other)))
  (is (= :group (case 3 (1 2 3) :group :other)) "a list groups alternatives")
  (is (= :nil (case nil nil :nil :other)))
  (is (thrown-with-msg? Exception #"No matching clause: 9" (case 9 1 :a)))
  (is (= "small" (condp < 5 10 "big" 3 "small")))
  (is (= :one (condp = 1 1 :one 2 :two))))

(deftest boolean-macros
  (is (true? (and)))
  (is (nil? (or)))
  (is (= 2 (and 1 2)))
  (is (nil? (and 1 nil 2)))
  (is (false? (and false nil)))
  (is (= 1 (or nil 1)))
  (is (false? (or nil false)))
  (is (= 1 (or 1 (throw (ex-info "short-circuit" {})))))
  (is (nil? (and nil (throw (ex-info "short-circuit" {})))))
  (let [n (atom 0)]
    (and (swap! n inc) (swap! n inc) nil (swap! n inc))
    (is (= 2 @n) "and evaluates each form once, left to right")))

(deftest threading-macros
  (is (= 4 (-> 1 inc (* 2))))
  (is (= [1 2] (-> [1] (conj 2))))
  (is (= 1 (-> {:a {:b 1}} :a :b)))
  (is (= 0 (->> 1 (- 2) (- 1))) "(- 1 (- 2 1))")
  (is (= 6 (->> (range 4) (map inc) (filter even?) (reduce +))))
  (is (= {:a 1 :b 2} (cond-> {:a 1} true (assoc :b 2) false (assoc :c 3))))
  (is (= [1 2] (cond->> [1 2] false (map inc))))
  (is (= 3 (as-> 1 x (inc x) (+ x 1))))
  (is (nil? (some-> {:a nil} :a inc)))
  (is (= 2 (some-> {:a 1} :a inc)))
  (is (= [2 3] (some->> [1 2] (map inc) vec))))

(deftest doto-and-friends
  (let [a (doto (atom 0) (swap! inc) (swap! + 10))]
    (is (= 11 @a) "doto calls each form with the object first and returns it"))
  (is (= [0 1 2] (let [out (atom [])] (dotimes [i 3] (swap! out conj i)) @out)))
  (is (= [[1 :a] [1 :b] [2 :a] [2 :b]] (for [x [1 2] y [:a :b]] [x y])))
  (is (= [1 3] (for [x (range 4) :when (odd? x)] x)))
  (is (= [0 1 4] (for [x (range 3) :let [y (* x x)]] y)))
  (is (= [[0 1] [1 2]] (let [out (atom [])] (doseq [x [0 1]] (swap! out conj [x (inc x)])) @out)))
  (is (nil? (doseq [x [1 2]] x)))
  (is (= 2 (let [out (atom 0)] (while (< @out 2) (swap! out inc)) @out))))
