(ns test-vars-test.subject
  "The vars whose :test metadata test-vars-test looks at. A namespace of their own: test-all-vars runs
  every var with :test metadata, and in Clojure deftest's vars have it too, so test-all-vars of
  test-vars-test would run the deftest calling it again."
  (:require [clojure.test :refer :all]))

(with-test
  (defn square [x] (* x x))
  (is (= 4 (square 2)))
  (is (= 9 (square 3))))

(defn cube [x] (* x x x))
(set-test cube (is (= 27 (cube 3))))

(ns test-vars-test
  "clojure.test's var-metadata tests: with-test, set-test, test-all-vars, get-possibly-unbound-var."
  (:require [clojure.test :refer :all]
            [test-vars-test.subject :refer [square cube]]))

(declare never-bound)

(deftest metadata-tests
  (testing "with-test defines the fn and keeps its test in :test metadata"
    (is (= 16 (square 4)))
    (is (fn? (:test (meta #'square))))
    (is (= 'square (:name (meta #'square)))))
  (testing "set-test attaches a test to an existing var"
    (is (fn? (:test (meta #'cube)))))
  (testing "test-all-vars runs every :test fn of a namespace"
    ;; mino's counters are an atom, Clojure's a ref (docs/compatibility.md)
    (let [counters (binding [*report-counters* (#?(:mino atom :clj ref) *initial-report-counters*)]
                     (test-all-vars 'test-vars-test.subject)
                     @*report-counters*)]
      (is (= 2 (:test counters)))
      (is (= 3 (:pass counters)))
      (is (= 0 (:fail counters)))))
  (testing "get-possibly-unbound-var"
    ;; Clojure's docstring says nil, but Clojure 1.12 answers the var's Unbound placeholder, as var-get does
    (is (= "Unbound: #'test-vars-test/never-bound" (str (get-possibly-unbound-var #'never-bound))))
    (is (= 64 ((get-possibly-unbound-var #'cube) 4)))))
