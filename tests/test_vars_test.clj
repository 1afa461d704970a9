(ns test-vars-test
  "clojure.test's var-metadata tests: with-test, set-test, test-all-vars, get-possibly-unbound-var."
  (:require [clojure.test :refer :all]))

(with-test
  (defn square [x] (* x x))
  (is (= 4 (square 2)))
  (is (= 9 (square 3))))

(defn cube [x] (* x x x))
(set-test cube (is (= 27 (cube 3))))

(declare never-bound)

(deftest metadata-tests
  (testing "with-test defines the fn and keeps its test in :test metadata"
    (is (= 16 (square 4)))
    (is (fn? (:test (meta #'square))))
    (is (= 'square (:name (meta #'square)))))
  (testing "set-test attaches a test to an existing var"
    (is (fn? (:test (meta #'cube)))))
  (testing "test-all-vars runs every :test fn of a namespace"
    (let [counters (binding [*report-counters* (atom *initial-report-counters*)]
                     (test-all-vars 'test-vars-test)
                     @*report-counters*)]
      (is (= 2 (:test counters)))
      (is (= 3 (:pass counters)))
      (is (= 0 (:fail counters)))))
  (testing "get-possibly-unbound-var"
    (is (nil? (get-possibly-unbound-var #'never-bound)))
    (is (= 64 ((get-possibly-unbound-var #'cube) 4)))))
