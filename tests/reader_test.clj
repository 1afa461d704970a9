(ns reader-test
  "The reader: literal syntax of every kind of value, dispatch macros, reader conditionals,
  metadata, discards and syntax-quote."
  (:require [clojure.test :refer :all]))

(deftest integer-literals
  (testing "decimal"
    (are [x y] (= x y)
      42 (* 6 7)
      -7 (- 7)
      10 +10
      0 -0
      9223372036854775807 (+ 9223372036854775806 1)
      -9223372036854775808 (- -9223372036854775807 1)))
  (testing "hexadecimal and octal"
    (are [x y] (= x y)
      255 0xFF
      255 0xff
      31 0X1f
      -255 -0xFF
      8 010
      15 017
      -8 -010))
  (testing "radix notation, 2 to 36"
    (are [x y] (= x y)
      5 2r101
      5 2R101
      -5 -2r101
      7 8r7
      255 16rFF
      255 16rff
      35 36rZ
      1295 36rZZ
      100 10r100))
  (testing "literals are longs"
    (is (integer? 0xFF))
    (is (integer? 2r1))
    (is (not (float? 36rZ)))))

(deftest floating-point-literals
  (are [x y] (= x y)
    1000.0 1e3
    1000.0 1E3
    250.0 2.5E2
    0.01 1.0e-2
    -0.5 -0.5
    0.5 +0.5)
  (is (float? 1.5))
  (is (float? 1e3))
  (is (not= 1000 1e3) "1000 and 1000.0 are in different equality categories")
  (is (== 1000 1e3))
  (is (= ##Inf (/ 1.0 0)))
  (is (= ##-Inf (/ -1.0 0)))
  (is (not (== ##NaN ##NaN)) "NaN is not numerically equal to itself"))

(deftest character-literals
  (are [c code] (= code (int c))
    \a 97
    \A 65
    \space 32
    \newline 10
    \tab 9
    \return 13
    \backspace 8
    \formfeed 12
    \u0041 65
    \u03BB 955
    \o101 65
    \\ 92
    \( 40)
  (is (char? \a))
  (is (= \a (char 97)))
  (is (= "ab" (str \a \b)))
  (is (= \λ \u03bb)))

(deftest string-literals
  (are [s n] (= n (count s))
    "" 0
    "abc" 3
    "a\tb" 3
    "\n" 1
    "\\" 1
    "\"" 1
    "\u0041" 1
    "λ" 1)
  (is (= "A" "\u0041"))
  (is (= "A" "\101") "octal escape")
  (is (= "é" "\u00e9"))
  (is (= \" (first "\"")))
  (is (= \newline (first "\n")))
  (is (= \return (first "\r")))
  (is (= "line one
line two" (str "line one" \newline "line two")) "a literal may span lines"))

(deftest symbol-and-keyword-literals
  (is (symbol? 'abc))
  (is (= "abc" (name 'abc)))
  (is (= "my.ns" (namespace 'my.ns/abc)))
  (is (= "abc" (name 'my.ns/abc)))
  (is (nil? (namespace 'abc)))
  (is (keyword? :a))
  (is (= "a" (name :a)))
  (is (= "ns" (namespace :ns/a)))
  (is (= :reader-test/a ::a) "::kw is qualified with the current namespace")
  (is (= (keyword "reader-test" "b") ::b))
  (is (= :a (keyword "a")))
  (is (= 'a (symbol "a")))
  (is (symbol? '+))
  (is (symbol? 'a-b?!*<>=))
  (is (nil? 'nil))
  (is (true? 'true))
  (is (false? 'false)))

(deftest collection-literals
  (is (= '(1 2 3) (list 1 2 3)))
  (is (list? '(1 2)))
  (is (vector? [1 2]))
  (is (map? {:a 1}))
  (is (set? #{1 2}))
  (is (= [1 2 3] [1,2,,3]) "commas are whitespace")
  (is (= {:a 1 :b 2} {:a 1, :b 2}))
  (is (= [1 [2 [3]]] (vector 1 (vector 2 (vector 3)))))
  (is (= {:a {:b {:c 1}}} (assoc-in {} [:a :b :c] 1)))
  (is (= #{[1 2] {:a 1}} (hash-set {:a 1} [1 2])))
  (is (= [] (vector)))
  (is (= {} (hash-map)))
  (is (= #{} (hash-set)))
  (is (= () (list)))
  (is (thrown? Exception (read-string "#{1 1}")) "duplicate set element")
  (is (thrown? Exception (read-string "{:a 1 :a 2}")) "duplicate map key")
  (is (= {:a/b 1 :a/c 2} #:a{:b 1 :c 2}) "namespaced map literal"))

(deftest quote-deref-and-var-forms
  (is (= '(quote x) ''x))
  (is (= 'x (quote x)))
  (is (= '(clojure.core/deref a) '@a))
  (is (= '(var foo) '#'foo))
  (is (= 2 @(atom 2)))
  (is (= (var inc) #'inc))
  (is (= 3 (#'inc 2))))

(deftest anonymous-fn-literals
  (is (= 6 (#(* % 2) 3)))
  (is (= 3 (#(+ %1 %2) 1 2)))
  (is (= 3 (#(+ % %2) 1 2)) "% is %1")
  (is (= [1 3] (#(vector %1 %3) 1 2 3)))
  (is (= '(1 2) (#(identity %&) 1 2)))
  (is (= [1 '(2 3)] (#(vector % %&) 1 2 3)))
  (is (= 0 (#(count %&))))
  (is (= [:x] (#(vector %) :x)))
  (is (fn? #(do nil))))

(deftest discard-and-comments
  (is (= [1 3] [1 #_2 3]))
  (is (= [1 4] [1 #_ #_ 2 3 4]) "discards stack")
  (is (= [1] [1 #_[2 3 [4]]]))
  (is (= {:a 1} {:a 1 #_#_ :b 2}))
  (is (= 2 (read-string "#_1 2")))
  (is (nil? (comment anything (at all))))
  (is (= [1 2] [1 ; a comment runs to the end of the line
               2])))

(deftest reader-conditionals
  (is (= 1 #?(:clj 1 :cljs 2)) ":clj is a feature of both mino and Clojure")
  (is (= 2 #?(:cljs 1 :default 2)))
  (is (= [] [#?(:cljs 1)]) "no matching branch reads as nothing")
  (is (= [1 2 3 4] [1 #?@(:clj [2 3] :cljs [5]) 4]) "splicing")
  (is (= [1 4] [1 #?@(:cljs [2 3]) 4]))
  (is (= {:a 1} {#?@(:clj [:a 1])}))
  (is (contains? #{:mino :clj} #?(:mino :mino :clj :clj))))

#?(:mino
   (deftest mino-reader-feature
     (is (= :m #?(:mino :m :clj :c)) "mino reads the :mino branch first")
     (is (= [:m] [#?@(:mino [:m] :clj [:c])]))))

(deftest metadata-syntax
  (is (= {:foo true} (meta ^:foo [1 2])))
  (is (= {:a 1} (meta ^{:a 1} [])))
  (is (= {:a true :b true} (meta ^:a ^:b {})))
  (is (= 'String (:tag (meta '^String x))) "^Symbol sets :tag")
  (is (= {:x 1} (meta '^{:x 1} sym)))
  (is (= [1 2] ^:foo [1 2]) "metadata does not affect equality"))

(deftest regex-literals
  (is (= "aaa" (re-find #"a+" "baaac")))
  (is (= "12" (re-find #"\d+" "ab12cd")))
  (is (= ["a1" "1"] (re-find #"a(\d)" "xa1")))
  (is (nil? (re-find #"z" "abc")))
  (is (= "a.b" (re-find #"a\.b" "xa.by"))))

(def x 10)
(def y [1 2 3])

(deftest syntax-quote
  (testing "symbols are qualified"
    (is (= 'reader-test/x `x))
    (is (= 'clojure.core/map `map))
    (is (= '(reader-test/a reader-test/b) `(a b)))
    (is (= 'if `if) "special forms stay bare")
    (is (= 'java.lang.String `java.lang.String))
    (is (= 'other/z `other/z)))
  (testing "literals are themselves"
    (is (= :k `:k))
    (is (= "s" `"s"))
    (is (= 1 `1))
    (is (nil? `nil)))
  (testing "unquote and unquote-splicing"
    (is (= 10 `~x))
    (is (= '(reader-test/f 10) `(f ~x)))
    (is (= '(1 1 2 3 4) `(1 ~@y 4)))
    (is (= [0 1 2] `[~@(range 3)]))
    (is (= {:a 2} `{:a ~(+ 1 1)}))
    (is (= #{1} `#{~1}))
    (is (= '(clojure.core/+ 1 2) `(+ 1 ~(- 3 1)))))
  (testing "nested collections"
    (is (= '[reader-test/a [reader-test/b {:k reader-test/c}]] `[a [b {:k c}]])))
  (testing "auto-gensyms"
    (let [[a b] `(v# v#)]
      (is (= a b) "the same name within one syntax-quote")
      (is (symbol? a))
      (is (nil? (namespace a)) "auto-gensyms are not qualified")
      (is (re-find #"^v__\d+__auto__$" (name a))))
    (is (not= `v# `v#) "different syntax-quotes give different symbols")))
