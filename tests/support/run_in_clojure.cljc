;; Runs the .clj suite on JVM Clojure 1.12, to check that its assertions state Clojure's behaviour.
;; Not part of mino's run. From the tests module directory:
;;   java -Xss16m -cp clojure-1.12.x.jar:spec.alpha.jar:core.specs.alpha.jar clojure.main \
;;        support/run_in_clojure.cljc *_test.clj
;; Reader conditionals are allowed in these .clj files (mino reads them everywhere); Clojure takes
;; the :clj branches, so mino-only tests (written inside #?(:mino ...)) are skipped.
;; The .cljc extension keeps this JVM-only script out of runs that load every tests/**/*.clj.
(import '[clojure.lang LineNumberingPushbackReader])
(require 'clojure.test)

(defn load-with-conditionals
  "Evaluates every form of path, like load-file; returns the namespaces the forms ran in."
  [path]
  (let [f (java.io.File. path)]
    (with-open [r (LineNumberingPushbackReader. (java.io.FileReader. f))]
      (binding [*ns* *ns*, *file* (.getPath f)]
        (loop [nses []]
          (let [form (read {:read-cond :allow, :eof ::eof} r)]
            (if (= form ::eof)
              (distinct nses)
              (do (eval form) (recur (conj nses (ns-name *ns*)))))))))))

(let [nses (mapcat load-with-conditionals *command-line-args*)
      summary (apply clojure.test/run-tests (remove #{'user} (distinct nses)))]
  (shutdown-agents)
  (System/exit (if (clojure.test/successful? summary) 0 1)))
