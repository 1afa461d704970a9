(ns test-library-test
  "clojure.test itself: what is, are, testing and thrown? report, fixture composition, the text
  of failure reports, and run-tests' counting. Reports are captured by rebinding report, so the
  deliberate failures here are not counted against the suite."
  (:require [clojure.test :refer :all]))

(defmacro capture
  "Runs body with every report map collected instead of counted or printed; returns
  [body's value, the report maps]."
  [& body]
  `(let [reports# (atom [])
         value# (binding [report (fn [m#] (swap! reports# conj m#))] ~@body)]
     [value# @reports#]))

(defn report-types [[_ reports]] (mapv :type reports))

(deftest is-reports-pass-and-fail
  (let [[v rs] (capture (is (= 1 1)))]
    (is (true? v) "is returns the form's value")
    (is (= [:pass] (mapv :type rs))))
  (let [[v [r]] (capture (is (= 1 (+ 1 1)) "one is not two"))]
    (is (false? v))
    (is (= :fail (:type r)))
    (is (= "one is not two" (:message r)))
    (is (= '(= 1 (+ 1 1)) (:expected r)) "expected is the quoted form")
    (is (= '(not (= 1 2)) (:actual r)) "a predicate's actual shows the evaluated arguments"))
  (let [[v [r]] (capture (is false))]
    (is (false? v))
    (is (= :fail (:type r)))
    (is (false? (:actual r))))
  (let [[_ [r]] (capture (is nil "always fails"))]
    (is (= :fail (:type r)) "(is nil) is a failure")
    (is (= "always fails" (:message r))))
  (let [[v [r]] (capture (is (get {:k :found} :k)))]
    (is (= :found v))
    (is (= :pass (:type r))))
  (is (= [:pass :fail] (report-types (capture (is true) (is false))))))

(deftest is-reports-errors
  (let [[_ [r]] (capture (is (= 1 (/ 1 0))))]
    (is (= :error (:type r)) "an exception inside is is an error, not a failure")
    (is (= '(= 1 (/ 1 0)) (:expected r)))
    (is (= "Divide by zero" (ex-message (:actual r))))))

(deftest thrown-assertions
  (let [[v [r]] (capture (is (thrown? ArithmeticException (/ 1 0))))]
    (is (= :pass (:type r)))
    (is (= "Divide by zero" (ex-message v)) "thrown? returns the exception"))
  (let [[v [r]] (capture (is (thrown? ArithmeticException (+ 1 1))))]
    (is (= :fail (:type r)) "no exception is a failure")
    (is (nil? (:actual r))))
  (is (= [:error] (report-types (capture (is (thrown? ArithmeticException
                                                      (throw (ex-info "other" {})))))))
      "an exception of another class is an error")
  (is (= [:pass] (report-types (capture (is (thrown-with-msg? Exception #"b.d"
                                                              (throw (ex-info "a bad day" {}))))))))
  (is (= [:fail] (report-types (capture (is (thrown-with-msg? Exception #"^bad"
                                                              (throw (ex-info "a bad day" {})))))))
      "the message must match the regex (re-find)"))

(deftest testing-contexts
  (let [seen (atom [])]
    (binding [report (fn [m] (swap! seen conj (testing-contexts-str)))]
      (testing "outer"
        (is true)
        (testing "inner"
          (is true)))
      (is true))
    (is (= ["outer" "outer inner" ""] @seen))))

(deftest are-expands-a-template
  (is (= [:pass :fail :pass] (report-types (capture (are [x y] (= x y) 1 1, 2 3, :a :a)))))
  (is (= [:pass] (report-types (capture (are [x] (= [x {:k x} #{x}] [1 {:k 1} #{1}]) 1))))
      "template symbols are replaced inside nested collections")
  (is (= [:pass :pass] (report-types (capture (are [f x] (f x) odd? 1, even? 2)))))
  (is (thrown? Exception (macroexpand '(clojure.test/are [x y] (= x y) 1)))
      "the number of values must be a multiple of the template's"))

(deftest fixture-composition
  (let [log (atom [])
        fixture (fn [tag] (fn [f] (swap! log conj [tag :in]) (f) (swap! log conj [tag :out])))]
    ((compose-fixtures (fixture :a) (fixture :b)) #(swap! log conj :test))
    (is (= [[:a :in] [:b :in] :test [:b :out] [:a :out]] @log) "the first fixture is outermost")
    (reset! log [])
    ((join-fixtures [(fixture :a) (fixture :b) (fixture :c)]) #(swap! log conj :test))
    (is (= [[:a :in] [:b :in] [:c :in] :test [:c :out] [:b :out] [:a :out]] @log))
    (reset! log [])
    ((join-fixtures []) #(swap! log conj :test))
    (is (= [:test] @log))))

(deftest successful-summaries
  (is (successful? {:test 2 :pass 5 :fail 0 :error 0}))
  (is (not (successful? {:test 2 :pass 5 :fail 1 :error 0})))
  (is (not (successful? {:test 2 :pass 5 :fail 0 :error 1}))))

(deftest failure-report-text
  (let [out (with-out-str
              (binding [*test-out* *out*
                        *report-counters* nil]
                (testing "in context"
                  (is (= 1 2) "a message"))))]
    (is (re-find #"(?m)^FAIL in \(failure-report-text\) \(" out))
    (is (re-find #"(?m)^in context$" out))
    (is (re-find #"(?m)^a message$" out))
    (is (re-find #"(?m)^expected: \(= 1 2\)$" out))
    (is (re-find #"(?m)^  actual: \(not \(= 1 2\)\)$" out))
    #?(:mino (is (re-find #"\(test_library_test\.clj:\d+\)" out) "file:line of the is form")))
  (let [out (with-out-str
              (binding [*test-out* *out*
                        *report-counters* nil]
                (is (= 1 (/ 1 0)))))]
    (is (re-find #"(?m)^ERROR in \(failure-report-text\) \(" out))
    (is (re-find #"(?m)^expected: \(= 1 \(/ 1 0\)\)$" out))
    (is (re-find #"(?m)^  actual: java\.lang\.ArithmeticException: Divide by zero" out))))

(def fixture-log (atom []))

(defn scratch-namespace
  "A fresh namespace holding tests with one pass, one failure and one error, and fixtures."
  []
  (binding [*ns* (create-ns 'test-library-test.scratch)]
    (eval '(clojure.core/refer 'clojure.core))
    (eval '(clojure.core/require '[clojure.test :refer [deftest is use-fixtures]]))
    (eval '(use-fixtures :once (fn [f]
                                 (swap! test-library-test/fixture-log conj :once-in)
                                 (f)
                                 (swap! test-library-test/fixture-log conj :once-out))))
    (eval '(use-fixtures :each (fn [f] (swap! test-library-test/fixture-log conj :each) (f))))
    (eval '(deftest passes (is (= 1 1))))
    (eval '(deftest fails (is (= 1 2)) (is (= 2 2))))
    (eval '(deftest throws (throw (ex-info "escaped" {}))))
    'test-library-test.scratch))

(deftest run-tests-counts-and-prints
  (reset! fixture-log [])
  (let [ns-sym (scratch-namespace)
        summary (atom nil)
        out (with-out-str
              (binding [*test-out* *out*]
                (reset! summary (run-tests ns-sym))))]
    (is (= {:test 3 :pass 2 :fail 1 :error 1 :type :summary} @summary))
    (is (not (successful? @summary)))
    (is (re-find #"(?m)^Testing test-library-test\.scratch$" out))
    (is (re-find #"(?m)^Ran 3 tests containing 4 assertions\.$" out))
    (is (re-find #"(?m)^1 failures, 1 errors\.$" out))
    (is (re-find #"(?m)^FAIL in \(run-tests-counts-and-prints fails\)" out)
        "a test run from inside another test is named after both")
    (is (re-find #"(?m)^ERROR in \(run-tests-counts-and-prints throws\)" out))
    (is (re-find #"(?m)^Uncaught exception, not in assertion\.$" out))
    (is (= [:once-in :each :each :each :once-out] @fixture-log)
        ":once wraps the namespace, :each wraps every test")))

(defmethod assert-expr 'close-to? [msg form]
  (let [[_ expected actual] form]
    `(let [e# ~expected
           a# ~actual
           ok# (< (Math/abs (double (- e# a#))) 0.01)]
       (do-report {:type (if ok# :pass :fail), :message ~msg, :expected '~form, :actual a#})
       ok#)))

(deftest assert-expr-is-the-extension-point-of-is
  (testing "thrown?, thrown-with-msg?, instance?, :default and :always-fail are its methods"
    (is (every? (set (keys (methods assert-expr))) [:always-fail :default 'thrown? 'thrown-with-msg? 'instance?])))
  (testing "a program's own method"
    (let [[v [r]] (capture (is (close-to? 1.0 1.001)))]
      (is (true? v))
      (is (= :pass (:type r)))
      (is (= '(close-to? 1.0 1.001) (:expected r))))
    (let [[v [r]] (capture (is (close-to? 1.0 2.0) "too far"))]
      (is (false? v))
      (is (= [:fail "too far" 2.0] [(:type r) (:message r) (:actual r)]))))
  (testing "instance? reports the value's class"
    (let [[v [r]] (capture (is (instance? String 1)))]
      (is (false? v))
      (is (= [:fail Long] [(:type r) (:actual r)]))))
  (testing "assert-predicate and assert-any take msg and form, as Clojure's"
    (is (seq? (assert-predicate "m" '(= 1 1))))
    (is (seq? (assert-any "m" 'x)))))

;; mino's dialect: (thrown? expr) with one argument that names no class expects any exception.
#?(:mino
   (deftest thrown-with-one-argument
     (let [[v [r]] (capture (is (thrown? (/ 1 0))))]
       (is (= "Divide by zero" (ex-message v)))
       (is (= :pass (:type r))))
     (let [[_ [r]] (capture (is (thrown? (+ 1 1))))]
       (is (= :fail (:type r))))))
