(ns set-test
  "clojure.set: set algebra and the relational functions, as Clojure 1.12 documents them."
  (:require [clojure.test :refer :all]
            [clojure.set :as set]))

(deftest union-test
  (are [expected actual] (= expected actual)
    #{} (set/union)
    #{1 2} (set/union #{1 2})
    #{1 2 3} (set/union #{1 2} #{2 3})
    #{1 2 3 4} (set/union #{1} #{2} #{3 4})
    #{1 2 3 4 5} (set/union #{1} #{2} #{3} #{4 5})
    #{1} (set/union nil #{1})
    #{1} (set/union #{1} nil)
    nil (set/union nil nil)
    #{:a :b} (set/union #{:a} #{:a :b}))
  (is (sorted? (set/union (sorted-set 3 1 2) #{4})) "the larger set receives the smaller's elements")
  (is (= [1 2 3 4] (seq (set/union #{4} (sorted-set 3 1 2))))))

(deftest intersection-test
  (are [expected actual] (= expected actual)
    #{1} (set/intersection #{1})
    #{2 3} (set/intersection #{1 2 3} #{2 3 4})
    #{} (set/intersection #{1 2} #{3})
    #{3} (set/intersection #{1 2 3} #{2 3 4} #{3 4 5})
    #{} (set/intersection #{1} #{})
    #{:b} (set/intersection #{:a :b} #{:b :c} #{:b})))

(deftest difference-test
  (are [expected actual] (= expected actual)
    #{1 2 3} (set/difference #{1 2 3})
    #{1 3} (set/difference #{1 2 3} #{2})
    #{3} (set/difference #{1 2 3} #{1} #{2})
    #{} (set/difference #{1 2} #{1 2 3 4})
    #{1 2} (set/difference #{1 2} #{})
    #{1} (set/difference #{1 2} #{2 3 4 5 6})))

(deftest select-test
  (are [expected actual] (= expected actual)
    #{1 3} (set/select odd? #{1 2 3 4})
    #{} (set/select odd? #{})
    #{} (set/select neg? #{1 2})
    #{{:a 1}} (set/select #(= 1 (:a %)) #{{:a 1} {:a 2}}))
  (is (sorted? (set/select odd? (sorted-set 1 2 3)))))

(def people #{{:name "ann" :age 30 :city "oslo"}
              {:name "bob" :age 25 :city "rome"}
              {:name "cy" :age 30 :city "rome"}})

(deftest project-and-rename
  (is (= #{{:name "ann"} {:name "bob"} {:name "cy"}} (set/project people [:name])))
  (is (= #{{:age 30} {:age 25}} (set/project people [:age])))
  (is (= #{{}} (set/project #{{:a 1}} [:z])))
  (is (= {:m 1} (meta (set/project (with-meta #{{:a 1}} {:m 1}) [:a]))))
  (is (= #{{:x 1 :b 2}} (set/rename #{{:a 1 :b 2}} {:a :x})))
  (is (= #{{:b 1 :a 2}} (set/rename #{{:a 1 :b 2}} {:a :b :b :a})))
  (is (= {:m 2} (meta (set/rename (with-meta #{{:a 1}} {:m 2}) {:a :b})))))

(deftest rename-keys-test
  (are [expected actual] (= expected actual)
    {:new-a 1 :new-b 2} (set/rename-keys {:a 1 :b 2} {:a :new-a :b :new-b})
    {:b 1 :a 2} (set/rename-keys {:a 1 :b 2} {:a :b :b :a})
    {:a 1} (set/rename-keys {:a 1} {:x :y})
    {:b 1} (set/rename-keys {:a 1 :b 2} {:a :b})
    {:x nil} (set/rename-keys {:a nil} {:a :x})
    {} (set/rename-keys {} {:a :b})
    {:a 1} (set/rename-keys {:a 1} {})))

(deftest index-test
  (is (= {{:age 30} #{{:name "ann" :age 30 :city "oslo"} {:name "cy" :age 30 :city "rome"}}
          {:age 25} #{{:name "bob" :age 25 :city "rome"}}}
         (set/index people [:age])))
  (is (= {{:a 1 :b 2} #{{:a 1 :b 2 :c 3}}} (set/index #{{:a 1 :b 2 :c 3}} [:a :b])))
  (is (= {{} #{{:a 1} {:a 2}}} (set/index #{{:a 1} {:a 2}} [:z])))
  (is (= {} (set/index #{} [:a]))))

(deftest map-invert-test
  (are [expected actual] (= expected actual)
    {1 :a 2 :b} (set/map-invert {:a 1 :b 2})
    {} (set/map-invert {})
    {"x" :k} (set/map-invert {:k "x"}))
  (is (= 1 (count (set/map-invert {:a 1 :b 1}))) "duplicate values collapse to one key"))

(deftest join-test
  (let [xs #{{:a 1 :b 2} {:a 2 :b 3}}
        ys #{{:a 1 :c 5} {:a 3 :c 6}}]
    (is (= #{{:a 1 :b 2 :c 5}} (set/join xs ys)))
    (is (= #{{:a 1 :b 2 :c 5}} (set/join ys xs))))
  (is (= #{{:a 1 :b 1} {:a 2 :b 1}} (set/join #{{:a 1} {:a 2}} #{{:b 1}})) "no shared keys: cross product")
  (is (= #{} (set/join #{} #{{:a 1}})))
  (is (= #{} (set/join #{{:a 1}} #{})))
  (is (= #{{:a 1 :x 1 :y 2}} (set/join #{{:a 1}} #{{:x 1 :y 2}} {:a :x})))
  (is (= #{{:id 1 :name "ann" :pid 1 :pet "cat"}}
         (set/join #{{:id 1 :name "ann"} {:id 2 :name "bob"}} #{{:pid 1 :pet "cat"}} {:id :pid})))
  (is (= #{} (set/join #{{:a 1}} #{{:x 2}} {:a :x}))))

(deftest subset-superset
  (are [expected actual] (= expected actual)
    true (set/subset? #{1} #{1 2})
    true (set/subset? #{} #{1})
    true (set/subset? #{} #{})
    true (set/subset? #{1 2} #{1 2})
    false (set/subset? #{1 3} #{1 2})
    false (set/subset? #{1 2 3} #{1 2})
    true (set/superset? #{1 2} #{1})
    true (set/superset? #{1 2} #{})
    false (set/superset? #{1} #{1 2})
    false (set/superset? #{1 2} #{3})))

(deftest set-lib-vars
  (is (= 12 (count (ns-publics 'clojure.set)))))
