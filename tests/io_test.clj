(ns io-test
  "I/O: the printing functions and the *print-...* vars, with-out-str, *in*/read-line/with-in-str,
  slurp/spit, line-seq, with-open, load-file and read-string, as Clojure 1.12 documents them."
  (:require [clojure.test :refer :all]
            [clojure.string]))

;; Scratch files live in the build directory of the tests module.
(def scratch
  "A scratch file of its own, whatever the working directory (mino task test runs from the repository root)."
  (let [f (java.io.File/createTempFile "mino-io-test" ".txt")]
    (.deleteOnExit f)
    (str f)))

(deftest print-fns-text
  (are [expected actual] (= expected actual)
    "" (pr-str)
    "\"a\" \\b nil" (pr-str "a" \b nil)
    "[\"x\" {:k \"v\"}]" (pr-str ["x" {:k "v"}])
    "\"a\"\n" (prn-str "a")
    "\n" (prn-str)
    "a b nil" (print-str "a" \b nil)
    "[a b nil]" (print-str [\a "b" nil])
    "" (print-str)
    "a 1\n" (println-str "a" 1)
    "\n" (println-str)))

(deftest printing-to-out
  (are [expected actual] (= expected actual)
    "a 1\n\"b\"" (with-out-str (print "a" 1) (newline) (pr "b"))
    "\"x\" :y\n" (with-out-str (prn "x" :y))
    "x :y\n" (with-out-str (println "x" :y))
    "\n" (with-out-str (prn))
    "\n" (with-out-str (println))
    "" (with-out-str (pr))
    "" (with-out-str (print))
    "" (with-out-str (flush))
    "1-x" (with-out-str (printf "%d-%s" 1 "x"))
    "ab" (with-out-str (print "a") (flush) (print "b"))
    "[1 2]" (with-out-str (pr [1 2])))
  (is (= [nil "x\n"] (let [r (atom :unset) out (with-out-str (reset! r (println "x")))] [@r out])) "println answers nil")
  (is (= "outer inner" (with-out-str (print "outer") (print (str " " (with-out-str (print "inner")))))))
  (is (= 42 (let [v (atom nil)] (with-out-str (reset! v (do (print "side") 42))) @v))))

(deftest print-vars-defaults
  (is (nil? *print-length*))
  (is (nil? *print-level*))
  (is (true? *print-readably*))
  ;; *print-namespace-maps* is false at its root, true where clojure.main (or the mino command) runs a program.
  (is (boolean? *print-namespace-maps*))
  (is (true? *flush-on-newline*))
  (is (:dynamic (meta #'*print-length*)) "they are dynamic")
  (is (= 8 (binding [*print-length* 8] *print-length*))))

(deftest print-length
  (are [expected actual] (= expected actual)
    "(0 1 2 ...)" (binding [*print-length* 3] (pr-str (range 10)))
    "(0 1 2 ...)" (binding [*print-length* 3] (pr-str (range)))
    "[1 2]" (binding [*print-length* 2] (pr-str [1 2]))
    "[...]" (binding [*print-length* 0] (pr-str [1 2]))
    "{:a 1, ...}" (binding [*print-length* 1] (pr-str (array-map :a 1 :b 2)))
    "#{1 ...}" (binding [*print-length* 1] (pr-str (sorted-set 1 2)))
    "[(0 ...) ...]" (binding [*print-length* 1] (pr-str [(range 5) 9]))
    "(0 1 ...)" (binding [*print-length* 2] (str (range 5)))
    "(0 1 ...)\n" (binding [*print-length* 2] (with-out-str (prn (range 5))))
    "(a b ...)" (binding [*print-length* 2] (print-str '(a b c)))))

(deftest print-level
  (are [expected actual] (= expected actual)
    "[1 #]" (binding [*print-level* 1] (pr-str [1 [2 [3]]]))
    "[1 [2 #]]" (binding [*print-level* 2] (pr-str [1 [2 [3]]]))
    "#" (binding [*print-level* 0] (pr-str [1]))
    "1" (binding [*print-level* 0] (pr-str 1))
    "{:a #}" (binding [*print-level* 1] (pr-str {:a {:b 1}}))
    "[1 # ...]" (binding [*print-level* 1 *print-length* 2] (pr-str [1 [2] 3]))))

(deftest print-readably
  (are [expected actual] (= expected actual)
    "a b" (binding [*print-readably* false] (pr-str "a" \b))
    "[x]\n" (binding [*print-readably* nil] (prn-str ["x"]))
    "\"a\"" (binding [*print-readably* true] (pr-str "a"))
    "a" (binding [*print-readably* true] (print-str "a"))
    "q" (binding [*print-readably* false] (pr-str (pr-str "q")))))

(deftest print-namespace-maps
  ;; Its root is false, but clojure.main (and the mino command) set it to true before a program runs.
  (are [expected actual] (= expected actual)
    "#:a{:b 1, :c 2}" (binding [*print-namespace-maps* true] (pr-str {:a/b 1 :a/c 2}))
    "{:a/b 1, :c 2}" (binding [*print-namespace-maps* true] (pr-str {:a/b 1 :c 2}))
    "{:a/b 1}" (binding [*print-namespace-maps* false] (pr-str {:a/b 1}))))

(deftest reading-lines
  (is (= ["line1" "line2" nil] (with-in-str "line1\nline2" [(read-line) (read-line) (read-line)])))
  (is (= ["a" "b"] (with-in-str "a\r\nb" [(read-line) (read-line)])))
  (is (= ["" "x"] (with-in-str "\nx" [(read-line) (read-line)])))
  (is (nil? (with-in-str "" (read-line))))
  (is (= "inner" (with-in-str "outer" (with-in-str "inner" (read-line)))))
  (is (= "after" (with-in-str "a" (with-in-str "b" (read-line)) "after")))
  (is (= ["1" "2" "3"]
         (with-in-str "1\n2\n3"
           (loop [acc []] (if-let [l (read-line)] (recur (conj acc l)) acc))))))

(deftest line-seq-test
  (let [lines (fn [s]
                #?(:mino (with-in-str s (doall (line-seq *in*)))
                   :clj (with-open [r (java.io.BufferedReader. (java.io.StringReader. s))] (doall (line-seq r)))))]
    (is (= ["a" "b" "c"] (lines "a\nb\nc")))
    (is (= ["a" ""] (lines "a\n\n")))
    (is (nil? (lines "")))
    (is (seq? (lines "x")))))

(deftest slurp-spit
  (spit scratch "hello")
  (is (= "hello" (slurp scratch)))
  (spit scratch " world" :append true)
  (is (= "hello world" (slurp scratch)))
  (spit scratch "new")
  (is (= "new" (slurp scratch)) "without :append the file is replaced")
  (spit scratch [1 "two" :three])
  (is (= "[1 \"two\" :three]" (slurp scratch)) "content is written as by str")
  (spit scratch nil)
  (is (= "" (slurp scratch)))
  (spit scratch 42)
  (is (= "42" (slurp scratch)))
  (spit scratch "héllo ✓")
  (is (= "héllo ✓" (slurp scratch)) "UTF-8 by default")
  (spit scratch "héllo" :encoding "UTF-16")
  (is (= "héllo" (slurp scratch :encoding "UTF-16")))
  (is (not= "héllo" (slurp scratch)))
  (spit scratch "a\nb\n")
  (is (= ["a" "b"] (clojure.string/split-lines (slurp scratch))))
  (is (thrown? Exception (slurp "target/no-such-dir/no-such-file.txt")))
  (is (thrown? Exception (spit "target/no-such-dir/x/y.txt" "data"))))

(deftest load-file-test
  (spit scratch "(ns io-test.loaded) (def answer (* 6 7)) answer")
  (is (= 42 (load-file scratch)))
  (is (= 42 @(resolve 'io-test.loaded/answer))))

(deftest with-open-test
  (is (= 42 (with-open [] 42)))
  (is (= "abc" (with-in-str "abc" (with-open [r *in*] (read-line)))))
  (is (thrown? Exception (with-in-str "abc" (with-open [r *in*] nil) (read-line))) "the reader is closed")
  (is (thrown? Exception (with-in-str "abc" (try (with-open [r *in*] (throw (ex-info "boom" {})))
                                                 (catch clojure.lang.ExceptionInfo _ nil))
                           (read-line)))
      "closed even when the body throws")
  (is (thrown? Exception (eval '(with-open [a] 1))))
  (is (thrown? Exception (eval '(with-open (a 1) 1))))
  (is (thrown? Exception (eval '(with-open [[a] 1] 1))))
  (is (thrown? Exception (with-open [x 5] x)) "5 has no close method"))

(deftest read-string-test
  (are [expected text] (= expected (read-string text))
    1 "1 2"
    :a "  :a "
    [1 2] "[1 2]"
    '(quote x) "'x"
    "s" "\"s\""
    {:a 1} "{:a 1}"
    'sym "sym")
  (is (thrown? Exception (read-string "")))
  (is (thrown? Exception (read-string "(1")))
  (is (thrown? Exception (read-string ")"))))
