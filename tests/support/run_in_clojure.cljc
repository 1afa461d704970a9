;; Runs the .clj suite on JVM Clojure 1.12, to check that its assertions state Clojure's behaviour.
;; ClojureRunsTheSuiteTest runs it in a JVM of its own during `./mvnw verify`; by hand, from the tests
;; module directory:
;;   java -Xss16m -cp clojure-1.12.4.jar:spec.alpha-0.5.238.jar:core.specs.alpha-0.4.74.jar \
;;        clojure.main support/run_in_clojure.cljc *_test.clj
;; Clojure reads reader conditionals only in .cljc files, so this script reads each .clj file itself,
;; conditionals allowed: the :clj branches are taken and mino-only tests, written inside
;; #?(:mino ...), vanish. The .cljc extension keeps this JVM-only script out of mino's runs, which load
;; every tests/**/*.clj.
;;
;; Each file's output is framed by two lines the JUnit driver parses:
;;   === NAME
;;   ...what loading and testing the file printed, clojure.test's report included...
;;   --- NAME: T tests, P passed, F failed, E errors
;; A file that does not load counts as one error, its message printed in the frame.
;; The exit status is 0 when every file passed.
(ns run-in-clojure
  (:require [clojure.test :as t]
            [clojure.main :as main])
  (:import [clojure.lang LineNumberingPushbackReader]
           [java.io File FileReader StringWriter]))

(defn- eval-file
  "Reads and evaluates the forms of file one at a time, as load-file would but with reader conditionals
  allowed; returns the names of the namespaces its forms ran in."
  [^File file]
  (with-open [r (LineNumberingPushbackReader. (FileReader. file))]
    ;; The bindings load-file makes, so an ns form or a set! in the file stays within the file, and
    ;; compiled classes name the file in stack traces (clojure.test reports the failing line from them).
    (binding [*ns* (the-ns 'user)
              *file* (.getPath file)
              *source-path* (.getName file)
              *warn-on-reflection* false
              *unchecked-math* false
              *data-readers* *data-readers*]
      (loop [nses []]
        (let [form (read {:read-cond :allow, :features #{:clj}, :eof ::eof} r)]
          (if (= ::eof form)
            (distinct nses)
            (do (eval form)
                (recur (conj nses (ns-name *ns*))))))))))

(defn- run-file
  "Loads file and runs the tests of the namespaces it defined; returns clojure.test's counters, a file
  that does not load (or whose run throws) counting as one error."
  [^File file]
  (try
    (let [nses (remove #{'user} (eval-file file))]
      (select-keys (apply t/run-tests nses) [:test :pass :fail :error]))
    (catch Throwable e
      (println "ERROR loading or running" (.getName file))
      (println (main/err->msg e))
      {:test 0 :pass 0 :fail 0 :error 1})))

(defn- run-framed
  "Runs file with everything it prints captured, then prints that between the frame lines."
  [^File file]
  (let [name (.getName file)
        out (StringWriter.)
        counts (binding [*out* out, *err* out, t/*test-out* out
                         ;; clojure.main binds this to true for its REPL and scripts; the suite states
                         ;; the library's default, the var's root value (false)
                         *print-namespace-maps* (.getRawRoot #'*print-namespace-maps*)
                         ;; an error's report shows where it was thrown, not the whole runner's stack
                         t/*stack-trace-depth* 8]
                 (run-file file))]
    (println "===" name)
    (print (str out))
    (println (format "--- %s: %d tests, %d passed, %d failed, %d errors"
                     name (:test counts) (:pass counts) (:fail counts) (:error counts)))
    (flush)
    counts))

(let [results (doall (map #(run-framed (File. ^String %)) *command-line-args*))
      total (apply merge-with + {:test 0 :pass 0 :fail 0 :error 0} results)]
  (println (format "Clojure %s ran %d files: %d tests, %d assertions, %d failed, %d errors"
                   (clojure-version) (count results) (:test total)
                   (+ (:pass total) (:fail total) (:error total)) (:fail total) (:error total)))
  (flush)
  (shutdown-agents)
  (System/exit (if (zero? (+ (:fail total) (:error total))) 0 1)))
