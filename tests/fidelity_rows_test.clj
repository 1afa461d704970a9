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

(deftest print-dup-names-types-clojure-cannot-tell-from-literals
  (binding [*print-dup* true]
    (testing "values whose literal says their type print as pr prints them"
      (is (= "1 1N 1.5 1.5M 1/2 \"s\" \\a :k sym nil true" (pr-str 1 1N 1.5 1.5M 1/2 "s" \a :k 'sym nil true)))
      (is (= "[1 2] (0 1 2) #{1} {1 2}" (pr-str [1 2] (range 3) #{1} (hash-map 1 2))))
      (is (= "#\"a.b\" #uuid \"00000000-0000-0000-0000-000000000000\" #inst \"1970-01-01T00:00:00.000-00:00\""
             (pr-str #"a.b" #uuid "00000000-0000-0000-0000-000000000000" #inst "1970-01-01"))))
    (testing "others as #= forms"
      (is (= "#=(java.lang.Integer. \"1\")" (pr-str (int 1))))
      (is (= "#=(java.lang.Float. \"1.5\")" (pr-str (float 1.5))))
      (is (= "#=(java.lang.Short. \"1\") #=(java.lang.Byte. \"1\")" (pr-str (short 1) (byte 1))))
      (is (= "#=(clojure.lang.PersistentArrayMap/create {:a 1})" (pr-str {:a 1})))
      (is (= "#=(clojure.lang.PersistentTreeMap/create {1 2})" (pr-str (sorted-map 1 2))))
      (is (= "#=(clojure.lang.PersistentTreeSet/create [1 2])" (pr-str (sorted-set 2 1))))
      (is (= "#=(clojure.lang.MapEntry/create [1 2])" (pr-str (first {1 2}))))
      (is (= "#=java.lang.String" (pr-str String)))
      (is (= "#=(var clojure.core/inc)" (pr-str #'inc)))
      (is (= "#=(find-ns fidelity-dup-ns)" (pr-str (create-ns 'fidelity-dup-ns))))
      (is (= "#=(java.util.ArrayList. [1 2])" (pr-str (java.util.ArrayList. [1 2]))))
      (is (= "#=(java.util.TreeMap. {1 2})" (pr-str (java.util.TreeMap. {1 2})))))
    (testing "records by their values, nested values and metadata too"
      (is (= "#fidelity_rows_test.Pair[1, 2]" (pr-str (->Pair 1 2))))
      (is (= "#=fidelity_rows_test.Pair" (pr-str Pair)))
      (is (= "[[1] #=(clojure.lang.PersistentArrayMap/create {:a [#=(java.lang.Integer. \"2\")]})]"
             (pr-str [[1] {:a [(int 2)]}])))
      (is (= "^#=(clojure.lang.PersistentArrayMap/create {:m 1}) [1]" (pr-str (with-meta [1] {:m 1})))))
    (testing "print and str print readably under it"
      (is (= "\"s\" \\a" (print-str "s" \a)))
      (is (= "#=(clojure.lang.PersistentArrayMap/create {:a 1})" (str {:a 1}))))
    (testing "a value print-dup has no method for is an error, unless the program adds one"
      (is (thrown-with-msg? IllegalArgumentException #"No method in multimethod 'print-dup' for dispatch value"
                            (pr-str (atom 1))))
      (is (thrown? IllegalArgumentException (pr-str (object-array [1])))))))

(defrecord Counter [n])

(defmethod print-dup Counter [c w]
  (.write w (str "#counter " (:n c))))

(deftest print-dup-takes-methods
  (is (= "[#counter 3]" (binding [*print-dup* true] (pr-str [(->Counter 3)]))))
  (is (= "#fidelity_rows_test.Counter{:n 3}" (pr-str (->Counter 3))) "print-method is unchanged")
  (is (= "#=(java.lang.Integer. \"1\")" (with-out-str (print-dup (int 1) *out*))) "called directly, it prints the dup form"))

(deftest bean-is-a-live-map-of-getters
  (let [entry (java.util.AbstractMap$SimpleEntry. :a 1)
        b (bean entry)]
    (is (map? b))
    (is (= 3 (count b)))
    (is (= [:class :key :value] (keys b)))
    (is (= {:class java.util.AbstractMap$SimpleEntry, :key :a, :value 1} b))
    (is (= "{:class java.util.AbstractMap$SimpleEntry, :key :a, :value 1}" (pr-str b)))
    (is (= :a (:key b)))
    (is (= 1 (b :value)))
    (is (nil? (:missing b)))
    (is (= 9 (get b :missing 9)))
    (is (contains? b :class))
    (is (not (contains? b :missing)))
    (.setValue entry 2)
    (is (= 2 (:value b)) "each lookup calls the getter again")
    (is (= [[:class java.util.AbstractMap$SimpleEntry] [:key :a] [:value 2]] (vec b)))
    (testing "assoc and dissoc give an ordinary map of the values now"
      (is (= {:class java.util.AbstractMap$SimpleEntry, :key :a, :value 2, :z 1} (assoc b :z 1)))
      (is (= {:key :a, :value 2} (dissoc b :class))))
    (is (= (hash {:class java.util.AbstractMap$SimpleEntry, :key :a, :value 2}) (hash b)))
    (is (thrown? UnsupportedOperationException (empty b)))
    (is (thrown? ClassCastException (with-meta b {:m 1})))
    (is (thrown? NullPointerException (bean nil))))
  (testing "boolean is-getters and the JavaBeans naming"
    (is (= {:blank true, :class String, :empty true} (dissoc (bean "") :bytes)))
    (is (= {:blank false, :class String, :empty false} (dissoc (bean "a") :bytes)))))

(deftest dot-method-on-a-class-name-calls-the-class-objects-method
  (is (= "java.lang.String" (.getName String)))
  (is (.isInterface Runnable))
  (is (= "1" (String/valueOf 1)) "Class/method stays a static call"))

(deftest seq-count-and-nth-fail-with-clojures-exception-classes
  (is (thrown-with-msg? IllegalArgumentException #"Don't know how to create ISeq from: java.lang.Long" (seq 1)))
  (is (thrown? IllegalArgumentException (first :a)))
  (is (thrown? IllegalArgumentException (reduce + 1)))
  (is (thrown-with-msg? UnsupportedOperationException #"count not supported on this type: Long" (count 1)))
  (is (thrown-with-msg? UnsupportedOperationException #"nth not supported on this type: PersistentHashSet" (nth #{1} 0))))

(deftest chunk-cons-takes-a-seq-as-its-rest
  (let [chunk-of (fn [& xs] (let [b (chunk-buffer (count xs))] (doseq [x xs] (chunk-append b x)) (chunk b)))]
    (is (= [1 2 3 4] (chunk-cons (chunk-of 1 2) '(3 4))))
    (is (= [1 2] (chunk-cons (chunk-of 1 2) nil)))
    (is (thrown? ClassCastException (chunk-cons (chunk-of 1 2) [3 4])) "a vector is no seq")
    (is (= [3 4] (chunk-cons (chunk-of) [3 4])) "an empty chunk gives the rest back as it is")))

(deftest vec-of-a-non-collection
  (is (thrown-with-msg? RuntimeException #"Unable to convert: class java.lang.Long to Object\[\]" (vec 1)))
  (is (= [\a \b] (vec "ab")))
  (is (= [] (vec nil))))
