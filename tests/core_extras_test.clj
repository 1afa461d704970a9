(ns core-extras-test
  "The smaller corners of clojure.core: int/ident predicates, instants, unchecked math, byte/short,
  rationalize, collection hashing, find-keyword, loaded-libs, ns-refers, refer-clojure, use,
  requiring-resolve, read and read+string, tagged literals and reader conditionals as data, taps,
  with-local-vars, test, Throwable->map, cast, struct maps, the chunked-seq API, print-method and
  friends, PrintWriter-on, definline, and the compiler's dynamic vars."
  (:require [clojure.test :refer :all]))

;; ---- predicates ----

(deftest int-predicates
  (is (pos-int? 1))
  (is (not (pos-int? 0)))
  (is (not (pos-int? -1)))
  (is (not (pos-int? 1.0)))
  (is (not (pos-int? 1N)))
  (is (neg-int? -1))
  (is (not (neg-int? 0)))
  (is (not (neg-int? -1.5)))
  (is (nat-int? 0))
  (is (nat-int? 5))
  (is (not (nat-int? -1)))
  (is (not (nat-int? nil)))
  (is (not (nat-int? "1"))))

(deftest ident-predicates
  (is (qualified-ident? :a/b))
  (is (qualified-ident? 'a/b))
  (is (false? (qualified-ident? :a)))
  (is (false? (qualified-ident? 'a)))
  (is (false? (qualified-ident? "a/b")))
  (is (simple-ident? :a))
  (is (simple-ident? 'a))
  (is (false? (simple-ident? :a/b)))
  (is (false? (simple-ident? "a"))))

(deftest uuids-uris-and-instants
  (is (uuid? (random-uuid)))
  (is (uuid? #uuid "1b4e28ba-2fa1-11d2-883f-0016d3cca427"))
  (is (not (uuid? "1b4e28ba-2fa1-11d2-883f-0016d3cca427")))
  (is (not= (random-uuid) (random-uuid)))
  (is (re-matches #"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}" (str (random-uuid))))
  (is (not (uri? "http://example.com")))
  (is (not (uri? nil)))
  (is (inst? #inst "2020-01-01"))
  (is (not (inst? "2020-01-01")))
  (is (not (inst? 1577836800000)))
  (is (satisfies? Inst #inst "2020-01-01"))
  (is (= 1 (inst-ms #inst "1970-01-01T00:00:00.001Z")))
  (is (= 1577836800000 (inst-ms #inst "2020-01-01T00:00:00Z")))
  (is (= 1577836800000 (inst-ms* #inst "2020-01-01"))))

;; ---- numbers ----

(deftest unchecked-long-arithmetic
  (is (= -9223372036854775808 (unchecked-add 9223372036854775807 1)))
  (is (= 9223372036854775807 (unchecked-subtract -9223372036854775808 1)))
  (is (= -2 (unchecked-multiply 9223372036854775807 2)))
  (is (= -9223372036854775808 (unchecked-negate -9223372036854775808)))
  (is (= -9223372036854775808 (unchecked-inc 9223372036854775807)))
  (is (= 9223372036854775807 (unchecked-dec -9223372036854775808)))
  (is (= 3 (unchecked-add 1 2)))
  (is (= -5 (unchecked-negate 5)))
  (is (= 2.5 (unchecked-add 1.5 1)))
  (is (= 0.5 (unchecked-subtract 1 0.5)))
  (is (= 3N (unchecked-add 1N 2)))
  (is (== 1 (unchecked-multiply 2 1/2)))
  (is (= 1.5 (unchecked-inc 0.5)))
  (is (= -0.5 (unchecked-negate 0.5)))
  (is (thrown? ArithmeticException (+ 9223372036854775807 1))))

(deftest unchecked-int-arithmetic
  (is (= -2147483648 (unchecked-add-int 2147483647 1)))
  (is (= 2147483647 (unchecked-subtract-int -2147483648 1)))
  (is (= 0 (unchecked-multiply-int 65536 65536)))
  (is (= -2147483648 (unchecked-negate-int -2147483648)))
  (is (= -2147483648 (unchecked-inc-int 2147483647)))
  (is (= 2147483647 (unchecked-dec-int -2147483648)))
  (is (= 3 (unchecked-divide-int 7 2)))
  (is (= -3 (unchecked-divide-int -7 2)))
  (is (= 1 (unchecked-remainder-int 7 2)))
  (is (= -1 (unchecked-remainder-int -7 2)))
  (is (instance? Integer (unchecked-add-int 1 2)))
  (is (thrown? ArithmeticException (unchecked-divide-int 1 0)))
  (is (thrown? ArithmeticException (unchecked-remainder-int 1 0)))
  (is (thrown-with-msg? ArithmeticException #"integer overflow" (unchecked-add-int 3000000000 1))))

(deftest unchecked-casts
  (is (= -56 (unchecked-byte 200)))
  (is (= -25536 (unchecked-short 40000)))
  (is (= -1294967296 (unchecked-int 3000000000)))
  (is (= 1 (unchecked-long 1.9)))
  (is (= -1 (unchecked-long -1.9)))
  (is (= \A (unchecked-char 65)))
  (is (= \a (unchecked-char \a)))
  (is (= 97 (unchecked-int \a)))
  (is (= 1.0 (unchecked-double 1)))
  (is (= 1.0 (unchecked-float 1)))
  (is (instance? Integer (unchecked-int 1)))
  (is (instance? Byte (unchecked-byte 1)))
  (is (instance? Short (unchecked-short 1)))
  (is (instance? Character (unchecked-char 66)))
  (is (instance? Float (unchecked-float 1)))
  (is (instance? Double (unchecked-double 1)))
  (is (instance? Long (unchecked-long 1))))

(deftest byte-and-short
  (is (= 127 (byte 127)))
  (is (= -128 (byte -128)))
  (is (= 1 (byte 1.9)))
  (is (= 97 (byte \a)))
  (is (instance? Byte (byte 1)))
  (is (thrown-with-msg? IllegalArgumentException #"Value out of range for byte: 128" (byte 128)))
  (is (thrown? IllegalArgumentException (byte -129)))
  (is (thrown? ClassCastException (byte "1")))
  (is (= 32767 (short 32767)))
  (is (= -32768 (short -32768)))
  (is (instance? Short (short 1)))
  (is (thrown-with-msg? IllegalArgumentException #"Value out of range for short: 40000" (short 40000)))
  (is (= 3 (+ (byte 1) (short 2))))
  (is (= 2 (inc (byte 1)))))

(deftest rationalize-values
  (is (= 3/2 (rationalize 1.5)))
  (is (= 1/10 (rationalize 0.1)))
  (is (= -1/4 (rationalize -0.25)))
  (is (= 2 (rationalize 2.0)))
  (is (= "2N" (pr-str (rationalize 2.0))))
  (is (= "100N" (pr-str (rationalize 100.0))))
  (is (= 3 (rationalize 3)))
  (is (= 1/3 (rationalize 1/3)))
  (is (= 3/2 (rationalize 1.5M)))
  (is (ratio? (rationalize 0.5)))
  (is (integer? (rationalize 4.0)))
  (is (thrown? ClassCastException (rationalize "1.5"))))

(deftest collection-hashing
  (is (= (hash [1 2 3]) (hash-ordered-coll [1 2 3])))
  (is (= (hash '(1 2 3)) (hash-ordered-coll '(1 2 3))))
  (is (= (hash-ordered-coll [1 2]) (hash-ordered-coll (list 1 2))))
  (is (= (hash #{1 2}) (hash-unordered-coll #{1 2})))
  (is (= (hash {:a 1}) (hash-unordered-coll {:a 1})))
  (is (= (hash {}) (hash-unordered-coll [])))
  (is (= (hash []) (mix-collection-hash 1 0)))
  (is (= (hash #{}) (mix-collection-hash 0 0)))
  (is (= -1640531526 (hash-combine 0 1)))
  (is (integer? (hash-combine (hash :a) "b"))))

;; ---- keywords, namespaces, libs ----

(def a-local-var 1)

(deftest finding-keywords
  (is (= :find-me (find-keyword "find-me")))
  (is (nil? (find-keyword "surely-never-made-keyword-7781")))
  (is (= ::local (find-keyword "core-extras-test" "local")))
  (is (nil? (find-keyword "core-extras-test" "surely-never-made-7781")))
  (is (= :a/b (find-keyword 'a/b)))
  (is (= :kw (find-keyword :kw)))
  (is (nil? (find-keyword nil))))

(deftest loaded-libs-and-refers
  (require 'clojure.set)
  (is (contains? (loaded-libs) 'clojure.set))
  (is (sorted? (loaded-libs)))
  (is (every? symbol? (loaded-libs)))
  (let [refers (ns-refers 'core-extras-test)]
    (is (= #'clojure.core/map (get refers 'map)))
    (is (= #'clojure.test/is (get refers 'is)))
    (is (nil? (get refers 'a-local-var))))
  (is (map? (ns-refers (the-ns 'core-extras-test)))))

(deftest refer-clojure-filters
  (binding [*ns* (create-ns 'core-extras-test.rc-only)]
    (refer-clojure :only '[inc])
    (let [m (ns-refers 'core-extras-test.rc-only)]
      (is (contains? m 'inc))
      (is (not (contains? m 'dec)))))
  (binding [*ns* (create-ns 'core-extras-test.rc-exclude)]
    (refer-clojure :exclude '[map])
    (let [m (ns-refers 'core-extras-test.rc-exclude)]
      (is (contains? m 'filter))
      (is (not (contains? m 'map)))))
  (binding [*ns* (create-ns 'core-extras-test.rc-rename)]
    (refer-clojure :only '[inc] :rename '{inc plus-one})
    (is (= #'clojure.core/inc (get (ns-refers 'core-extras-test.rc-rename) 'plus-one)))))

(deftest requiring-resolve-loads
  (let [v (requiring-resolve 'clojure.walk/postwalk)]
    (is (var? v))
    (is (= v (resolve 'clojure.walk/postwalk)))
    (is (= 'postwalk (:name (meta v)))))
  (is (= (resolve 'clojure.set/union) (requiring-resolve 'clojure.set/union)))
  (is (nil? (requiring-resolve 'clojure.set/no-such-fn)))
  (is (thrown-with-msg? IllegalArgumentException #"Not a qualified symbol: union" (requiring-resolve 'union))))

(deftest use-refers
  (binding [*ns* (create-ns 'core-extras-test.use-all)]
    (is (nil? (use 'clojure.set)))
    (is (= (resolve 'clojure.set/union) (get (ns-refers 'core-extras-test.use-all) 'union))))
  (binding [*ns* (create-ns 'core-extras-test.use-only)]
    (use '[clojure.string :only [join]])
    (let [m (ns-refers 'core-extras-test.use-only)]
      (is (contains? m 'join))
      (is (not (contains? m 'split)))))
  (binding [*ns* (create-ns 'core-extras-test.use-exclude)]
    (use '[clojure.walk :exclude [postwalk]])
    (let [m (ns-refers 'core-extras-test.use-exclude)]
      (is (contains? m 'prewalk))
      (is (not (contains? m 'postwalk)))))
  (binding [*ns* (create-ns 'core-extras-test.use-as)]
    (use '[clojure.string :as s :only [upper-case]])
    (is (= (the-ns 'clojure.string) (get (ns-aliases 'core-extras-test.use-as) 's)))
    (is (contains? (ns-refers 'core-extras-test.use-as) 'upper-case)))
  (binding [*ns* (create-ns 'core-extras-test.use-rename)]
    (use '[clojure.string :only [lower-case] :rename {lower-case lc}])
    (is (= (resolve 'clojure.string/lower-case) (get (ns-refers 'core-extras-test.use-rename) 'lc)))))

;; ---- reading ----

(deftest read-from-streams
  (is (= '(+ 1 2) (with-in-str "(+ 1 2)" (read))))
  (is (= '[a b c] (with-in-str "a b c" [(read) (read) (read)])))
  (is (= :done (with-in-str "" (read *in* false :done))))
  (is (= :done (with-in-str "   ; only a comment" (read *in* false :done))))
  (is (thrown? Exception (with-in-str "" (read))))
  (is (= :the-end (with-in-str "" (read {:eof :the-end} *in*))))
  (is (thrown? Exception (with-in-str "" (read {:eof :eofthrow} *in*))))
  (is (= 'kept (with-in-str "#_skip kept" (read))))
  (is (= [[[1] 2] 3] (with-in-str "[[1 #_x] 2] #_ #_ 1 2 3" [(read) (read)])))
  (is (= [[1] :end] (with-in-str "^#_a :m [1] #_b" [(read) (read *in* false :end)])))
  (is (= 42 (with-in-str "; comment\n42" (read))))
  (is (= {:a [1 "two" \c]} (with-in-str "{:a [1 \"two\" \\c]} rest" (read))))
  (is (= ['(a) " tail" "next"] (with-in-str "(a) tail\nnext" [(read) (read-line) (read-line)])))
  (is (= ["a string" 12] (with-in-str "\"a string\" 12" [(read) (read)])))
  (is (= ''x (with-in-str "'x" (read))))
  (is (= [#{1} {:m true}] (with-in-str "#{1} ^:m [2]" [(read) (meta (read))])))
  (is (= [\a \b] (with-in-str "\\a\\b" [(read) (read)])))
  (is (= '[-1 +x -] (with-in-str "-1 +x -" [(read) (read) (read)])))
  (is (= [1500.0 :kw] (with-in-str "1.5e3 :kw" [(read) (read)])))
  (is (= 1 (with-in-str "#?(:clj 1 :cljs 2)" (read {:read-cond :allow} *in*))))
  (is (= 4 (with-in-str "#?(:cljs 3) 4" (read {:read-cond :allow} *in*))))
  (is (= '(clojure.core/deref a) (with-in-str "@a" (read))))
  (is (thrown? Exception (with-in-str "[1 2" (read))))
  (is (thrown? Exception (with-in-str ")" (read)))))

(deftest read+string-from-streams
  (is (= ['(+ 1 2) "(+ 1 2)"] (with-in-str "(+ 1 2) x" (read+string))))
  (is (= ['foo "foo"] (with-in-str "  foo  " (read+string))))
  (is (= [:eof ""] (with-in-str "" (read+string *in* false :eof))))
  (is (= ['b "#_a b"] (with-in-str "#_a b" (read+string))))
  (is (= [[[1 2] "[1 2]"] [[3] "[3]"]] (with-in-str "[1 2] [3]" [(read+string) (read+string)])))
  (is (= [:k ":k"] (with-in-str ":k" (read+string {:eof nil} *in*)))))

(deftest tagged-literals-as-data
  (let [t (tagged-literal 'foo [1 2])]
    (is (tagged-literal? t))
    (is (= 'foo (:tag t)))
    (is (= [1 2] (:form t)))
    (is (= "#foo [1 2]" (pr-str t))))
  (is (= "#my/tag {:a 1}" (pr-str (tagged-literal 'my/tag {:a 1}))))
  (is (= "#foo \"s\"" (pr-str (tagged-literal 'foo "s"))))
  (is (= "[#a 1]" (pr-str [(tagged-literal 'a 1)])))
  (is (= (tagged-literal 'a [1]) (tagged-literal 'a [1])))
  (is (not= (tagged-literal 'a 1) (tagged-literal 'b 1)))
  (is (not (tagged-literal? 1)))
  (is (not (tagged-literal? nil))))

(deftest reader-conditionals-as-data
  (let [rc (reader-conditional '(:clj 1 :cljs 2) false)]
    (is (reader-conditional? rc))
    (is (= '(:clj 1 :cljs 2) (:form rc)))
    (is (false? (:splicing? rc)))
    (is (= "#?(:clj 1 :cljs 2)" (pr-str rc))))
  (let [rc (reader-conditional '(:clj [1 2]) true)]
    (is (true? (:splicing? rc)))
    (is (= "#?@(:clj [1 2])" (pr-str rc))))
  (is (= (reader-conditional '(:clj 1) false) (reader-conditional '(:clj 1) false)))
  (is (not= (reader-conditional '(:clj 1) false) (reader-conditional '(:clj 1) true)))
  (is (not (reader-conditional? '(:clj 1)))))

(deftest data-readers-and-load-reader
  (is (= #{'inst 'uuid} (set (keys default-data-readers))))
  (is (= #inst "2020-01-02T03:04:05.000-00:00"
         ((get default-data-readers 'inst) "2020-01-02T03:04:05.000-00:00")))
  (is (= #uuid "1b4e28ba-2fa1-11d2-883f-0016d3cca427"
         ((get default-data-readers 'uuid) "1b4e28ba-2fa1-11d2-883f-0016d3cca427")))
  (is (= 6 (with-in-str "(+ 1 2) (* 2 3)" (load-reader *in*))))
  (is (nil? (with-in-str "" (load-reader *in*)))))

;; ---- taps ----

(deftest taps-deliver-values
  (let [p (promise)
        f (fn [x] (deliver p x))]
    (is (nil? (add-tap f)))
    (try
      (is (true? (tap> :hello)))
      (is (= :hello (deref p 5000 :timeout)))
      (finally (is (nil? (remove-tap f))))))
  (let [p (promise)
        f (fn [x] (deliver p [:got x]))]
    (add-tap f)
    (try
      (tap> nil)
      (is (= [:got nil] (deref p 5000 :timeout)))
      (finally (remove-tap f))))
  (let [p (promise)
        bad (fn [_] (throw (ex-info "bad tap" {})))
        good (fn [x] (deliver p x))]
    (add-tap bad)
    (add-tap good)
    (try
      (tap> 7)
      (is (= 7 (deref p 5000 :timeout)))
      (finally (remove-tap bad) (remove-tap good))))
  (let [seen (atom [])
        f (fn [x] (swap! seen conj x))
        p (promise)
        g (fn [x] (deliver p x))]
    (add-tap f)
    (remove-tap f)
    (add-tap g)
    (try
      (tap> 1)
      (is (= 1 (deref p 5000 :timeout)))
      (is (= [] @seen))
      (finally (remove-tap g)))))

;; ---- vars ----

(deftest local-vars
  (is (= 3 (with-local-vars [x 1 y 2] (+ (var-get x) @y))))
  (is (= 10 (with-local-vars [x 1] (var-set x 10) @x)))
  (is (= 10 (with-local-vars [x 0] (dotimes [i 5] (var-set x (+ @x i))) @x)))
  (is (true? (with-local-vars [x 1] (var? x))))
  (is (= "#<Var: --unnamed-->" (with-local-vars [x 1] (pr-str x))))
  (is (= 2 (with-local-vars [x 1] (with-local-vars [x 2] @x))))
  (is (= [1 2] (with-local-vars [x 1] [@x (with-local-vars [y 2] @y)])))
  (is (thrown? Exception (eval '(with-local-vars [x] 1))))
  (is (thrown? Exception (eval '(with-local-vars (x 1) 1)))))

(deftest unquote-vars
  (is (= 'clojure.core/unquote (first '~x)))
  (is (= 'clojure.core/unquote-splicing (first '~@x)))
  (is (var? #'unquote))
  (is (not (bound? #'unquote)))
  (is (not (bound? #'unquote-splicing)))
  (is (thrown-with-msg? Exception #"unbound fn: #'clojure.core/unquote" (eval '(clojure.core/unquote 1)))))

(def test-runs (atom 0))
(defn ^{:test (fn [] (swap! test-runs inc))} has-a-test [] 1)
(defn has-no-test [] 1)

(deftest test-fn
  (is (= :ok (test #'has-a-test)))
  (is (= 1 @test-runs))
  (is (= :no-test (test #'has-no-test)))
  (is (= :no-test (test #'clojure.core/map))))

;; ---- exceptions and casts ----

(deftest throwable-as-data
  (let [m (Throwable->map (ex-info "boom" {:a 1}))
        via (first (:via m))]
    (is (= [:via :trace :cause :data] (keys m)))
    (is (= "boom" (:cause m)))
    (is (= {:a 1} (:data m)))
    (is (= 1 (count (:via m))))
    (is (= 'clojure.lang.ExceptionInfo (:type via)))
    (is (= "boom" (:message via)))
    (is (= {:a 1} (:data via)))
    (is (vector? (:trace m)))
    (is (= 4 (count (:at via))))
    (let [[c mth f l] (:at via)]
      (is (symbol? c))
      (is (symbol? mth))
      (is (or (nil? f) (string? f)))
      (is (integer? l)))
    (is (every? #(and (vector? %) (= 4 (count %))) (:trace m))))
  (let [m (Throwable->map (ex-info "outer" {:o 1} (ex-info "inner" {:i 2})))]
    (is (= ["outer" "inner"] (map :message (:via m))))
    (is (= [{:o 1} {:i 2}] (map :data (:via m))))
    (is (= "inner" (:cause m)))
    (is (= {:i 2} (:data m))))
  (is (= :execution (:phase (Throwable->map (ex-info "x" {:clojure.error/phase :execution})))))
  (is (not (contains? (Throwable->map (ex-info "x" {})) :phase)))
  (let [m (try (/ 1 0) (catch ArithmeticException e (Throwable->map e)))]
    (is (= 'java.lang.ArithmeticException (:type (first (:via m)))))
    (is (= "Divide by zero" (:cause m)))
    (is (not (contains? m :data)))))

(defrecord Cat [name])

(deftest casting
  (is (= 1 (cast Number 1)))
  (is (= "a" (cast CharSequence "a")))
  (is (nil? (cast String nil)))
  (is (thrown? ClassCastException (cast String 1)))
  (is (thrown-with-msg? ClassCastException #"Cannot cast java.lang.Long to java.lang.String" (cast String 1)))
  (is (= (->Cat "tom") (cast Cat (->Cat "tom"))))
  (is (thrown? ClassCastException (cast Cat {:name "tom"}))))

;; ---- struct maps ----

(defstruct point :x :y)

(deftest struct-maps
  (is (= {:x 1 :y 2} (struct point 1 2)))
  (is (= {:x 1 :y nil} (struct point 1)))
  (is (= "{:x 1, :y 2}" (pr-str (struct point 1 2))))
  (is (map? (struct point 1 2)))
  (is (= {:x nil :y 5} (struct-map point :y 5)))
  (is (= {:x 1 :y 2 :z 3} (struct-map point :z 3 :x 1 :y 2)))
  (is (= "{:x 1, :y 2, :z 3}" (pr-str (struct-map point :z 3 :x 1 :y 2))))
  (is (= 3 (count (assoc (struct point 1 2) :z 3))))
  (is (= [:x :y :z] (keys (assoc (struct point 1 2) :z 3))))
  (is (= {:x 1 :y 2} (dissoc (assoc (struct point 1 2) :z 3) :z)))
  (is (thrown-with-msg? Exception #"Can't remove struct key" (dissoc (struct point 1 2) :x)))
  (is (thrown-with-msg? IllegalArgumentException #"Too many arguments to struct constructor" (struct point 1 2 3)))
  (is (thrown-with-msg? IllegalArgumentException #"No value supplied for key: :x" (struct-map point :x)))
  (is (= 1 ((accessor point :x) (struct point 1 2))))
  (is (= [2] (map (accessor point :y) [(struct point 1 2)])))
  (is (thrown-with-msg? IllegalArgumentException #"Not a key of struct" (accessor point :z)))
  (is (= {:x nil :y nil} (empty (struct point 1 2))))
  (is (= 2 (:y (struct point 1 2))))
  (is (= 2 ((struct point 1 2) :y)))
  (is (= 2 (get (struct point 1 2) :y)))
  (is (nil? (get (struct point 1 2) :w)))
  (is (= :d (get (struct point 1 2) :w :d)))
  (is (= (hash {:x 1 :y 2}) (hash (struct point 1 2))))
  (is (contains? (struct point nil nil) :x))
  (is (= [[:x 1] [:y 2]] (seq (struct point 1 2))))
  (is (= {:x 10 :y 2} (update (struct point 1 2) :x * 10)))
  (is (= {:x 1 :y 2} (merge (struct point 1 nil) {:y 2})))
  (is (= {:a 1} (meta (with-meta (struct point 1 2) {:a 1}))))
  (is (= {:x 1 :y 2 :w 0} (into (struct point 1 2) {:w 0})))
  (let [s (create-struct :a :b)]
    (is (= {:a 1 :b 2} (struct s 1 2))))
  (is (thrown-with-msg? IllegalArgumentException #"Must supply keys" (create-struct)))
  (is (thrown? IllegalArgumentException (create-struct :a :a)))
  (let [other (create-struct :x)]
    (is (thrown-with-msg? Exception #"Accessor/struct mismatch" ((accessor point :x) (struct other 1))))))

;; ---- chunked seqs ----

(defn- chunk-of [& xs]
  (let [b (chunk-buffer (count xs))]
    (doseq [x xs] (chunk-append b x))
    (chunk b)))

(defn- chunked-map [f coll]
  (lazy-seq
    (when-let [s (seq coll)]
      (if (chunked-seq? s)
        (let [c (chunk-first s)
              size (count c)
              b (chunk-buffer size)]
          (dotimes [i size] (chunk-append b (f (nth c i))))
          (chunk-cons (chunk b) (chunked-map f (chunk-rest s))))
        (cons (f (first s)) (chunked-map f (rest s)))))))

(deftest chunks
  (let [c (chunk-of 1 2 3)]
    (is (= 3 (count c)))
    (is (= 2 (nth c 1)))
    (is (= :nf (nth c 5 :nf))))
  (let [s (chunk-cons (chunk-of 1 2) (chunk-cons (chunk-of 3) nil))]
    (is (chunked-seq? s))
    (is (= [1 2 3] s))
    (is (= 1 (first s)))
    (is (= [2 3] (rest s)))
    (is (= [2 3] (next s)))
    (is (= 3 (count s)))
    (is (= 2 (count (chunk-first s))))
    (is (= [3] (chunk-rest s)))
    (is (chunked-seq? (chunk-rest s)))
    (is (= [3] (chunk-next s)))
    (is (nil? (chunk-next (chunk-rest s))))
    (is (= () (chunk-rest (chunk-rest s))))
    (is (= "(1 2 3)" (pr-str s)))
    (is (= [2 4 6] (map #(* 2 %) s)))
    (is (= 6 (reduce + s))))
  (is (= [4 5] (chunk-cons (chunk-of) [4 5])))
  (is (nil? (chunk-cons (chunk-of) nil)))
  (is (= [1 2 3 4] (chunk-cons (chunk-of 1 2) (lazy-seq [3 4]))))
  (is (chunked-seq? (seq [1 2 3])))
  (is (chunked-seq? (range 10)))
  (is (not (chunked-seq? (map inc [1 2]))))
  (is (not (chunked-seq? nil)))
  (is (= [2 3 4 5] (chunked-map inc (chunk-cons (chunk-of 1 2) (chunk-cons (chunk-of 3 4) nil)))))
  (is (= [2 3 4] (chunked-map inc [1 2 3])))
  (is (thrown? Exception (chunk-first (list 1 2))))
  (let [b (chunk-buffer 1)]
    (chunk-append b 1)
    (is (thrown? Exception (chunk-append b 2))))
  (let [b (chunk-buffer 1)]
    (chunk b)
    (is (thrown? Exception (chunk-append b 1)))))

;; ---- printing ----

(defrecord Money [amount currency])
(defmethod print-method Money [m w]
  (binding [*out* w]
    (print (str "#money " (:amount m) (name (:currency m))))))

(defrecord Box [v])
(defmethod print-method Box [b w]
  (binding [*out* w]
    (print "#box ")
    (pr (:v b))))

(defmethod print-method ::opaque [x w]
  (binding [*out* w] (print "#<opaque>")))

(defrecord Tmp [a])

(deftest print-method-extensions
  (is (= "#money 5EUR" (pr-str (->Money 5 :EUR))))
  (is (= "[#money 5EUR]" (pr-str [(->Money 5 :EUR)])))
  (is (= "{:price #money 5EUR}" (pr-str {:price (->Money 5 :EUR)})))
  (is (= "#money 5EUR\n" (with-out-str (prn (->Money 5 :EUR)))))
  (is (= "#money 5EUR" (print-str (->Money 5 :EUR))))
  (is (= "(#money 1EUR #money 2EUR)" (pr-str (map #(->Money % :EUR) [1 2]))))
  (is (= "[#money 5EUR]" (str [(->Money 5 :EUR)])))
  (is (= "#box [1 \"s\"]" (pr-str (->Box [1 "s"]))))
  (is (= "#box #box 1" (pr-str (->Box (->Box 1)))))
  (is (= "#box 1" (with-out-str (print-method (->Box 1) *out*))))
  (is (= "#<opaque>" (pr-str (with-meta {:secret 1} {:type ::opaque}))))
  (is (= "[#<opaque>]" (pr-str [(with-meta [] {:type ::opaque})])))
  (is (= "{:secret 1}" (pr-str {:secret 1}))))

(deftest print-method-is-a-multimethod
  (is (instance? clojure.lang.MultiFn print-method))
  (is (contains? (methods print-method) :default))
  (is (fn? (get-method print-method Money)))
  (is (= "[1 \"a\"]" (with-out-str (print-method [1 "a"] *out*))))
  (is (= ":k" (with-out-str (print-method :k *out*))))
  (is (= "nil" (with-out-str (print-method nil *out*))))
  (is (= "\"s\"" (with-out-str (print-method "s" *out*))))
  (defmethod print-method Tmp [t w] (binding [*out* w] (print "TMP")))
  (is (= "TMP" (pr-str (->Tmp 1))))
  (remove-method print-method Tmp)
  (is (= "#core_extras_test.Tmp{:a 1}" (pr-str (->Tmp 1)))))

(deftest print-simple-and-print-ctor
  (is (= "abc" (with-out-str (print-simple "abc" *out*))))
  (is (= "[1 2]" (with-out-str (print-simple [1 2] *out*))))
  (is (= ":k" (with-out-str (print-simple :k *out*))))
  (is (= "#=(core_extras_test.Cat. \"tom\")"
         (with-out-str (print-ctor (->Cat "tom") (fn [o w] (print-method (:name o) w)) *out*))))
  (is (false? *print-dup*))
  (is (= "x" (binding [*print-dup* true] (if *print-dup* "x" "y")))))

(deftest print-writer-on
  (let [out (atom [])
        closed (atom false)]
    (with-open [w (PrintWriter-on #(swap! out conj %) #(reset! closed true))]
      (binding [*out* w]
        (print "a")
        (print "b")
        (flush)
        (print "c")
        (flush)
        (flush)))
    (is (= ["ab" "c"] @out))
    (is (true? @closed)))
  (let [out (atom [])]
    (with-open [w (PrintWriter-on #(swap! out conj %) nil)]
      (binding [*out* w] (print "x")))
    (is (= ["x"] @out)))
  (let [out (atom [])
        w (PrintWriter-on #(swap! out conj %) nil)]
    (binding [*out* w] (println "line"))
    (is (= ["line\n"] @out)))
  (is (instance? java.io.PrintWriter (PrintWriter-on identity nil)))
  (is (instance? java.io.Writer (PrintWriter-on identity nil true))))

(deftest munging
  (is (= "foo_bar.baz_qux" (namespace-munge 'foo-bar.baz-qux)))
  (is (= "clojure.core" (namespace-munge (the-ns 'clojure.core))))
  (is (= "core_extras_test" (namespace-munge "core-extras-test"))))

;; ---- definitions ----

(definline twice [x] `(* 2 ~x))

(deftest definline-defines-a-fn
  (is (= 10 (twice 5)))
  (is (= [2 4] (map twice [1 2])))
  (is (fn? (:inline (meta #'twice))))
  (is (= '(clojure.core/* 2 y) ((:inline (meta #'twice)) 'y))))

(deftest xml-seq-walks-elements
  (let [doc {:tag :a :attrs nil
             :content [{:tag :b :attrs nil :content ["text"]}
                       {:tag :c :attrs nil :content nil}]}]
    (is (= [:a :b nil :c] (map :tag (xml-seq doc))))
    (is (= ["text"] (filter string? (xml-seq doc))))
    (is (= 4 (count (xml-seq doc))))))

(deftest compiler-dynamic-vars
  (is (false? *verbose-defrecords*))
  (is (true? *use-context-classloader*))
  (is (false? *allow-unresolved-vars*))
  (is (false? *compile-files*))
  (is (= "classes" *compile-path*))
  (is (nil? *compiler-options*))
  (is (nil? *fn-loader*))
  (is (= "out" (binding [*compile-path* "out"] *compile-path*)))
  (is (= 8 (count primitives-classnames)))
  (is (= #{"Float/TYPE" "Integer/TYPE" "Long/TYPE" "Boolean/TYPE" "Character/TYPE" "Double/TYPE" "Byte/TYPE" "Short/TYPE"}
         (set (vals primitives-classnames)))))

(deftest arglists-are-clojures
  (is (= '([array idx] [array idx & idxs]) (:arglists (meta #'aget))))
  (is (= '([size-or-seq] [size init-val-or-seq]) (:arglists (meta #'long-array))))
  (is (= '([t] [t & elements]) (:arglists (meta #'vector-of))))
  (is (= '([x]) (:arglists (meta #'tap>))))
  (is (= '([a idx ret expr]) (:arglists (meta #'amap))))
  (is (:macro (meta #'with-local-vars))))

(deftest with-loading-context-runs-its-body
  (is (= 3 (with-loading-context (+ 1 2))))
  (is (nil? (with-loading-context)))
  (is (= [:a :b] (with-loading-context (with-loading-context [:a :b]))) "nests")
  (is (thrown-with-msg? clojure.lang.ExceptionInfo #"inside"
                        (with-loading-context (throw (ex-info "inside" {}))))))
