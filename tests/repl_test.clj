(ns repl-test
  (:require [clojure.test :refer :all]
            [clojure.repl :refer [apropos dir-fn doc find-doc pst root-cause source-fn]]
            [clojure.string :as str]))

(defn documented-fn
  "A fn for the clojure.repl tests to find."
  [x]
  (inc x))

(deftest apropos-finds-public-vars-by-name
  (testing "a string matches part of a name; the names come back qualified"
    (is (= '(clojure.core/reduce-kv) (apropos "reduce-kv")))
    (let [found (apropos "reduce")]
      (is (some #{'clojure.core/reduce} found))
      (is (every? qualified-symbol? found))
      (is (= (sort found) found) "sorted")))
  (testing "a regex is searched for in each name"
    (is (= '(clojure.string/starts-with?) (apropos #"^starts-with\?$"))))
  (testing "private vars are not public definitions"
    (is (empty? (apropos "documented-fn-private")))))

(defn- documented-fn-private [] nil)

(deftest dir-fn-lists-a-namespaces-public-vars
  (is (= '(blank? capitalize ends-with? escape includes? index-of join last-index-of lower-case
           re-quote-replacement replace replace-first reverse split split-lines starts-with?
           trim trim-newline triml trimr upper-case)
         (dir-fn 'clojure.string)))
  (testing "an alias of *ns* names its namespace"
    (is (= (dir-fn 'clojure.string) (binding [*ns* (the-ns 'repl-test)] (dir-fn 'str))))))

(deftest source-fn-reads-a-definition
  (testing "nil for a name that resolves to nothing"
    (is (nil? (source-fn 'no-such-var-anywhere))))
  #?(:mino
     (testing "the text of the form at the var's :file and :line: a library's, or a file the state may read"
       (is (str/starts-with? (source-fn 'clojure.core/when) "(defmacro when"))
       (is (= "(defn documented-fn\n  \"A fn for the clojure.repl tests to find.\"\n  [x]\n  (inc x))"
              (binding [*ns* (the-ns 'repl-test)] (source-fn 'documented-fn))))
       (is (nil? (source-fn 'clojure.core/inc)) "a Java builtin has no source text"))))

(deftest doc-and-find-doc-print-documentation
  (is (= "-------------------------\nrepl-test/documented-fn\n([x])\n  A fn for the clojure.repl tests to find.\n"
         (with-out-str (doc documented-fn))))
  (is (str/includes? (with-out-str (find-doc "clojure.repl tests to f")) "repl-test/documented-fn")))

(alter-meta! (create-ns 'repl-test.documented-ns) assoc :doc "A namespace for the clojure.repl tests,\n  documented on two lines.")
(create-ns 'repl-test.undocumented-ns)

(deftest doc-prints-a-namespaces-docstring
  (is (= "-------------------------\nrepl-test.documented-ns\n  A namespace for the clojure.repl tests,\n  documented on two lines.\n"
         (with-out-str (doc repl-test.documented-ns))))
  (is (= "-------------------------\nrepl-test.undocumented-ns\n" (with-out-str (doc repl-test.undocumented-ns)))
      "only the name when it has no docstring")
  (testing "find-doc matches a namespace by its docstring or its name, before any var"
    (is (= "-------------------------\nrepl-test.documented-ns\n  A namespace for the clojure.repl tests,\n  documented on two lines.\n"
           (with-out-str (find-doc "namespace for the clojure.repl tests"))))
    (is (str/starts-with? (with-out-str (find-doc "repl-test\\.documented-ns"))
                          "-------------------------\nrepl-test.documented-ns\n"))))

(deftest pst-and-root-cause-show-errors
  (let [e (ex-info "outer" {:a 1} (ex-info "inner" {}))]
    (is (= "inner" (ex-message (root-cause e))))
    (let [err (java.io.StringWriter.)]
      (binding [*err* err] (pst e))
      (is (str/starts-with? (str err) "ExceptionInfo outer {:a 1}\n"))
      (is (str/includes? (str err) "\nCaused by:\nExceptionInfo inner {}\n")))))
