(ns protocols-test
  "Protocols: defprotocol, extend-type, extend-protocol, extend, satisfies?, extends?, extenders,
  dispatch on nil / Object / classes / interfaces / records, metadata extension, errors."
  (:require [clojure.test :refer :all]))

(defprotocol Shape
  "Things with an area."
  (area [this] "The area.")
  (scale [this k] "Scaled by k."))

(defprotocol Describe
  (describe [x] [x prefix]))

(defrecord Circle [r]
  Shape
  (area [_] (* 3 r r))
  (scale [this k] (assoc this :r (* r k))))

(defrecord Rect [w h]
  Shape
  (area [_] (* w h))
  (scale [_ k] (->Rect (* w k) (* h k))))

(extend-protocol Describe
  nil
  (describe ([_] "nothing") ([_ p] (str p "nothing")))
  String
  (describe ([s] (str "string " s)) ([s p] (str p "string " s)))
  Long
  (describe ([n] (str "long " n)) ([n p] (str p "long " n)))
  Number
  (describe ([n] (str "number " n)) ([n p] (str p "number " n)))
  clojure.lang.IPersistentVector
  (describe ([v] (str "vector of " (count v))) ([v p] (str p "vector")))
  clojure.lang.IPersistentMap
  (describe ([m] (str "map of " (count m))) ([m p] (str p "map")))
  Object
  (describe ([o] "object") ([o p] (str p "object"))))

(def p1-result (defprotocol P1 (p1-m [x])))

(deftest defprotocol-basics
  (testing "defprotocol returns the protocol name and defines the method fns"
    (is (= 'P1 p1-result))
    (is (fn? p1-m))
    (is (var? #'p1-m)))
  (testing "docstrings and arglists land in var metadata"
    (is (= "Things with an area." (:doc (meta #'Shape))))
    (is (= "The area." (:doc (meta #'area))))
    (is (= '([this]) (:arglists (meta #'area))))
    (is (= '([this k]) (:arglists (meta #'scale))))
    (is (= '([x] [x prefix]) (:arglists (meta #'describe)))))
  (testing "the protocol value carries its var and sigs"
    (is (= #'Shape (:var Shape)))
    (is (= #{:area :scale} (set (keys (:sigs Shape)))))
    (is (= '([this k]) (:arglists (:scale (:sigs Shape)))))
    (is (= {:area :area :scale :scale} (:method-map Shape)))))

(deftest inline-record-implementations
  (is (= 12 (area (->Circle 2))))
  (is (= 6 (area (->Rect 2 3))))
  (is (= (->Circle 4) (scale (->Circle 2) 2)))
  (is (= (->Rect 4 6) (scale (->Rect 2 3) 2)))
  (is (= 27 (area (scale (->Circle 1) 3))))
  (is (= [12 6] (map area [(->Circle 2) (->Rect 2 3)]))))

(deftest extend-protocol-dispatch
  (testing "exact classes"
    (is (= "string hi" (describe "hi")))
    (is (= "long 5" (describe 5))))
  (testing "superclass: Double is a Number"
    (is (= "number 1.5" (describe 1.5))))
  (testing "interfaces"
    (is (= "vector of 3" (describe [1 2 3])))
    (is (= "map of 1" (describe {:a 1}))))
  (testing "nil and Object"
    (is (= "nothing" (describe nil)))
    (is (= "object" (describe :kw)))
    (is (= "object" (describe #{1}))))
  (testing "multiple arities"
    (is (= ">string s" (describe "s" ">")))
    (is (= ">long 1" (describe 1 ">")))
    (is (= ">nothing" (describe nil ">")))
    (is (= ">vector" (describe [] ">"))))
  (testing "records are maps unless the protocol names their type"
    (is (= "map of 1" (describe (->Circle 1))))))

(defprotocol Named2 (nm [x]))

(extend-type Circle
  Named2
  (nm [c] (str "circle " (:r c))))

(deftest extend-type-on-records
  (is (= "circle 3" (nm (->Circle 3))))
  (is (satisfies? Named2 (->Circle 1)))
  (is (not (satisfies? Named2 (->Rect 1 1)))))

(defprotocol Countable (cnt [x]))

(extend Rect
  Countable
  {:cnt (fn [r] (* 2 (+ (:w r) (:h r))))})

(extend String
  Countable
  {:cnt (fn [s] (count s))})

(deftest extend-fn
  (is (= 10 (cnt (->Rect 2 3))))
  (is (= 3 (cnt "abc")))
  (is (nil? (extend Long Countable {:cnt (fn [n] n)})))
  (is (= 7 (cnt 7))))

(deftest satisfies-and-extends
  (is (satisfies? Shape (->Circle 1)))
  (is (not (satisfies? Shape "s")))
  (is (not (satisfies? Shape nil)))
  (is (satisfies? Describe nil))
  (is (satisfies? Describe "s"))
  (is (satisfies? Describe 1.5))
  (is (satisfies? Describe :kw))
  (is (extends? Shape Circle))
  (is (extends? Describe String))
  (is (extends? Describe nil))
  (is (not (extends? Describe Double)) "extends? does not search superclasses")
  (is (not (extends? Shape String)))
  (is (extends? Countable Rect)))

(defprotocol Fresh (fresh [x]))
(defprotocol Fresh2 (fresh2 [x]))

(deftest extenders-lists-extended-types
  (is (nil? (extenders Fresh)))
  (extend-type String Fresh (fresh [s] s))
  (is (= [String] (vec (extenders Fresh))))
  (extend-type Long Fresh (fresh [n] n))
  (is (= #{String Long} (set (extenders Fresh))))
  (testing "inline implementations are not extenders"
    (is (nil? (extenders Shape))))
  (extend-protocol Fresh2 nil (fresh2 [_] :nil))
  (is (= [nil] (vec (extenders Fresh2)))))

(deftest missing-implementation-errors
  (is (thrown? IllegalArgumentException (area "s")))
  (is (thrown-with-msg? IllegalArgumentException
                        #"No implementation of method: :area of protocol: #'protocols-test/Shape found for class: java.lang.Long"
                        (area 1)))
  (is (thrown-with-msg? IllegalArgumentException
                        #"No implementation of method: :area of protocol: #'protocols-test/Shape found for class: nil"
                        (area nil)))
  (is (thrown-with-msg? IllegalArgumentException
                        #"found for class: java.lang.String"
                        (scale "x" 2)))
  (is (thrown-with-msg? IllegalArgumentException
                        #"No implementation of method: :cnt of protocol: #'protocols-test/Countable found for class: protocols_test.Circle"
                        (cnt (->Circle 1)))))

(defprotocol Walk (walk-it [x]))

(extend-protocol Walk
  java.util.List (walk-it [x] :list)
  java.util.Collection (walk-it [x] :collection)
  Object (walk-it [x] :object))

(deftest most-specific-interface-wins
  (is (= :list (walk-it [1 2])))
  (is (= :list (walk-it '(1 2))))
  (is (= :collection (walk-it #{1})))
  (is (= :object (walk-it 1))))

(defprotocol Cached (cached [x]))

(deftest extension-invalidates-dispatch
  (extend-type Long Cached (cached [x] :first))
  (is (= :first (cached 1)))
  (is (= :first (cached 2)))
  (extend-type Long Cached (cached [x] :second))
  (is (= :second (cached 1)))
  (extend-type Number Cached (cached [x] :number))
  (is (= :second (cached 1)) "the exact class still wins")
  (is (= :number (cached 1.0)))
  (testing "alternating receiver types"
    (is (= [:second :number :second :number] (map cached [1 1.0 2 2.0])))))

(defprotocol Greeter (greet [g] [g other]))

(deftest reify-implements-protocols
  (let [name "Ann"
        g (reify Greeter
            (greet [_] (str "hi " name))
            (greet [_ o] (str "hi " o " from " name)))]
    (is (= "hi Ann" (greet g)))
    (is (= "hi Bob from Ann" (greet g "Bob")))
    (is (satisfies? Greeter g))
    (is (not (satisfies? Shape g))))
  (testing "each evaluation closes over its own locals"
    (let [mk (fn [n] (reify Greeter (greet [_] n)))
          gs (map mk [1 2 3])]
      (is (= [1 2 3] (map greet gs)))
      (is (= (class (first gs)) (class (second gs)))))))

(defprotocol Partial (pa [x]) (pb [x]))

(deftest partial-implementations
  (extend-type String Partial (pa [s] :a))
  (is (= :a (pa "s")))
  (is (thrown-with-msg? IllegalArgumentException #"No implementation of method: :pb" (pb "s"))))

(defprotocol Meta (via-meta [x]))
(defprotocol MetaExt :extend-via-metadata true (mx [x]) (my [x y]))

(extend-protocol MetaExt
  clojure.lang.IPersistentVector (mx [v] :vector) (my [v y] [:vector y]))

(deftest extend-via-metadata
  (let [m (with-meta {:a 1} {`mx (fn [this] (:a this)) `my (fn [this y] (+ (:a this) y))})]
    (is (= 1 (mx m)))
    (is (= 11 (my m 10))))
  (testing "metadata wins over a class extension"
    (is (= :vector (mx [1])))
    (is (= :meta (mx (with-meta [1] {`mx (fn [_] :meta)}))))
    (is (= [:vector 2] (my (with-meta [1] {`mx (fn [_] :meta)}) 2))))
  (testing "without :extend-via-metadata the metadata is ignored"
    (is (thrown? IllegalArgumentException (via-meta (with-meta {} {`via-meta (fn [_] 1)})))))
  (is (= true (:extend-via-metadata MetaExt))))

(defprotocol Recur (count-down [x n]))

(extend-type Long
  Recur
  (count-down [x n] (if (pos? n) (recur x (dec n)) [x n])))

(deftest recur-in-extended-methods
  (is (= [5 0] (count-down 5 10))))

(defprotocol Redefined (rd [x]))
(extend-type String Redefined (rd [s] :old))
(defprotocol Redefined (rd [x]))

(deftest redefining-a-protocol-keeps-extensions
  (is (= :old (rd "s"))))

(deftest protocol-fn-arity
  ;; evaluated at run time: Clojure's compiler rejects a protocol fn call of an arity the protocol lacks
  (is (thrown? Exception (binding [*ns* (the-ns 'protocols-test)] (eval '(area)))))
  (is (thrown? Exception (binding [*ns* (the-ns 'protocols-test)] (eval '(area (->Circle 1) 2 3))))))

(deftest extend-errors
  (is (thrown-with-msg? IllegalArgumentException #"is not a protocol" (extend String {} {})))
  (is (thrown-with-msg? IllegalArgumentException #"already directly implements"
                        (extend Circle Shape {:area (fn [_] 0)}))))

(defprotocol Deep (depth [x]))

(extend-protocol Deep
  nil (depth [_] 0)
  clojure.lang.ISeq (depth [s] (inc (depth (next s))))
  clojure.lang.IPersistentVector (depth [v] (depth (seq v))))

(deftest recursive-dispatch-through-protocol-fn
  (is (= 3 (depth [1 2 3])))
  (is (= 0 (depth [])))
  (is (= 2 (depth '(1 2)))))

(deftest find-protocol-helpers
  (is (fn? (find-protocol-method Describe :describe "s")))
  (is (= "string q" ((find-protocol-method Describe :describe "s") "q")))
  (is (map? (find-protocol-impl Describe "s")))
  (is (nil? (find-protocol-impl Shape "s"))))
