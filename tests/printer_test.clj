(ns printer-test
  "The printer: pr-str, prn-str, print-str, str and the printing fns must produce Clojure's text
  byte for byte, so that outputs can be compared across tiers and implementations."
  (:require [clojure.test :refer :all]))

(deftest scalars
  (are [s v] (= s (pr-str v))
    "nil" nil
    "true" true
    "false" false
    "0" 0
    "42" 42
    "-7" -7
    "9223372036854775807" 9223372036854775807
    "-9223372036854775808" -9223372036854775808
    ":a" :a
    ":ns/a" :ns/a
    "sym" 'sym
    "ns/sym" 'ns/sym
    "a" (symbol "a")
    "#'clojure.core/inc" #'inc
    "#\"a+\\d\"" #"a+\d"))

(deftest double-printing
  (are [s v] (= s (pr-str v))
    "1.0" 1.0
    "1.5" 1.5
    "-0.5" -0.5
    "-0.0" -0.0
    "0.1" 0.1
    "3.14" 3.14
    "100.0" 100.0
    "12345.678" 12345.678
    "9999999.0" 9999999.0
    "1.0E7" 10000000.0
    "1.0E10" 1.0E10
    "1.0E21" 1e21
    "-1.5E300" -1.5e300
    "0.001" 0.001
    "1.0E-4" 0.0001
    "1.0E-5" 1e-5
    "0.30000000000000004" (+ 0.1 0.2)
    "##Inf" ##Inf
    "##-Inf" ##-Inf
    "##NaN" ##NaN)
  (is (= "1.0" (str 1.0)))
  (is (= "1.0E10" (str 1e10))))

(deftest ratios-when-supported
  (let [half (/ 1 2)]
    (when-not (float? half)
      (is (= "1/2" (pr-str half)))
      (is (= "-1/3" (pr-str (/ -1 3))))
      (is (= "2" (pr-str (/ 4 2))) "whole quotients are integers"))))

(deftest strings
  (are [s v] (= s (pr-str v))
    "\"\"" ""
    "\"abc\"" "abc"
    "\"a\\nb\"" "a\nb"
    "\"a\\tb\"" "a\tb"
    "\"q\\\"q\"" "q\"q"
    "\"back\\\\slash\"" "back\\slash"
    "\"\\r\"" "\r"
    "\"λ\"" "λ")
  (is (= "a\nb" (str "a\nb")) "str does not escape")
  (is (= "a\nb" (print-str "a\nb"))))

(deftest characters
  (are [s v] (= s (pr-str v))
    "\\a" \a
    "\\A" \A
    "\\space" \space
    "\\newline" \newline
    "\\tab" \tab
    "\\return" \return
    "\\backspace" \backspace
    "\\formfeed" \formfeed
    "\\\"" \"
    "\\\\" \\
    "\\λ" \u03bb)
  (is (= "a" (str \a)))
  (is (= "a" (print-str \a)))
  (is (= " " (str \space))))

(deftest collections
  (are [s v] (= s (pr-str v))
    "()" ()
    "()" (list)
    "[]" []
    "{}" {}
    "#{}" #{}
    "(1 2 3)" '(1 2 3)
    "[1 2 3]" [1 2 3]
    "{:a 1}" {:a 1}
    "{:a 1, :b 2}" {:a 1 :b 2}
    "[1 [2 {:a \"x\"}] #{}]" [1 [2 {:a "x"}] #{}]
    "{:a {:b [1 2]}}" {:a {:b [1 2]}}
    "[[]]" [[]]
    "(quote a)" ''a
    "(clojure.core/deref a)" '@a
    "[nil true false]" [nil true false]
    "[\\a \"b\" :c d]" [\a "b" :c 'd]
    "([] {} #{})" (list [] {} #{})))

(deftest sequences
  (are [s v] (= s (pr-str v))
    "(0 1 2)" (range 3)
    "(2 3)" (map inc [1 2])
    "(0 1)" (cons 0 [1])
    "(1 2)" (seq [1 2])
    "()" (lazy-seq nil)
    "(1 3)" (filter odd? [1 2 3])
    "([:a 1] [:b 2])" (seq {:a 1 :b 2})
    "[:a 1]" (first {:a 1})
    "(3 2 1)" (reverse [1 2 3])
    "(1 2 3 4)" (concat [1 2] '(3 4))))

(deftest map-and-set-order
  (testing "array maps keep insertion order, up to 8 entries"
    (is (= "{:b 1, :a 2}" (pr-str (array-map :b 1 :a 2))))
    (is (= "{:z 1, :y 2, :x 3, :w 4, :v 5, :u 6, :t 7, :s 8}"
           (pr-str {:z 1 :y 2 :x 3 :w 4 :v 5 :u 6 :t 7 :s 8}))))
  (testing "sorted collections print in key order"
    (is (= "{:a 2, :b 1}" (pr-str (sorted-map :b 1 :a 2))))
    (is (= "{1 :a, 3 :c}" (pr-str (into (sorted-map) {3 :c 1 :a}))))
    (is (= "#{1 2 3}" (pr-str (sorted-set 3 1 2))))
    (is (= "#{\"a\" \"b\"}" (pr-str (sorted-set "b" "a")))))
  (testing "hash collections print in Clojure's hash order"
    (is (= "#{1 3 2}" (pr-str #{1 2 3})))
    (is (= "#{:c :b :a}" (pr-str #{:a :b :c})))
    (is (= "#{\"z\" \"x\" \"y\"}" (pr-str #{"x" "y" "z"})))
    (is (= "#{0 7 1 4 6 3 2 9 5 8}" (pr-str (set (range 10)))))
    (is (= "{:c 3, :b 2, :a 1}" (pr-str (hash-map :a 1 :b 2 :c 3))))
    (is (= "{:y 2, :z 3, :x 1}" (pr-str (hash-map :x 1 :y 2 :z 3))))
    (is (= "{:y 2, :r 9, :v 5, :w 4, :s 8, :z 1, :t 7, :x 3, :u 6}"
           (pr-str (hash-map :z 1 :y 2 :x 3 :w 4 :v 5 :u 6 :t 7 :s 8 :r 9))))))

(deftest str-fn
  (are [s v] (= s v)
    "" (str)
    "" (str nil)
    "ab" (str "a" nil "b")
    "12" (str 1 2)
    ":a" (str :a)
    "a" (str 'a)
    "true" (str true)
    "1.0:a" (str 1.0 nil :a)
    "[1 \"a\"]" (str [1 "a"])
    "(1 2)" (str '(1 2))
    "{:a \"b\"}" (str {:a "b"})
    "#{}" (str #{})))

(deftest pr-str-and-friends
  (is (= "1 \"a\" :b" (pr-str 1 "a" :b)))
  (is (= "" (pr-str)))
  (is (= "1 \"a\"\n" (prn-str 1 "a")))
  (is (= "a b nil" (print-str "a" \b nil)))
  (is (= "[a b c d]" (print-str ["a" \b "c d"])) "print shows strings inside collections raw")
  (is (= "{:a x}" (print-str {:a "x"})))
  (is (= "a :b" (print-str 'a :b)))
  (is (= "a b\n" (println-str "a" "b"))))

(deftest printing-to-out
  (is (= "a 1\n" (with-out-str (println "a" 1))))
  (is (= "\n" (with-out-str (println))))
  (is (= "\"a\"\n" (with-out-str (prn "a"))))
  (is (= "[\"a\" \\b]\n" (with-out-str (prn ["a" \b]))))
  (is (= "[a b]\n" (with-out-str (println ["a" \b]))))
  (is (= "x y" (with-out-str (print "x" "y"))))
  (is (= "1 2" (with-out-str (pr 1 2))))
  (is (= "\n" (with-out-str (newline))))
  (is (= "ab" (with-out-str (print "a") (print "b"))))
  (is (= "" (with-out-str nil)))
  (is (= "nil\n" (with-out-str (prn nil)))))
