(ns fidelity-rows-test
  "Rows of issue 17's fidelity table, each a place where mino printed or answered differently from
  Clojure 1.12: *print-meta* honoured by the readable printers, clojure.string's functions taking
  non-string arguments as Clojure's do, and namespaces Clojure has loaded at startup usable without a
  require. Every expected value is what Clojure 1.12.4 prints."
  (:require [clojure.test :refer :all]))

(defrecord Pair [a b])

(deftest print-meta-prints-metadata-before-values
  (binding [*print-meta* true]
    (is (= "^{:m 1} [1]" (pr-str (with-meta [1] {:m 1}))))
    (is (= "^{:m 1} {:a 1}" (pr-str (with-meta {:a 1} {:m 1}))))
    (is (= "^{:m 1} #{1}" (pr-str (with-meta #{1} {:m 1}))))
    (is (= "^{:m 1} (1 2)" (pr-str (with-meta (list 1 2) {:m 1}))))
    (is (= "^{:m 1} ()" (pr-str (with-meta () {:m 1}))))
    (is (= "^{:m 1} (1 2)" (pr-str (with-meta (seq [1 2]) {:m 1})))))
  (testing "symbols, and a lone :tag printed bare"
    (binding [*print-meta* true]
      (is (= "^{:foo true} sym" (pr-str (with-meta 'sym {:foo true}))))
      (is (= "^String s" (pr-str (with-meta 's {:tag 'String}))))
      (is (= "^:k s" (pr-str (with-meta 's {:tag :k}))))
      (is (= "^{:tag String, :x 1} s" (pr-str (with-meta 's {:tag 'String :x 1}))))))
  (testing "nested values, and metadata on the metadata"
    (binding [*print-meta* true]
      (is (= "^{:m 1} {:a ^{:k 2} [1]}" (pr-str (with-meta {:a (with-meta [1] {:k 2})} {:m 1}))))
      (is (= "{^{:a 1} k ^{:b 2} [2]}" (pr-str {(with-meta 'k {:a 1}) (with-meta [2] {:b 2})})))
      (is (= "^{:m ^{:q 1} [2]} [1]" (pr-str (with-meta [1] {:m (with-meta [2] {:q 1})}))))))
  (testing "records, and empty or no metadata"
    (binding [*print-meta* true]
      (is (= "^{:m 1} #fidelity_rows_test.Pair{:a 1, :b 2}" (pr-str (with-meta (->Pair 1 2) {:m 1}))))
      (is (= "[1]" (pr-str (with-meta [1] {}))))
      (is (= "[1]" (pr-str (with-meta [1] nil))))))
  (testing "pr, prn and str print it; print, println and print-str do not"
    (binding [*print-meta* true]
      (let [v (with-meta [1] {:m 1})]
        (is (= "^{:m 1} [1]" (with-out-str (pr v))))
        (is (= "^{:m 1} [1]\n" (with-out-str (prn v))))
        (is (= "^{:m 1} [1]\n" (prn-str v)))
        (is (= "^{:m 1} [1]" (str v)))
        (is (= "[1]" (print-str v)))
        (is (= "[1]\n" (with-out-str (println v))))
        (is (= "[1]" (with-out-str (print v)))))))
  (testing "not when printing unreadably"
    (binding [*print-meta* true *print-readably* false]
      (is (= "[1]" (pr-str (with-meta [1] {:m 1})))))))

(deftest print-meta-is-off-by-default
  (is (= "[1]" (pr-str (with-meta [1] {:m 1}))))
  (is (= "sym" (pr-str (with-meta 'sym {:a 1})))))

(defn- outcome
  "What calling f gives: its value, or the simple name of the class of what it throws."
  [f]
  (try (f) (catch Throwable t (.getSimpleName (class t)))))

(deftest clojure-string-calls-toString-where-clojure-does
  (testing "case fns, capitalize and re-quote-replacement take any object"
    (is (= "1" (clojure.string/capitalize 1)))
    (is (= ":K" (clojure.string/upper-case :k)))
    (is (= "ab" (clojure.string/lower-case 'Ab)))
    (is (= "Ab" (clojure.string/capitalize (StringBuilder. "aB"))))
    (is (= "12" (clojure.string/re-quote-replacement 12))))
  (testing "replace and replace-first take any object as the string"
    (is (= "2" (clojure.string/replace 1 "1" "2")))
    (is (= "2" (clojure.string/replace 1 \1 \2)))
    (is (= "x2" (clojure.string/replace 12 #"1" "x")))
    (is (= "x2" (clojure.string/replace-first 12 "1" "x")))
    (is (= "x2" (clojure.string/replace-first 12 #"1" "x")))
    (is (= "x1" (clojure.string/replace-first "xa" "a" 1)) "a string match's replacement is made a string"))
  (testing "the searches take any object as the string"
    (is (true? (clojure.string/starts-with? 1 "1")))
    (is (true? (clojure.string/ends-with? 21 "1")))
    (is (true? (clojure.string/includes? 123 "2")))
    (is (false? (clojure.string/includes? :k "1")))
    (is (= 1 (clojure.string/index-of 121 "2")))
    (is (= 1 (clojure.string/index-of 121 \2)))
    (is (= 2 (clojure.string/last-index-of 121 "1")))
    (is (nil? (clojure.string/index-of 'ab "1"))))
  (testing "the others want a CharSequence"
    (is (= "ClassCastException" (outcome #(clojure.string/trim 1))))
    (is (= "ClassCastException" (outcome #(clojure.string/reverse :k))))
    (is (= "ClassCastException" (outcome #(clojure.string/split 1 #" "))))
    (is (= "ClassCastException" (outcome #(clojure.string/blank? 1))))
    (is (= "c Ba" (clojure.string/reverse (StringBuilder. "aB c"))))
    (is (= ["aB" "c"] (clojure.string/split (StringBuilder. "aB c") #" "))))
  (testing "nil fails as in Clojure"
    (is (= "NullPointerException" (outcome #(clojure.string/capitalize nil))))
    (is (= "NullPointerException" (outcome #(clojure.string/starts-with? nil "a"))))
    (is (= "NullPointerException" (outcome #(clojure.string/replace nil "a" "b"))))
    (is (= "NullPointerException" (outcome #(clojure.string/replace-first "xa" "a" nil))))
    (is (= "NullPointerException" (outcome #(clojure.string/replace "xa" #"a" nil))))
    (is (= "NullPointerException" (outcome #(clojure.string/trim nil))))
    (is (true? (clojure.string/blank? nil))))
  (testing "a regex replacement that is not text is called, keywords too"
    (is (= "NullPointerException" (outcome #(clojure.string/replace "xa" #"a" :k))))
    (is (= "xb" (clojure.string/replace "xa" #"a" {"a" "b"})))))

(deftest namespaces-clojure-has-loaded-need-no-require
  (is (true? (clojure.string/includes? "ab" "a")))
  (is (= [2 3] (clojure.walk/postwalk #(if (number? %) (inc %) %) [1 2])))
  (is (= {:a 1} (clojure.edn/read-string "{:a 1}")))
  (is (some? (find-ns 'clojure.java.io)))
  (is (= #'clojure.string/join (resolve 'clojure.string/join))))

(deftest namespaces-print-as-objects
  (is (re-matches #"#object\[clojure\.lang\.Namespace 0x\p{XDigit}+ \"fidelity-rows-test\"\]" (pr-str (the-ns 'fidelity-rows-test))))
  (is (= "fidelity-rows-test" (str (the-ns 'fidelity-rows-test)))))
