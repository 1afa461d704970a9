(ns datafy-test
  "clojure.datafy and the Datafiable/Navigable protocols: identity by default, extension by protocol or
  by metadata, the :clojure.datafy/obj and /class metadata, and the built-in datafications."
  (:require [clojure.test :refer :all]
            [clojure.datafy :as d]
            [clojure.core.protocols :as p]))

(defrecord Temperature [celsius])

(extend-protocol p/Datafiable
  Temperature
  (datafy [t] {:celsius (:celsius t) :fahrenheit (+ 32 (* 9/5 (:celsius t)))}))

(def answer 42)

(deftest identity-by-default
  (doseq [x [1 "s" :k [1 2] {:a 1} d/datafy]]
    (is (identical? x (d/datafy x))))
  (is (nil? (d/datafy nil)))
  (is (nil? (meta (d/datafy [1 2]))))
  (is (= 1 (p/datafy 1)))
  (is (satisfies? p/Datafiable 1))
  (is (satisfies? p/Navigable {})))

(deftest extension-by-protocol
  (let [t (->Temperature 100)
        data (d/datafy t)]
    (is (= {:celsius 100 :fahrenheit 212} data))
    (is (= t (::d/obj (meta data))))
    (is (= 'datafy_test.Temperature (::d/class (meta data))))))

(deftest extension-by-metadata
  (let [x (with-meta [1 2 3] {`p/datafy (fn [v] {:count (count v)})})
        data (d/datafy x)]
    (is (= {:count 3} data))
    (is (identical? x (::d/obj (meta data))))
    (is (symbol? (::d/class (meta data)))))
  (testing "a result that cannot carry metadata is returned as it is"
    (is (= 42 (d/datafy (with-meta [1] {`p/datafy (fn [_] 42)}))))))

(deftest nav-fn
  (is (= 1 (d/nav {:a 1} :a 1)))
  (is (= :v (d/nav [:v] 0 :v)))
  (is (= 3 (p/nav '(1 2 3) nil 3)))
  (let [people (with-meta {:alice 1}
                 {`p/nav (fn [coll k v] {:id v :name (name k)})})]
    (is (= {:id 1 :name "alice"} (d/nav people :alice 1)))))

(deftest built-in-datafications
  (let [data (d/datafy (ex-info "boom" {:a 1}))]
    (is (= "boom" (:cause data)))
    (is (= {:a 1} (:data data)))
    (is (vector? (:via data))))
  (is (= [5] (d/datafy (atom 5))))
  (is (= :x (:tag (meta (d/datafy (atom 5 :meta {:tag :x}))))))
  (is (= [42] (d/datafy #'answer)))
  (is (= 'answer (:name (meta (d/datafy #'answer)))))
  (let [ns-data (d/datafy (find-ns 'datafy-test))]
    (is (= 'datafy-test (:name ns-data)))
    (is (contains? (:publics ns-data) 'answer))
    (is (contains? (:interns ns-data) 'answer))
    (is (sorted? (:publics ns-data)))))
