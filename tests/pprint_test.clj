(ns pprint-test
  "clojure.pprint: pprint's layouts (one line when it fits, else a map entry or an element per line),
  the printer control variables, write, print-table, the logical-block API, code-dispatch, and
  cl-format's directives — all as Clojure 1.12 prints them."
  (:require [clojure.test :refer :all]
            [clojure.string :as str]
            [clojure.pprint :as pp :refer [pprint cl-format]]))

(defn- pp-str
  "What pprint prints for x."
  [x]
  (with-out-str (pprint x)))

(defn- lines [& ls]
  (str (str/join "\n" ls) "\n"))

(defrecord Point [x y])

(deftest fits-on-one-line
  (testing "data that fits within the right margin prints as prn does"
    (are [x] (= (prn-str x) (pp-str x))
      nil
      true
      42
      -7.5
      1/3
      "a string with \"quotes\" and \\ backslash"
      \a
      :keyword
      :ns/keyword
      'sym
      'ns/sym
      []
      {}
      #{}
      ()
      [1 2 3]
      '(1 2 3)
      (range 5)
      {:a 1, :b 2}
      #{:x}
      [[1 [2 [3]]] {:a {:b {:c nil}}}]
      {:name "Alice", :langs ["clojure" "java"]}
      (list 'quote)
      "line1\nline2")))

(deftest pprint-ends-with-a-newline
  (is (= "1\n" (pp-str 1)))
  (is (= "[]\n" (pp-str [])))
  (is (= "\"\"\n" (pp-str ""))))

(deftest margin-boundary
  (testing "a line of 72 characters still fits; 73 breaks"
    (let [s66 (apply str (repeat 66 "a"))
          s67 (apply str (repeat 67 "a"))]
      (is (= (str "[1 \"" s66 "\"]\n") (pp-str [1 s66])))
      (is (= (str "[1\n \"" s67 "\"]\n") (pp-str [1 s67])))))
  (testing "an element longer than a line is printed whole"
    (let [s (apply str (repeat 80 "x"))]
      (is (= (str "\"" s "\"\n") (pp-str s)))
      (is (= (str "[\"" s "\"]\n") (pp-str [s])))
      (is (= (str "[:a\n \"" s "\"]\n") (pp-str [:a s]))))))

(deftest sequences-break-one-element-per-line
  (is (= (str "[" (str/join "\n " (range 30)) "]\n") (pp-str (vec (range 30)))))
  (is (= (str "(" (str/join "\n " (range 30)) ")\n") (pp-str (range 30))))
  (is (= (str "(" (str/join "\n " (range 30)) ")\n") (pp-str (apply list (range 30)))))
  (is (= (lines "[\"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\""
                " \"bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb\"]")
         (pp-str [(apply str (repeat 40 "a")) (apply str (repeat 40 "b"))])))
  (is (= (lines "[[1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16 17 18 19 20]"
                " [21 22 23 24 25 26 27 28 29 30 31 32 33 34 35]]")
         (pp-str [(vec (range 1 21)) (vec (range 21 36))]))))

(deftest maps-break-one-entry-per-line
  (is (= (lines "{:name \"Alice Wonderland\","
                " :email \"alice@example.com\","
                " :roles [:admin :editor :viewer],"
                " :active true}")
         (pp-str {:name "Alice Wonderland" :email "alice@example.com"
                  :roles [:admin :editor :viewer] :active true})))
  (is (= (lines "[{:id 1, :title \"Buy milk\", :done false}"
                " {:id 2, :title \"Write report\", :done true}"
                " {:id 3, :title \"Call mom\", :done false}]")
         (pp-str [{:id 1 :title "Buy milk" :done false}
                  {:id 2 :title "Write report" :done true}
                  {:id 3 :title "Call mom" :done false}])))
  (testing "a value that does not fit after its key goes on the next line, under the key"
    (is (= (lines "{:config"
                  " {:db {:host \"localhost\", :port 5432, :name \"production_database\"},"
                  "  :cache {:ttl 3600, :size 1000}}}")
           (pp-str {:config {:db {:host "localhost" :port 5432 :name "production_database"}
                             :cache {:ttl 3600 :size 1000}}})))
    (is (= (lines "{:users"
                  " [{:name \"alice\", :age 31, :langs [\"clojure\" \"java\"]}"
                  "  {:name \"bob\", :age 27, :langs [\"python\"]}]}")
           (pp-str {:users [{:name "alice" :age 31 :langs ["clojure" "java"]}
                            {:name "bob" :age 27 :langs ["python"]}]}))))
  (is (= (lines "{:key0 [],"
                " :key1 [0],"
                " :key2 [0 1],"
                " :key3 [0 1 2],"
                " :key4 [0 1 2 3],"
                " :key5 [0 1 2 3 4]}")
         (pp-str (into (sorted-map) (map (fn [i] [(keyword (str "key" i)) (vec (range i))]) (range 6))))))
  (is (= (lines "{:a {:a :a, :b :b, :c :c, :d :d, :e :e},"
                " :b {:a :a, :b :b, :c :c, :d :d, :e :e},"
                " :c {:a :a, :b :b, :c :c, :d :d, :e :e}}")
         (pp-str (zipmap [:a :b :c] (repeat {:a :a :b :b :c :c :d :d :e :e}))))))

(deftest sets-break-like-lists
  ;; a set that does not fit the line takes one line per element, as a list or vector does
  (is (= (lines "#{:alpha" "  :bravo" "  :charlie" "  :delta" "  :echo" "  :foxtrot" "  :golf" "  :hotel"
                "  :india" "  :juliet}")
         (pp-str (into (sorted-set) [:alpha :bravo :charlie :delta :echo :foxtrot :golf :hotel
                                     :india :juliet])))))

(deftest right-margin
  (is (= "[1\n 2\n 3]\n" (binding [pp/*print-right-margin* 5] (pp-str [1 2 3]))))
  (is (= "[1 2 3]\n" (binding [pp/*print-right-margin* 8] (pp-str [1 2 3]))))
  (testing "nil: never break"
    (is (= (prn-str (vec (range 100))) (binding [pp/*print-right-margin* nil] (pp-str (vec (range 100))))))))

(deftest print-length-and-level
  (is (= "(0 1 2 3 4 ...)\n" (binding [*print-length* 5] (pp-str (range)))))
  (is (= "[1 2 ...]\n" (binding [*print-length* 2] (pp-str [1 2 3 4]))))
  (is (= "{:a 1, ...}\n" (binding [*print-length* 1] (pp-str (sorted-map :a 1 :b 2)))))
  (is (= "#{1 2 ...}\n" (binding [*print-length* 2] (pp-str (sorted-set 1 2 3)))))
  (is (= "[# 2 #]\n" (binding [*print-level* 1] (pp-str [[1] 2 {:a 1}]))))
  (is (= "[[#]]\n" (binding [*print-level* 2] (pp-str [[[1]]]))))
  (is (= "#\n" (binding [*print-level* 0] (pp-str [1])))))

(deftest reader-macros
  (is (= "'a\n" (pp-str ''a)))
  (is (= "@x\n" (pp-str '@x)))
  (is (= "#'clojure.core/map\n" (pp-str '(var clojure.core/map))))
  (is (= "~x\n" (pp-str '(clojure.core/unquote x))))
  (is (= "(quote a b)\n" (pp-str '(quote a b)))))

(deftest records-print-as-maps
  (is (= "{:x 1, :y 2}\n" (pp-str (->Point 1 2))))
  (is (= "{:x first,\n :y second}\n"
         (binding [pp/*print-right-margin* 15] (pp-str (->Point 'first 'second))))))

(deftest reference-types
  (is (re-matches #"#<Atom@[0-9a-f]+: \{:a 1\}>\n" (pp-str (atom {:a 1}))))
  (is (re-matches #"#<Atom@[0-9a-f]+: \n  \(first\n   second\n   third\)>"
                  (pp/write (atom '(first second third)) :stream nil :right-margin 20)))
  (is (re-matches #"#<Delay@[0-9a-f]+: :not-delivered>\n" (pp-str (delay 1))))
  (is (re-matches #"#<Delay@[0-9a-f]+: 1>\n" (pp-str (doto (delay 1) force))))
  (is (re-matches #"#<Promise@[0-9a-f]+: :not-delivered>\n" (pp-str (promise))))
  (is (re-matches #"#<Promise@[0-9a-f]+: 5>\n" (pp-str (doto (promise) (deliver 5)))))
  (is (re-matches #"#<Future@[0-9a-f]+: 3>\n" (pp-str (doto (future 3) deref))))
  (is (= "#'pprint-test/pp-str\n" (pp-str #'pp-str))))

(deftest base-and-radix
  (is (= "[ff 10 1/2]\n" (binding [pp/*print-base* 16] (pp-str [255 16 1/2]))))
  (is (= "[#xff #x10]\n" (binding [pp/*print-base* 16 pp/*print-radix* true] (pp-str [255 16]))))
  (is (= "[255. 16.]\n" (binding [pp/*print-radix* true] (pp-str [255 16]))))
  (is (= "#b101\n" (binding [pp/*print-base* 2 pp/*print-radix* true] (pp-str 5))))
  (is (= "#o17\n" (binding [pp/*print-base* 8 pp/*print-radix* true] (pp-str 15))))
  (is (= "#36rz\n" (binding [pp/*print-base* 36 pp/*print-radix* true] (pp-str 35))))
  (is (= "[1.5 :a]\n" (binding [pp/*print-base* 2] (pp-str [1.5 :a])))))

(deftest suppress-namespaces
  (is (= "(let [x 1] (inc x))\n"
         (binding [pp/*print-suppress-namespaces* true]
           (pp-str '(clojure.core/let [x 1] (clojure.core/inc x))))))
  (is (= "(clojure.core/inc x)\n" (pp-str '(clojure.core/inc x)))))

(deftest namespace-maps
  (is (= "{:a/b 1, :a/c 2}\n" (binding [*print-namespace-maps* false] (pp-str {:a/b 1 :a/c 2}))))
  (is (= "#:a{:b 1, :c 2}\n" (binding [*print-namespace-maps* true] (pp-str {:a/b 1 :a/c 2}))))
  (is (= "{:a/b 1, :c 2}\n" (binding [*print-namespace-maps* true] (pp-str {:a/b 1 :c 2})))))

(deftest write-fn
  (is (= "[1 2 3]" (pp/write [1 2 3] :stream nil)))
  (is (= "(0\n 1\n 2)" (pp/write (range 3) :stream nil :right-margin 4)))
  (is (= "ff" (pp/write 255 :stream nil :base 16)))
  (is (= "#xff" (pp/write 255 :stream nil :base 16 :radix true)))
  (is (= "[1 2 ...]" (pp/write [1 2 3] :stream nil :length 2)))
  (is (= "[#]" (pp/write [[1]] :stream nil :level 1)))
  (is (= "\"s\"" (pp/write "s" :stream nil)))
  (is (= "s" (pp/write "s" :stream nil :readably false)))
  (is (= "(0 1 2 3 4 5 6 7 8 9)" (pp/write (range 10) :stream nil :pretty false :right-margin 4)))
  (is (= "[1 2]" (with-out-str (pp/write [1 2]))))
  (is (nil? (binding [*out* (java.io.StringWriter.)] (pp/write [1 2]))))
  (let [sw (java.io.StringWriter.)]
    (is (nil? (pp/write {:a 1} :stream sw)))
    (is (= "{:a 1}" (str sw)))))

(deftest pprint-to-a-writer
  (let [sw (java.io.StringWriter.)]
    (pprint {:a [1 2]} sw)
    (is (= "{:a [1 2]}\n" (str sw)))))

(deftest pp-macro
  (is (= "nil\n" (with-out-str (binding [*1 nil] (pp/pp)))))
  (is (= "[:last :value]\n" (with-out-str (binding [*1 [:last :value]] (pp/pp))))))

(deftest print-table-fn
  (is (= (str "\n"
              "| :a | :b |\n"
              "|----+----|\n"
              "|  1 |  2 |\n"
              "| 10 | 20 |\n")
         (with-out-str (pp/print-table [{:a 1 :b 2} {:a 10 :b 20}]))))
  (is (= (str "\n"
              "|   :name | :age |\n"
              "|---------+------|\n"
              "|   Alice |   31 |\n"
              "| Bob Kay |      |\n")
         (with-out-str (pp/print-table [:name :age] [{:name "Alice" :age 31} {:name "Bob Kay"}]))))
  (is (= (str "\n"
              "|        :b | :a |\n"
              "|-----------+----|\n"
              "| {:a is-a} |  1 |\n"
              "|         5 |  7 |\n")
         (with-out-str (pp/print-table [:b :a] [{:a 1 :b {:a 'is-a}} {:b 5 :a 7}]))))
  (is (= "" (with-out-str (pp/print-table []))))
  (is (= "" (with-out-str (pp/print-table [:a] [])))))

(deftest dispatch-functions
  (testing "a custom dispatch function built from the logical-block API"
    (let [brackets (fn [x]
                     (if (sequential? x)
                       (pp/pprint-logical-block :prefix "<" :suffix ">"
                         (pp/print-length-loop [s (seq x)]
                           (when s
                             (pp/write-out (first s))
                             (when (next s)
                               (.write ^java.io.Writer *out* " ")
                               (pp/pprint-newline :linear)
                               (recur (next s))))))
                       (pr x)))]
      (is (= "<1 <2 3> \"s\">\n" (pp/with-pprint-dispatch brackets (pp-str [1 '(2 3) "s"]))))
      (is (= "<1\n 2\n 3>\n"
             (binding [pp/*print-right-margin* 5] (pp/with-pprint-dispatch brackets (pp-str [1 2 3])))))
      (is (= "<1 2 ...>\n" (binding [*print-length* 2] (pp/with-pprint-dispatch brackets (pp-str [1 2 3])))))))
  (testing "a per-line prefix is written after each newline of its block"
    (is (= ";; 1\n;; 2"
           (pp/with-pprint-dispatch
             (fn [x]
               (if (vector? x)
                 (pp/pprint-logical-block :per-line-prefix ";; "
                   (print ";; ")
                   (pp/write-out (first x))
                   (pp/pprint-newline :mandatory)
                   (pp/write-out (second x)))
                 (pr x)))
             (pp/write [1 2] :stream nil)))))
  (testing "pprint-indent"
    (is (= "(a\n   b)"
           (pp/with-pprint-dispatch
             (fn [x]
               (if (seq? x)
                 (pp/pprint-logical-block :prefix "(" :suffix ")"
                   (pp/pprint-indent :block 2)
                   (pp/write-out (first x))
                   (print " ")
                   (pp/pprint-newline :mandatory)
                   (pp/write-out (second x)))
                 (pr x)))
             (pp/write '(a b) :stream nil)))))
  (testing "simple-dispatch can be extended by defmethod on a class"
    (is (= "{:x 1, :y 2}\n" (pp-str (->Point 1 2)))))
  (testing "set-pprint-dispatch changes the root binding"
    (let [old pp/*print-pprint-dispatch*]
      (try
        (pp/set-pprint-dispatch (fn [x] (print "<obj>")))
        (is (= "<obj>\n" (pp-str [1 2])))
        (finally (pp/set-pprint-dispatch old))))
    (is (= "[1 2]\n" (pp-str [1 2])))))

(deftest bad-arguments
  (is (thrown? IllegalArgumentException
               (pp/with-pprint-dispatch (fn [_] (pp/pprint-newline :sometimes)) (pp-str 1))))
  (is (thrown? IllegalArgumentException
               (pp/with-pprint-dispatch (fn [_] (pp/pprint-indent :line 2)) (pp-str 1))))
  (is (thrown-with-msg? UnsupportedOperationException #"pprint-tab is not yet implemented"
                        (pp/pprint-tab :line 1 1))))

(deftest code-dispatch-layouts
  (let [code (fn [margin form]
               (binding [pp/*print-right-margin* margin
                         pp/*print-miser-width* (when (= margin 72) 40)]
                 (pp/with-pprint-dispatch pp/code-dispatch (pp/write form :stream nil))))]
    (is (= (str "(defn greet [person greeting]\n"
                "  (let [name (:name person) title (:title person)]\n"
                "    (if (nil? title)\n"
                "      (str greeting \", \" name \"!\")\n"
                "      (str greeting \", \" title \" \" name \"!\"))))")
           (code 72 '(defn greet [person greeting]
                       (let [name (:name person) title (:title person)]
                         (if (nil? title)
                           (str greeting ", " name "!")
                           (str greeting ", " title " " name "!")))))))
    (testing "in miser style (a block starting within *print-miser-width* of the margin) the head breaks too"
      (is (= "(let \n  [a 1 b 2]\n  (+ a b))"
             (binding [pp/*print-right-margin* 12]
               (pp/with-pprint-dispatch pp/code-dispatch (pp/write '(let [a 1 b 2] (+ a b)) :stream nil))))))
    (is (= "(defn add [a b] (+ a b))" (code 72 '(defn add [a b] (+ a b)))))
    (is (= "(map #(inc %) [1 2 3])" (code 72 (read-string "(map #(inc %) [1 2 3])"))))
    (is (= "#(+ %1 %2)" (code 72 (read-string "#(+ %1 %2)"))))
    (is (= "(cond\n  (< n 0) :negative\n  (= n 0) :zero\n  :else :positive)"
           (code 30 '(cond (< n 0) :negative (= n 0) :zero :else :positive))))
    (is (= "(when (seq xs)\n  (println \"items\")\n  (count xs))"
           (code 30 '(when (seq xs) (println "items") (count xs)))))
    (is (= "(def answer\n (compute-the-answer 42))"
           (code 30 '(def answer (compute-the-answer 42)))))
    (is (= "(let [a 1\n      b 2]\n  (+ a b))"
           (code 12 '(let [a 1 b 2] (+ a b)))))
    (is (= "(foo-bar\n  some-argument\n  another-argument)"
           (code 30 '(foo-bar some-argument another-argument))))))

(deftest fresh-line-and-pretty-writers
  (is (= "\n" (with-out-str (pp/fresh-line))))
  (is (= "a\nb" (cl-format nil "a~&b")))
  (is (= "a\nb" (cl-format nil "a~%~&b")))
  (let [sw (java.io.StringWriter.)
        w (pp/get-pretty-writer sw)]
    (is (identical? w (pp/get-pretty-writer w)))
    (binding [*out* w]
      (print "x")
      (pp/fresh-line)
      (pp/fresh-line)
      (print "y"))
    (.flush w)
    (is (= "x\ny" (str sw)))))

(deftest cl-format-basics
  (is (= "Hello, World!" (cl-format nil "Hello, ~a!" "World")))
  (is (nil? (binding [*out* (java.io.StringWriter.)] (cl-format true "x"))))
  (is (= "printed\n" (with-out-str (cl-format true "printed~%"))))
  (let [sw (java.io.StringWriter.)]
    (cl-format sw "~a+~a" 1 2)
    (is (= "1+2" (str sw))))
  (are [expected fmt args] (= expected (apply cl-format nil fmt args))
    "foo" "~a" ["foo"]
    "\"foo\"" "~s" ["foo"]
    "nil" "~a" [nil]
    "[1 a]" "~a" [[1 "a"]]
    "[1 \"a\"]" "~s" [[1 "a"]]
    "ab   |" "~5a|" ["ab"]
    "   ab|" "~5@a|" ["ab"]
    "ab--|" "~4,,,'-a|" ["ab"]
    "ab  |" "~3,2a|" ["ab"]
    "42" "~d" [42]
    "-42" "~d" [-42]
    "+42" "~@d" [42]
    "   42" "~5d" [42]
    "00042" "~5,'0d" [42]
    "1,234,567" "~:d" [1234567]
    "1.234.567" "~,,'.:d" [1234567]
    "1,23,45,67" "~,,,2:d" [1234567]
    "+1,000" "~:@d" [1000]
    "1/2" "~d" [1/2]
    "2.5" "~d" [2.5]
    "3" "~d" [3.0]
    "101010" "~b" [42]
    "52" "~o" [42]
    "2a" "~x" [42]
    "-ff" "~x" [-255]
    "1111_0000" "~,,'_,4:b" [240]
    "000001111" "~9,'0,'_,4:b" [15]
    "1210" "~3r" [48]
    "z" "~36r" [35]
    "~" "~~" []
    "~~~" "~3~" []
    "a\nb" "a~%b" []
    "a\n\nb" "a~2%b" []
    "a\f" "~a~|" ["a"]))

(deftest cl-format-english-and-roman
  (are [expected fmt n] (= expected (cl-format nil fmt n))
    "zero" "~r" 0
    "seven" "~r" 7
    "nineteen" "~r" 19
    "forty-two" "~r" 42
    "one hundred" "~r" 100
    "one hundred one" "~r" 101
    "nine hundred ninety-nine" "~r" 999
    "one thousand" "~r" 1000
    "one thousand, two hundred thirty-four" "~r" 1234
    "one million, one" "~r" 1000001
    "minus five" "~r" -5
    "zeroth" "~:r" 0
    "first" "~:r" 1
    "second" "~:r" 2
    "third" "~:r" 3
    "twelfth" "~:r" 12
    "twenty-first" "~:r" 21
    "fortieth" "~:r" 40
    "one hundredth" "~:r" 100
    "one hundred first" "~:r" 101
    "one thousandth" "~:r" 1000
    "I" "~@r" 1
    "IV" "~@r" 4
    "XLII" "~@r" 42
    "MCMXCIX" "~@r" 1999
    "MMMCMXCIX" "~@r" 3999
    "4,000" "~@r" 4000
    "IIII" "~:@r" 4
    "MDCCCCLXXXXVIIII" "~:@r" 1999))

(deftest cl-format-plurals-and-characters
  (are [expected fmt args] (= expected (apply cl-format nil fmt args))
    "1 cat" "~d cat~:p" [1]
    "3 cats" "~d cat~:p" [3]
    "0 cats" "~d cat~:p" [0]
    "1 pony" "~d pon~:@p" [1]
    "2 ponies" "~d pon~:@p" [2]
    "es" "~[~;~:;e~]s" [2]
    "x" "~c" [\x]
    "\\x" "~@c" [\x]
    "\\space" "~@c" [\space]
    "Space" "~:c" [\space]
    "Newline" "~:c" [\newline]
    "Control-A" "~:c" [(char 1)]
    "a" "~:c" [\a]))

(deftest cl-format-floats
  (are [expected fmt x] (= expected (cl-format nil fmt x))
    "3.14" "~,2f" 3.14159
    "3.142" "~,3f" 3.14159
    "  3.14" "~6,2f" 3.14159
    "+3.14" "~,2@f" 3.14159
    "-3.14" "~,2f" -3.14159
    "1.5" "~f" 1.5
    "2.0" "~f" 2.0
    "100.0" "~f" 100
    "0.50" "~,2f" 0.5
    "0.01" "~,2f" 0.005
    "1.00" "~,2f" 0.999
    "******" "~6,2,,'*f" 12345.678
    "2.50" "~$" 2.5
    "1234.57" "~$" 1234.5678
    "-0.50" "~$" -0.5
    "   3.14" "~,,7$" 3.14159
    "003.142" "~3,3$" 3.14159
    "1.2346E+3" "~,4e" 1234.5678
    "1.0E+0" "~e" 1.0
    "1.23E-2" "~,2e" 0.0123))

(deftest cl-format-conditionals
  (are [expected fmt args] (= expected (apply cl-format nil fmt args))
    "zero" "~[zero~;one~;two~]" [0]
    "two" "~[zero~;one~;two~]" [2]
    "" "~[zero~;one~;two~]" [3]
    "many" "~[zero~;one~:;many~]" [9]
    "one" "~1[zero~;one~]" []
    "yes" "~:[no~;yes~]" [true]
    "no" "~:[no~;yes~]" [nil]
    "no" "~:[no~;yes~]" [false]
    "x=5 y" "~@[x=~a~] ~a" [5 "y"]
    " y" "~@[x=~a~] ~a" [nil "y"]
    "none" "~#[none~;one: ~a~;two: ~a ~a~]" []
    "two: 1 2" "~#[none~;one: ~a~;two: ~a ~a~]" [1 2]))

(deftest cl-format-iteration
  (are [expected fmt args] (= expected (apply cl-format nil fmt args))
    "1, 2, 3" "~{~a~^, ~}" [[1 2 3]]
    "" "~{~a~^, ~}" [[]]
    "1, 2, " "~2{~a~^, ~}" [[1 2 3]]
    "1, 2" "~2{~a~^, ~}" [[1 2]]
    ":a=1 :b=2 " "~:{~a=~a ~}" [[[:a 1] [:b 2]]]
    "a=1 b=2" "~:{~a=~a~:^ ~}" [[["a" 1] ["b" 2]]]
    "<1><2><3>" "~@{<~a>~}" [1 2 3]
    "(1 2)(3 4)" "~:@{(~a ~a)~}" [[1 2] [3 4]]
    "x;y" "~{~}" ["~a;~a" ["x" "y"]]
    "1 and 2" "~{~a~#[~; and ~:;, ~]~}" [[1 2]]
    "1, 2 and 3" "~{~a~#[~; and ~:;, ~]~}" [[1 2 3]]))

(deftest cl-format-case-and-indirection
  (are [expected fmt args] (= expected (apply cl-format nil fmt args))
    "hello world" "~(~a~)" ["Hello WORLD"]
    "HELLO WORLD" "~:@(~a~)" ["Hello world"]
    "Hello World" "~:(~a~)" ["hello world"]
    "Hello world" "~@(~a~)" ["hELLO WORLD"]
    "Forty-two" "~@(~r~)" [42]
    "<1 2> 3" "~? ~a" ["<~a ~a>" [1 2] 3]
    "<1 2> 3" "~@? ~a" ["<~a ~a>" 1 2 3]
    "b a" "~*~a ~:*~:*~a" ["a" "b"]
    "b" "~*~a" ["a" "b"]
    "a a b" "~a ~:*~a ~a" ["a" "b"]))

(deftest cl-format-justification-and-tabs
  (are [expected fmt args] (= expected (apply cl-format nil fmt args))
    "left      right" "~15<left~;right~>" []
    "     centered" "~13<centered~>" []
    "centered     " "~13@<centered~>" []
    "   a  b" "~7:<a~;b~>" []
    "a   b  " "~7@<a~;b~>" []
    "name    value" "~a~8tvalue" ["name"]
    "ab  cd" "~a~2@tcd" ["ab"]))

(deftest cl-format-pretty-directives
  (is (= "(1 2 3)" (cl-format nil "~w" '(1 2 3))))
  (is (= "[1 2 ...]" (binding [*print-length* 2] (cl-format nil "~w" [1 2 3]))))
  (is (= "[1 2 3]" (binding [*print-length* 2] (cl-format nil "~@w" [1 2 3]))))
  (is (= "(alpha beta\n gamma)"
         (binding [pp/*print-right-margin* 12 pp/*print-miser-width* nil]
           (cl-format nil "~:<~@{~w~^ ~:_~}~:>" '(alpha beta gamma)))))
  (testing "in miser style fill newlines act like linear ones"
    (is (= "(alpha\n beta\n gamma)"
           (binding [pp/*print-right-margin* 12] (cl-format nil "~:<~@{~w~^ ~:_~}~:>" '(alpha beta gamma))))))
  (is (= "(alpha\n beta\n gamma)"
         (binding [pp/*print-right-margin* 12] (cl-format nil "~:<~@{~w~^ ~_~}~:>" '(alpha beta gamma)))))
  (is (= "Usage: one\n       two"
         (cl-format nil "~<Usage: ~:I~@{~a~^~:@_~}~:>" ["one" "two"])))
  (is (= "[:a :b]" (cl-format nil "~<[~;~@{~a~^ ~}~;]~:>" [:a :b]))))

(deftest formatters
  (let [f (pp/formatter "~a and ~a")]
    (is (= "1 and 2" (f nil 1 2)))
    (is (= "x and y\n" (with-out-str (f true "x" "y") (newline)))))
  (let [f (pp/formatter-out "<~a>")]
    (is (= "<7>" (with-out-str (f 7))))))

(deftest cl-format-errors
  (is (thrown-with-msg? RuntimeException #"Directive \"q\" is undefined" (cl-format nil "~q")))
  (is (thrown-with-msg? Exception #"Not enough arguments for format definition" (cl-format nil "~a ~a" 1)))
  (is (thrown-with-msg? RuntimeException #"No closing bracket found" (cl-format nil "~{~a")))
  (is (thrown-with-msg? RuntimeException #"\"@\" is an illegal flag for format directive \"%\"" (cl-format nil "~@%")))
  ;; Clojure fails here with a NullPointerException that says nothing of the format; mino names the problem
  (is (thrown? Exception (cl-format nil "abc~")))
  #?(:mino (is (thrown-with-msg? RuntimeException #"Format string ended in the middle of a directive" (cl-format nil "abc~"))))
  (is (thrown-with-msg? RuntimeException #"Too many parameters for directive \"A\": 5 were specified but only 4 are allowed"
                        (cl-format nil "~1,2,3,4,5a" 1))))
