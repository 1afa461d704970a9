(ns errors-test
  "Errors: ex-info and its accessors, catching by class, finally, and the messages of the
  runtime's own errors (arity, unresolved symbol, non-fn call, overflow, bad index, stack overflow)."
  (:require [clojure.test :refer :all]))

(defn messages
  "The messages of e and its causes, outermost first, joined with \" | \": a compiler may wrap an
  error (Clojure reports an unresolved symbol inside a CompilerException)."
  [e]
  (loop [e e, out []]
    (if e
      (recur (ex-cause e) (conj out (str (ex-message e))))
      (reduce (fn [a b] (str a " | " b)) out))))

(defmacro caught
  "The Throwable that body throws, or nil."
  [& body]
  `(try ~@body nil (catch Throwable t# t#)))

(defn two-args [a b] [a b])

(deftest ex-info-and-accessors
  (let [cause (ex-info "root cause" {:level 0})
        e (ex-info "wrapped" {:a 1 :b [2]} cause)]
    (is (= "wrapped" (ex-message e)))
    (is (= {:a 1 :b [2]} (ex-data e)))
    (is (= [2] (:b (ex-data e))))
    (is (identical? cause (ex-cause e)))
    (is (= "root cause" (ex-message (ex-cause e))))
    (is (nil? (ex-cause cause)))
    (is (= {:level 0} (ex-data (ex-cause e)))))
  (let [e (caught (/ 1 0))]
    (is (nil? (ex-data e)) "only ex-info carries data")
    (is (= "Divide by zero" (ex-message e))))
  (is (nil? (ex-message "not an exception")))
  (is (nil? (ex-data {:a 1})))
  (is (= {:k :v} (try (throw (ex-info "m" {:k :v})) (catch Exception e (ex-data e))))))

(deftest catching-by-class
  (is (= :arith (try (/ 1 0) (catch ArithmeticException e :arith))))
  (is (= :info (try (throw (ex-info "m" {})) (catch clojure.lang.ExceptionInfo e :info))))
  (is (= :exception (try (throw (ex-info "m" {})) (catch Exception e :exception))))
  (is (= :throwable (try (throw (ex-info "m" {})) (catch Throwable e :throwable))))
  (is (= :runtime (try (/ 1 0) (catch RuntimeException e :runtime))))
  (is (= :second (try (throw (ex-info "m" {}))
                      (catch ArithmeticException e :first)
                      (catch clojure.lang.ExceptionInfo e :second)
                      (catch Exception e :third))))
  (is (thrown? ArithmeticException
               (try (/ 1 0) (catch clojure.lang.ExceptionInfo e :wrong-class)))
      "an exception no catch matches propagates")
  (is (thrown? Throwable (assert (= 1 2))))
  (is (re-find #"Assert failed" (ex-message (caught (assert (= 1 2)))))))

#?(:mino
   (deftest mino-catch-forms
     (is (= :default (try (throw (ex-info "m" {})) (catch :default e :default))))
     (is (= "m" (try (throw (ex-info "m" {})) (catch e (ex-message e)))) "mino's catch-all")))

(deftest finally-ordering
  (let [log (atom [])]
    (is (= :value (try :value (finally (swap! log conj :finally)))))
    (is (= [:finally] @log)))
  (let [log (atom [])]
    (try (try (throw (ex-info "inner" {}))
              (catch Exception e (swap! log conj :catch) (throw (ex-info "from catch" {})))
              (finally (swap! log conj :finally)))
         (catch Exception e (swap! log conj (ex-message e))))
    (is (= [:catch :finally "from catch"] @log) "finally runs before the outer catch"))
  (let [log (atom [])
        f (fn [] (try (swap! log conj :body) :returned (finally (swap! log conj :cleanup))))]
    (is (= :returned (f)))
    (is (= [:body :cleanup] @log))))

(deftest runtime-error-messages
  (testing "arity"
    (is (= "Wrong number of args (3) passed to: errors-test/two-args"
           (ex-message (caught (two-args 1 2 3)))))
    (is (= "Wrong number of args (1) passed to: errors-test/two-args"
           (ex-message (caught (two-args 1)))))
    (is (re-find #"^Wrong number of args \(2\) passed to: "
                 (ex-message (caught ((fn [x] x) 1 2))))))
  (testing "unresolved symbol"
    (is (re-find #"Unable to resolve symbol: undefined-thing in this context"
                 (messages (caught (eval 'undefined-thing))))))
  (testing "calling something that is not a fn"
    (is (thrown? ClassCastException ((identity 1) 2)))
    (is (thrown? Exception ((identity "str"))))
    (is (thrown? Exception ((identity nil) 1))))
  (testing "integer overflow"
    (is (thrown? ArithmeticException (+ 9223372036854775807 1)))
    (is (re-find #"overflow" (ex-message (caught (+ 9223372036854775807 1)))))
    (is (re-find #"overflow" (ex-message (caught (* 9223372036854775807 2)))))
    (is (re-find #"overflow" (ex-message (caught (- -9223372036854775808 1)))))
    (is (re-find #"overflow" (ex-message (caught (inc 9223372036854775807)))))
    (is (re-find #"overflow" (ex-message (caught (dec -9223372036854775808)))))
    (is (= 9223372036854775807N (+' 9223372036854775807 0)) "+' promotes instead"))
  (testing "division by zero"
    (is (thrown-with-msg? ArithmeticException #"Divide by zero" (/ 1 0)))
    (is (thrown? ArithmeticException (quot 1 0)))
    (is (thrown? ArithmeticException (mod 1 0))))
  (testing "bad index"
    (is (thrown? IndexOutOfBoundsException (nth [1 2] 5)))
    (is (thrown? IndexOutOfBoundsException (nth [1 2] -1)))
    (is (thrown? IndexOutOfBoundsException (nth '(1 2) 5)))
    (is (= :none (nth [1 2] 5 :none)) "nth with a default does not throw")
    (is (nil? (get [1 2] 5)) "get returns nil for a bad index"))
  (testing "bad arguments"
    (is (thrown? Exception (+ 1 "2")))
    (is (thrown? Exception (assoc [1] 5 :x)))
    (is (thrown? Exception (count 5)))))

(defn deep [n] (inc (deep n)))

(deftest stack-overflow
  (let [e (caught (deep 0))]
    (is (some? e) "unbounded non-tail recursion is a catchable error")
    #?(:mino (is (re-find #"stack overflow" (str (ex-message e))))
       :clj (is (instance? StackOverflowError e))))
  (is (= 3 (+ 1 2)) "the program goes on afterwards")
  (is (= :recovered (try (deep 0) (catch Throwable _ :recovered)))))

(defn nested-vector [depth] (reduce (fn [v _] [v]) [] (range depth)))

(deftest deeply-nested-values
  (let [v (nested-vector 10000) w (nested-vector 10000)]
    (is (= v w))
    (is (= (hash v) (hash w)))
    (is (= 20002 (count (pr-str v)))))
  ;; mino only: whether 100,000 levels fit = and hash depends on the thread's stack and on how many frames
  ;; a level takes (in Clojure with a 16 MB stack, = and pr may end in a bare StackOverflowError); running
  ;; out of stack is a mino error naming the operation.
  #?(:mino
  (let [v (nested-vector 100000) w (nested-vector 100000)
        outcome (fn [op f]
                  (try (f)
                       (catch Exception e
                         (if (re-find (re-pattern (str "stack overflow in " op ": .*nested too deeply")) (ex-message e))
                           :too-deep
                           (throw e)))))]
    (is (contains? #{true :too-deep} (outcome "=" #(= v w))))
    (is (contains? #{true :too-deep} (outcome "hash" #(= (hash v) (hash w)))))
    ;; pr keeps no stack per level of the collections it prints itself: any depth prints.
    (is (= 200002 (count (pr-str v)))))))

#?(:mino
   (deftest reader-nesting-limit
     ;; mino's reader stops at a fixed depth (Clojure's reads until the stack overflows)
     (is (vector? (read-string (str (apply str (repeat 10000 "[")) (apply str (repeat 10000 "]"))))))
     (let [e (caught (read-string (apply str (repeat 100000 "("))))]
       (is (= "Form nested too deeply (more than 10000 levels)" (ex-message e))))))

(deftest errors-in-lazy-code
  (let [s (map (fn [x] (/ 1 x)) (list 1 0))]
    (is (= 1 (first s)) "the error is raised only when the bad element is realized")
    (is (thrown? ArithmeticException (doall s)))))
