(ns types-test
  "deftype and reify: fields, protocol and interface implementations, Object methods, IFn, mutable
  fields, recur to the method head, identity semantics, printing."
  (:require [clojure.test :refer :all]
            [clojure.string :as str]))

(defprotocol Box (unbox [b]) (rebox [b v]))
(defprotocol Counter (incr! [c]) (current [c]))
(defprotocol Sum (sum-down [s n acc]))

(deftype Cell [v]
  Box
  (unbox [_] v)
  (rebox [_ nv] (Cell. nv)))

(deftype Pair [a b])

(def deftype-result (deftype Unit []))

(deftest deftype-basics
  (is (= Unit deftype-result))
  (let [c (->Cell 5)]
    (is (= 5 (unbox c)))
    (is (= 6 (unbox (rebox c 6))))
    (is (instance? Cell c))
    (is (not (instance? Pair c)))
    (is (= Cell (class c)))
    (is (= Cell (type c)))
    (is (satisfies? Box c))
    (is (not (satisfies? Box (->Pair 1 2))))))

(deftest deftype-is-not-a-map
  (let [p (->Pair 1 2)]
    (is (not (map? p)))
    (is (not (coll? p)))
    (is (not (record? p)))
    (is (nil? (:a p)))
    (is (nil? (get p :a)))))

(deftest deftype-identity-equality
  (let [p (->Pair 1 2)]
    (is (= p p))
    (is (not= (->Pair 1 2) (->Pair 1 2)))
    (is (= 2 (count (set [(->Pair 1 2) (->Pair 1 2)]))))))

(deftest deftype-fields-by-interop
  (let [p (->Pair 1 2)]
    (is (= 1 (.-a p)))
    (is (= 2 (.-b p)))
    (is (= 1 (.-a (Pair. 1 2))))
    (is (= 3 (.-b (new Pair 4 3))))))

(deftest deftype-printing
  (is (re-matches #"#object\[types_test\.Pair 0x[0-9a-f]+ \"types_test\.Pair@[0-9a-f]+\"\]" (pr-str (->Pair 1 2))))
  (is (= "types_test.Pair" (pr-str Pair)))
  (is (= "class types_test.Pair" (str Pair)))
  (is (str/starts-with? (str (->Pair 1 2)) "types_test.Pair@")))

(deftype Money [amount currency]
  Object
  (toString [_] (str amount " " currency))
  (equals [this o] (and (instance? Money o) (= amount (.-amount o)) (= currency (.-currency o))))
  (hashCode [_] (hash [amount currency])))

(deftest object-methods
  (is (= "5 EUR" (str (->Money 5 "EUR"))))
  (is (= (->Money 5 "EUR") (->Money 5 "EUR")))
  (is (not= (->Money 5 "EUR") (->Money 5 "USD")))
  (is (= (hash (->Money 5 "EUR")) (hash (->Money 5 "EUR"))))
  (is (= 1 (count (set [(->Money 5 "EUR") (->Money 5 "EUR")]))))
  (is (= :yes (get {(->Money 1 "X") :yes} (->Money 1 "X"))))
  (is (re-matches #"#object\[types_test\.Money 0x[0-9a-f]+ \"5 EUR\"\]" (pr-str (->Money 5 "EUR")))))

(deftype Tally [^:unsynchronized-mutable n]
  Counter
  (incr! [_] (set! n (inc n)) n)
  (current [_] n))

(deftype VTally [^:volatile-mutable n step]
  Counter
  (incr! [this]
    (let [old n]
      (set! n (+ n step))
      [old n]))
  (current [_] (let [n (* 10 n)] n)))

(deftest mutable-fields
  (let [t (->Tally 0)]
    (is (= 1 (incr! t)))
    (is (= 2 (incr! t)))
    (is (= 2 (current t)))
    (dotimes [_ 10] (incr! t))
    (is (= 12 (current t))))
  (let [v (->VTally 1 5)]
    (is (= [1 6] (incr! v)))
    (is (= [6 11] (incr! v)))
    (is (= 110 (current v)) "a let binding shadows the field"))
  (testing "set! on an immutable field is an error"
    (is (thrown? Exception (eval '(deftype Bad [x] types-test/Counter (incr! [_] (set! x 1)) (current [_] x)))))))

(deftype Summer [base]
  Sum
  (sum-down [_ n acc] (if (zero? n) (+ base acc) (recur (dec n) (+ acc n)))))

(deftest recur-goes-to-method-head
  (is (= 1015 (sum-down (->Summer 1000) 5 0)))
  (let [r (reify Sum (sum-down [_ n acc] (if (pos? n) (recur (dec n) (* acc 2)) acc)))]
    (is (= 1024 (sum-down r 10 1)))))

(deftype Adder [n]
  clojure.lang.IFn
  (invoke [_ x] (+ n x))
  (invoke [_ x y] (+ n x y)))

(deftest ifn-types
  (let [add5 (->Adder 5)]
    (is (= 15 (add5 10)))
    (is (= 18 (add5 10 3)))
    (is (= [6 7 8] (map add5 [1 2 3])))
    (is (ifn? add5))
    (is (thrown? Throwable (add5)))))

(deftest reify-basics
  (let [x 10
        r (reify
            Box
            (unbox [_] x)
            (rebox [this v] this)
            Object
            (toString [_] "a box"))]
    (is (= 10 (unbox r)))
    (is (identical? r (rebox r 1)))
    (is (= "a box" (str r)))
    (is (satisfies? Box r))
    (is (instance? clojure.lang.IObj r))
    (is (not (map? r))))
  (testing "reify objects carry metadata"
    (let [r (with-meta (reify Object (toString [_] "r")) {:a 1})]
      (is (= {:a 1} (meta r)))
      (is (= "r" (str r)))))
  (testing "closures: each instance sees its own locals"
    (let [boxes (map (fn [i] (reify Box (unbox [_] (* i i)) (rebox [b _] b))) (range 5))]
      (is (= [0 1 4 9 16] (map unbox boxes))))))

(deftest reify-host-interfaces
  (testing "ILookup: keyword access and get"
    (let [r (reify clojure.lang.ILookup
              (valAt [_ k] (str "got " (name k)))
              (valAt [_ k nf] nf))]
      (is (= "got abc" (:abc r)))
      (is (= "got x" (get r :x)))
      (is (= 5 (get r :x 5)))))
  (testing "IDeref"
    (is (= 42 @(reify clojure.lang.IDeref (deref [_] 42)))))
  (testing "Seqable and Counted"
    (let [r (reify
              clojure.lang.Seqable (seq [_] (list 1 2 3))
              clojure.lang.Counted (count [_] 3))]
      (is (= [1 2 3] (seq r)))
      (is (= 3 (count r)))
      (is (= [2 3 4] (map inc r)))
      (is (= 6 (reduce + r)))))
  (testing "java.lang.Comparable"
    (let [v (fn [n] (reify
                      Comparable (compareTo [_ o] (compare n (unbox o)))
                      Box (unbox [_] n) (rebox [b _] b)))]
      (is (= [1 2 3] (map unbox (sort [(v 3) (v 1) (v 2)]))))))
  (testing "Runnable via interop"
    (let [a (atom 0)
          r (reify Runnable (run [_] (swap! a inc)))]
      (.run r)
      (.run r)
      (is (= 2 @a)))))

(deftype Wrapper [m]
  clojure.lang.ILookup
  (valAt [this k] (.valAt this k nil))
  (valAt [_ k nf] (get m k nf))
  clojure.lang.Counted
  (count [_] (count m)))

(deftest deftype-host-interfaces
  (let [w (->Wrapper {:a 1 :b 2})]
    (is (= 1 (:a w)))
    (is (= 2 (get w :b)))
    (is (= :nf (get w :c :nf)))
    (is (= 2 (count w)))
    (is (instance? Wrapper w))
    (is (= {:a 1 :b 2} (.-m w)))))

(defprotocol Self (me [x]) (same? [x y]))

(deftype Ident [id]
  Self
  (me [this] this)
  (same? [_ other] (= id (.-id other))))

(deftest this-and-other-instances
  (let [a (->Ident 1)]
    (is (identical? a (me a)))
    (is (same? a (->Ident 1)))
    (is (not (same? a (->Ident 2))))))

(deftest constructor-arity
  (is (thrown? Exception (->Pair 1)))
  ;; evaluated at run time: Clojure's compiler rejects a constructor call of the wrong arity
  (is (thrown? Exception (binding [*ns* (the-ns 'types-test)] (eval '(Pair. 1 2 3))))))

(deftest implementing-unknown-methods-fails
  (is (thrown? Exception (eval '(deftype Oops [] types-test/Box (nope [_] 1))))))

(deftest inline-implementations-and-protocol-queries
  (is (extends? Box Cell))
  (is (not (extends? Counter Cell)))
  (is (nil? (extenders Box)) "inline implementations are not extensions")
  (let [c (->Cell 1)]
    (is (identical? c (find-protocol-impl Box c)))
    (is (nil? (find-protocol-method Box :unbox c)) "an inline method is the type's own: no fn to find")))

(deftype Closer [^:unsynchronized-mutable n]
  Counter
  (incr! [_] (dotimes [_ 2] (set! n (+ n 10))) n)
  (current [_] (let [[a b] [n (inc n)]] (+ a b))))

(deftest mutable-fields-in-loops-and-destructuring
  (let [c (->Closer 1)]
    (is (= 21 (incr! c)))
    (is (= 43 (current c)))))

(deftest class-names
  (is (= "foo_bar_QMARK_" (munge "foo-bar?")))
  (is (= 'a_b (munge 'a-b)))
  (is (class? String))
  (is (class? Cell))
  (is (not (class? "s")))
  (is (not (class? nil)))
  (is (re-matches #"#object\[types_test\$\S*reify__\d+ 0x[0-9a-f]+ \"types_test\$\S*reify__\d+@[0-9a-f]+\"\]"
                  (pr-str (reify Box (unbox [_] 1) (rebox [b _] b)))))
  (is (nil? (class nil)))
  (is (nil? (type nil))))
