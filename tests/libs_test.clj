(ns libs-test
  "The small standard namespaces: clojure.zip, clojure.data, clojure.template and clojure.edn, as
  Clojure 1.12 documents them."
  (:require [clojure.test :refer :all]
            [clojure.zip :as z]
            [clojure.data :as d]
            [clojure.template :as t]
            [clojure.edn :as edn]))

;; ---------------------------------------------------------------- clojure.zip

(def vz (z/vector-zip [1 [2 3] 4]))

(deftest zip-navigation
  (are [expected actual] (= expected actual)
    [1 [2 3] 4] (z/node vz)
    1 (-> vz z/down z/node)
    [2 3] (-> vz z/down z/right z/node)
    2 (-> vz z/down z/right z/down z/node)
    3 (-> vz z/down z/right z/down z/right z/node)
    [2 3] (-> vz z/down z/right z/down z/up z/node)
    4 (-> vz z/down z/rightmost z/node)
    1 (-> vz z/down z/rightmost z/leftmost z/node)
    [2 3] (-> vz z/down z/rightmost z/left z/node)
    nil (-> vz z/down z/left)
    nil (-> vz z/down z/rightmost z/right)
    nil (z/up vz)
    nil (z/down (-> vz z/down))
    nil (-> vz z/down z/lefts)
    '([2 3] 4) (-> vz z/down z/rights)
    '(1) (-> vz z/down z/right z/lefts)
    '(1 [2 3]) (-> vz z/down z/rightmost z/lefts)
    nil (z/path vz)
    [[1 [2 3] 4]] (-> vz z/down z/path)
    [[1 [2 3] 4] [2 3]] (-> vz z/down z/right z/down z/path)
    true (z/branch? vz)
    false (-> vz z/down z/branch?)
    '(1 [2 3] 4) (z/children vz)
    [1 [2 3] 4] (-> vz z/down z/right z/down z/root)))

(deftest zip-editing
  (are [expected actual] (= expected actual)
    [:x [2 3] 4] (-> vz z/down (z/replace :x) z/root)
    [2 [2 3] 4] (-> vz z/down (z/edit inc) z/root)
    [11 [2 3] 4] (-> vz z/down (z/edit + 10) z/root)
    [0 1 [2 3] 4] (-> vz z/down (z/insert-left 0) z/root)
    [1 0 [2 3] 4] (-> vz z/down (z/insert-right 0) z/root)
    [0 1 [2 3] 4] (-> vz (z/insert-child 0) z/root)
    [1 [2 3] 4 5] (-> vz (z/append-child 5) z/root)
    [1 [2 3 :y] 4] (-> vz z/down z/right (z/append-child :y) z/root)
    [1 4] (-> vz z/down z/right z/remove z/root)
    1 (-> vz z/down z/right z/remove z/node)
    [[2 3] 4] (-> vz z/down z/remove z/node)
    [1 [2] 4] (-> vz z/down z/right z/down z/right z/remove z/root)
    [1 [9 3] 4] (-> vz z/down z/right z/down (z/replace 9) z/up z/up z/node)
    1 (-> vz z/down (z/insert-left 0) z/node))
  (is (thrown-with-msg? Exception #"Insert at top" (z/insert-left vz 0)))
  (is (thrown-with-msg? Exception #"Insert at top" (z/insert-right vz 0)))
  (is (thrown-with-msg? Exception #"Remove at top" (z/remove vz)))
  (is (thrown-with-msg? Exception #"called children on a leaf node" (-> vz z/down z/children))))

(deftest zip-depth-first
  (is (= [[1 [2 3] 4] 1 [2 3] 2 3 4]
         (loop [loc vz acc []] (if (z/end? loc) acc (recur (z/next loc) (conj acc (z/node loc)))))))
  (is (= [10 [20 30] 40]
         (loop [loc vz]
           (if (z/end? loc)
             (z/root loc)
             (recur (z/next (if (number? (z/node loc)) (z/edit loc * 10) loc)))))))
  (is (= [1 [3] 4]
         (loop [loc vz]
           (if (z/end? loc)
             (z/root loc)
             (recur (z/next (if (= 2 (z/node loc)) (z/remove loc) loc)))))))
  (let [end (nth (iterate z/next vz) 6)]
    (is (z/end? end))
    (is (= end (z/next end)) "next stays at the end")
    (is (= [1 [2 3] 4] (z/root end))))
  (is (not (z/end? vz)))
  (are [expected actual] (= expected actual)
    [2 3] (-> vz z/down z/right z/down z/prev z/node)
    1 (-> vz z/down z/right z/prev z/node)
    3 (-> vz z/down z/rightmost z/prev z/node)
    [1 [2 3] 4] (-> vz z/down z/prev z/node)
    nil (z/prev vz)))

(deftest zip-kinds
  (let [sz (z/seq-zip '(1 (2 3)))]
    (is (= 2 (-> sz z/down z/right z/down z/node)))
    (is (= '(9 (2 3)) (-> sz z/down (z/replace 9) z/root)))
    (is (seq? (-> sz z/down (z/replace 9) z/root)))
    (is (= '(1 (2 3) 4) (-> sz (z/append-child 4) z/root))))
  (let [doc {:tag :a :attrs nil :content [{:tag :b :attrs nil :content ["x"]} "y"]}
        xz (z/xml-zip doc)]
    (is (= {:tag :b :attrs nil :content ["x"]} (-> xz z/down z/node)))
    (is (= "x" (-> xz z/down z/down z/node)))
    (is (= "y" (-> xz z/down z/right z/node)))
    (is (false? (-> xz z/down z/right z/branch?)))
    (is (= {:tag :a :content [{:tag :c}]} (-> (z/xml-zip {:tag :a :content nil}) (z/append-child {:tag :c}) z/root))))
  (let [tz (z/zipper map? (comp seq :kids) (fn [n kids] (assoc n :kids (vec kids))) {:v 1 :kids [{:v 2}]})]
    (is (= {:v 2} (-> tz z/down z/node)))
    (is (= {:v 1 :kids [{:v 3}]} (-> tz z/down (z/edit update :v inc) z/root)))))

(deftest zip-locations-are-data
  (is (= "[1 {:l [], :pnodes [[1 2]], :ppath nil, :r (2)}]" (pr-str (-> (z/vector-zip [1 2]) z/down))))
  (is (= "[[1 2] nil]" (pr-str (z/vector-zip [1 2]))))
  (is (= [:zip/branch? :zip/children :zip/make-node] (keys (meta vz))))
  (is (= 28 (count (ns-publics 'clojure.zip)))))

;; ---------------------------------------------------------------- clojure.data

(deftest diff-test
  (are [expected actual] (= expected actual)
    [nil nil 1] (d/diff 1 1)
    [1 2 nil] (d/diff 1 2)
    [nil nil nil] (d/diff nil nil)
    ["abc" "abd" nil] (d/diff "abc" "abd")
    [{:b 2} {:b 3} {:a 1}] (d/diff {:a 1 :b 2} {:a 1 :b 3})
    [{:a 1} {:b 2} nil] (d/diff {:a 1} {:b 2})
    [{:a {:c 2}} {:a {:c 3}} {:a {:b 1}}] (d/diff {:a {:b 1 :c 2}} {:a {:b 1 :c 3}})
    [[nil nil 3] [nil nil 4] [1 2]] (d/diff [1 2 3] [1 2 4])
    [nil [nil nil 3] [1 2]] (d/diff [1 2] [1 2 3])
    [[nil 2] nil [1]] (d/diff [1 2] [1])
    [[1] [2] [nil {:a 1}]] (d/diff [1 {:a 1}] [2 {:a 1}])
    [{:a [nil 2]} {:a [nil 3]} {:a [1]}] (d/diff {:a [1 2]} {:a [1 3]})
    [#{1} #{3} #{2}] (d/diff #{1 2} #{2 3})
    [nil #{3} #{1 2}] (d/diff #{1 2} #{1 2 3})
    [nil nil [1 2]] (d/diff [1 2] '(1 2))
    [nil {:a 1} nil] (d/diff nil {:a 1})
    [[1 2] #{1 2} nil] (d/diff [1 2] #{1 2})
    [{:a nil} {:a 1} nil] (d/diff {:a nil} {:a 1})
    [nil nil {:a nil}] (d/diff {:a nil} {:a nil})
    [nil {:b nil} {:a 1}] (d/diff {:a 1} {:a 1 :b nil})
    [[nil 1] [nil 2] [0]] (d/diff '(0 1) [0 2])))

(defrecord DiffPoint [x y])

(deftest diff-records
  (is (= [{:y 2} {:y 3} {:x 1}] (d/diff (->DiffPoint 1 2) (->DiffPoint 1 3))) "records diff as maps")
  (is (= :map (d/equality-partition (->DiffPoint 1 2)))))

(deftest equality-partitions
  (are [expected x] (= expected (d/equality-partition x))
    :atom 1
    :atom nil
    :atom "s"
    :atom :k
    :sequential [1]
    :sequential '(1)
    :sequential (range 3)
    :set #{1}
    :map {:a 1}
    :map (sorted-map)))

(deftest diff-similar-test
  (is (= '#{Diff EqualityPartition diff diff-similar equality-partition} (set (keys (ns-publics 'clojure.data)))))
  (is (= [1 2 nil] (d/diff-similar 1 2)))
  (is (= [[nil 2] [nil 3] [1]] (d/diff-similar [1 2] [1 3]))))

;; ---------------------------------------------------------------- clojure.template

(deftest template-test
  (is (= '(+ 1 2) (t/apply-template '[x y] '(+ x y) '[1 2])))
  (is (= '[:q (:q) z] (t/apply-template '[a] '[a (a) z] '[:q])))
  (is (= '{:k 3} (t/apply-template '[v] '{:k v} [3])))
  (is (= "123" (with-out-str (t/do-template [x] (print x) 1 2 3))))
  (is (= [2 12] (let [a (atom [])] (t/do-template [x y] (swap! a conj (* x y)) 1 2 3 4) @a)))
  (is (= 7 (t/do-template [x] (+ x 1) 2 6)) "the value of the last copy"))

;; ---------------------------------------------------------------- clojure.edn

(deftest edn-scalars
  (are [expected text] (= expected (edn/read-string text))
    42 "42"
    -1 "-1"
    1.5 "1.5"
    1/2 "1/2"
    1N "1N"
    1.5M "1.5M"
    "s" "\"s\""
    "a\nb" "\"a\\nb\""
    \a "\\a"
    \newline "\\newline"
    nil "nil"
    true "true"
    false "false"
    'sym "sym"
    'ns/sym "ns/sym"
    :kw ":kw"
    :ns/kw ":ns/kw"
    ##Inf "##Inf"
    '(1 2) "(1 2)"
    [1 [2]] "[1 [2]]"
    {:a [1 2 #{3}]} "{:a [1 2 #{3}]}"
    #{} "#{}"
    {:a/b 1 :a/c 2} "#:a{:b 1 :c 2}"
    1 "1 2"
    2 "#_ 1 2"
    3 "#_ #_ 1 2 3"
    [1 3] "[1 #_ 2 3]"
    :x " ; comment\n :x"
    [1 2] "[1,2]"))

(deftest edn-eof-and-options
  (is (nil? (edn/read-string "")))
  (is (nil? (edn/read-string nil)))
  (is (nil? (edn/read-string "  ; only a comment")))
  (is (= :done (edn/read-string {:eof :done} "")))
  (is (thrown-with-msg? Exception #"EOF" (edn/read-string {} "")))
  (is (thrown-with-msg? Exception #"EOF" (edn/read-string "[1 2")))
  (is (thrown? Exception (edn/read-string "{:a}")))
  (is (thrown? Exception (edn/read-string "]")))
  (is (= {:foo true} (meta (edn/read-string "^:foo [1]"))))
  (is (= [:foo 1] (edn/read-string {:readers {'foo (fn [x] [:foo x])}} "#foo 1")))
  (is (= ['bar 2] (edn/read-string {:default (fn [tag v] [tag v])} "#bar 2")))
  (is (= [:mine "x"] (edn/read-string {:readers {'foo (fn [v] [:mine v])} :default (fn [t v] :dflt)} "#foo \"x\"")))
  (is (thrown-with-msg? Exception #"No reader function for tag bar" (edn/read-string "#bar 2")))
  (is (= #inst "2020-01-02T03:04:05.000-00:00" (edn/read-string "#inst \"2020-01-02T03:04:05.000-00:00\"")))
  (is (= #uuid "b6883c0a-0342-4007-9966-bc2dfa6b109e" (edn/read-string "#uuid \"b6883c0a-0342-4007-9966-bc2dfa6b109e\"")))
  (is (= [:i "x"] (edn/read-string {:readers {'inst (fn [s] [:i s])}} "#inst \"x\"")) ":readers override #inst"))

(deftest edn-is-not-clojure
  (is (thrown? Exception (edn/read-string "#(inc %)")))
  (is (thrown? Exception (edn/read-string "#'a")))
  (is (thrown? Exception (edn/read-string "#\"re\"")))
  (is (thrown? Exception (edn/read-string "::a")))
  (is (thrown? Exception (edn/read-string "#=(+ 1 2)")))
  (is (thrown? Exception (edn/read-string "#?(:clj 1)"))))

(deftest edn-read-from-stream
  (is (= [1 [2] {:a 3} :end]
         (with-in-str "1 [2] {:a 3}"
           [(edn/read) (edn/read) (edn/read) (edn/read {:eof :end} *in*)])))
  (is (= [1 "" "rest of line"] (with-in-str "1\nrest of line" [(edn/read) (read-line) (read-line)])))
  (is (= ['a 'b] (with-in-str "a;c\nb" [(edn/read *in*) (edn/read *in*)])))
  (is (thrown? Exception (with-in-str "" (edn/read)))))
