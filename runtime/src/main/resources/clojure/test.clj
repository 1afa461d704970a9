(ns clojure.test
  "A clojure.test-compatible unit test library, written in mino.

  Tests are zero-argument fns defined with deftest. Besides defining a var, deftest records the
  test in a registry keyed by namespace name, in definition order, so running a namespace does not
  depend on scanning var metadata. Assertions are made with is (and are), grouped with testing,
  and reported through the dynamic fn report, whose default prints Clojure's text.

  Differences from Clojure's implementation, kept small on purpose:
  - report is a dynamic fn dispatching on :type, not a multimethod; rebind it to customise output;
  - *report-counters* holds an atom (not a ref); *testing-vars* holds test names (symbols);
  - is expands through the multimethod assert-expr, like Clojure (thrown?, thrown-with-msg?,
    :default and :always-fail are its methods); mino's dialect adds (thrown? expr), one argument
    that names no class, which expects any exception;
  - an exception thrown by a fixture is reported as an error of its namespace instead of
    propagating, so one broken namespace does not stop a whole run;
  - run-test-files is mino's addition: load test files by path and run every namespace they define.")

;; ---------------------------------------------------------------------------------------------
;; State

(def ^:dynamic *load-tests*
  "When false, deftest defines nothing."
  true)

(def ^:dynamic *stack-trace-depth*
  "Kept for compatibility; errors are reported as class and message without a stack trace."
  nil)

(def ^:dynamic *report-counters*
  "An atom of counters ({:test :pass :fail :error}) while tests run; nil otherwise."
  nil)

(def ^:dynamic *initial-report-counters*
  "The counters a namespace run starts from."
  {:test 0, :pass 0, :fail 0, :error 0})

(def ^:dynamic *testing-vars*
  "Names of the tests being run, innermost first."
  (list))

(def ^:dynamic *testing-contexts*
  "Strings of the enclosing testing forms, innermost first."
  (list))

(def ^:dynamic *test-out*
  "Where reports are printed; nil means the current *out*."
  nil)

(def ^:dynamic *test-position*
  "Source position {:file :line} of the running deftest, used when an error has no position of its own."
  nil)

(def ^:dynamic *loading-namespaces*
  "While run-test-files loads a file: an atom of the namespaces (symbols) that registered tests."
  nil)

(def test-registry
  "{:order [ns-sym ...], :tests {ns-sym [[test-name test-fn] ...]}} in definition order."
  (atom {:order [], :tests {}}))

(def fixture-registry
  "{ns-sym {:once [fixture ...], :each [fixture ...]}}"
  (atom {}))

;; ---------------------------------------------------------------------------------------------
;; Small helpers (clojure.test must load before any optional core library)

(defn- join-strings
  "The strings of xs separated by sep."
  [sep xs]
  (if (seq xs)
    (reduce (fn [acc x] (str acc sep x)) (str (first xs)) (rest xs))
    ""))

(defn- file-name
  "The last path segment of path: reports show file names, as Clojure's stack traces do."
  [path]
  (if (string? path)
    (loop [i (dec (count path))]
      (cond (< i 0) path
            (contains? #{"/" "\\"} (subs path i (inc i))) (subs path (inc i))
            :else (recur (dec i))))
    path))

(defn- position-of
  "{:file :line} for a form, from its reader metadata and the file being loaded."
  [form]
  (let [line (:line (meta form))
        file (file-name *file*)]
    (if line {:file file, :line line} {:file file})))

(defn- index-of-test
  "The index of the entry named test-name in entries, or nil."
  [entries test-name]
  (loop [i 0]
    (cond (= i (count entries)) nil
          (= test-name (first (nth entries i))) i
          :else (recur (inc i)))))

(defn- add-counters
  "The sum, key by key, of two counter maps."
  [a b]
  (reduce (fn [acc k] (assoc acc k (+ (get acc k 0) (get b k 0))))
          a
          [:test :pass :fail :error]))

(defn- ns-symbol [ns] (if (symbol? ns) ns (ns-name ns)))

(defn- class-name
  "The name of x's class without the \"class \" prefix str gives."
  [x]
  (let [s (str (class x))]
    (if (and (> (count s) 6) (= "class " (subs s 0 6))) (subs s 6) s)))

;; ---------------------------------------------------------------------------------------------
;; Reporting

(defmacro with-test-out
  "Runs body with *out* bound to *test-out* (when set)."
  [& body]
  `(binding [*out* (or *test-out* *out*)] ~@body))

(defn inc-report-counter
  "Adds one to the named counter, when counters are active."
  [counter]
  (when *report-counters*
    (swap! *report-counters* (fn [m] (assoc m counter (inc (get m counter 0)))))))

(defn testing-vars-str
  "\"(test-name) (file:line)\" for a report map."
  [m]
  (let [file (or (:file m) "NO_SOURCE_FILE")
        where (if (:line m) (str file ":" (:line m)) file)]
    (str (pr-str (apply list (reverse *testing-vars*))) " (" where ")")))

(defn testing-contexts-str
  "The testing strings, outermost first, separated by spaces."
  []
  (join-strings " " (reverse *testing-contexts*)))

(defn- describe-throwable
  "One line for an exception: class, message and ex-data, like the first line of a stack trace."
  [t]
  (let [msg (ex-message t)
        data (ex-data t)]
    (str (class-name t)
         (when msg (str ": " msg))
         (when data (str " " (pr-str data))))))

(defn- print-problem
  "The body of a :fail or :error report."
  [label m]
  (println)
  (println label "in" (testing-vars-str m))
  (when (seq *testing-contexts*) (println (testing-contexts-str)))
  (when-let [message (:message m)] (println message))
  (println "expected:" (pr-str (:expected m)))
  ;; Errors always carry the exception (the try-expr and run-test-fn catches put it there).
  (if (= :error (:type m))
    (println "  actual:" (describe-throwable (:actual m)))
    (println "  actual:" (pr-str (:actual m)))))

(defn default-report
  "Counts and prints one report map, as clojure.test's default reporter does."
  [m]
  (case (:type m)
    :pass (inc-report-counter :pass)
    :fail (with-test-out (inc-report-counter :fail) (print-problem "FAIL" m))
    :error (with-test-out (inc-report-counter :error) (print-problem "ERROR" m))
    :begin-test-ns (with-test-out (println) (println "Testing" (ns-symbol (:ns m))))
    :summary (with-test-out
               (println)
               (println "Ran" (:test m) "tests containing"
                        (+ (:pass m) (:fail m) (:error m)) "assertions.")
               (println (:fail m) "failures," (:error m) "errors."))
    nil))

(def ^{:dynamic true :arglists '([m])} report
  "The reporting fn every result goes through: takes a map with :type (:pass :fail :error
  :begin-test-ns :end-test-ns :begin-test-var :end-test-var :summary) and, for assertions,
  :message :expected :actual :file :line. Rebind it to change how results are shown."
  default-report)

(def ^:private ^:dynamic *report-position*
  "While an assertion expanded by a program's own assert-expr method runs: its position, which
  do-report adds to reports that lack one."
  nil)

(defn do-report
  "Sends m to report, adding a position to a report that lacks one: the assertion's (one a program's
  own assert-expr method made), else for errors the running test's."
  [m]
  (report (cond (or (:line m) (not (#{:pass :fail :error} (:type m)))) m
                *report-position* (merge *report-position* m)
                (and (= :error (:type m)) *test-position*) (merge *test-position* m)
                :else m)))

;; ---------------------------------------------------------------------------------------------
;; Assertions

(defn function?
  "True when x is a fn, or a symbol naming a var that holds a fn and is not a macro."
  [x]
  (if (symbol? x)
    (let [v (resolve x)]
      (boolean (and (var? v) (not (:macro (meta v))) (fn? (deref v)))))
    (fn? x)))

(defn- predicate-form?
  "True for (f args...) where f names a function: is then reports (not (f values...)) on failure."
  [form]
  (and (seq? form)
       (symbol? (first form))
       (not (special-symbol? (first form)))
       (= form (macroexpand-1 form))
       (try (function? (first form)) (catch Throwable _ false))))

(defn- named? [form sym-name]
  (and (seq? form) (symbol? (first form)) (= sym-name (name (first form)))))

(def ^:private ^:dynamic *assertion-position*
  "While is expands an assertion: its position ({:file .. :line ..}), which the built-in assert-expr
  methods put in their reports."
  nil)

(defn assert-predicate
  "The expansion of is for (pred args...): evaluates the arguments once, applies pred, and on
  failure reports (not (pred arg-values...)) as the actual value."
  [msg form]
  (let [pred (first form)
        args (rest form)
        pos *assertion-position*]
    `(let [values# (list ~@args)
           result# (apply ~pred values#)]
       (if result#
         (do-report (merge ~pos {:type :pass, :message ~msg, :expected '~form,
                                 :actual (cons '~pred values#)}))
         (do-report (merge ~pos {:type :fail, :message ~msg, :expected '~form,
                                 :actual (list '~'not (cons '~pred values#))})))
       result#)))

(defn assert-any
  "The expansion of is for any other form: its value decides pass or fail."
  [msg form]
  (let [pos *assertion-position*]
    `(let [value# ~form]
       (if value#
         (do-report (merge ~pos {:type :pass, :message ~msg, :expected '~form, :actual value#}))
         (do-report (merge ~pos {:type :fail, :message ~msg, :expected '~form, :actual value#})))
       value#)))

(defn- assertion-kind
  "assert-expr's dispatch: the head of a form that is a list, :always-fail for nil, else :default."
  [msg form]
  (cond (nil? form) :always-fail
        (seq? form) (first form)
        :else :default))

(defmulti assert-expr
  "What (is form msg) expands to, dispatching on the form's head symbol: thrown? and
  thrown-with-msg? have methods, and any other form goes to :default (a predicate call or a
  value), a nil form to :always-fail. Add a method to give is an assertion form of your own: it
  receives msg and the whole form and returns code that calls do-report with the result.
  instance? has one too: it reports the class of the value."
  assertion-kind)

(defmethod assert-expr :always-fail [msg form]
  `(do-report (merge ~*assertion-position* {:type :fail, :message ~msg})))

(defmethod assert-expr :default [msg form]
  (if (predicate-form? form)
    (assert-predicate msg form)
    (assert-any msg form)))

;; (instance? Class x): reports the class of x as the actual value, passing or failing.
(defmethod assert-expr 'instance? [msg form]
  (let [pos *assertion-position*]
    `(let [klass# ~(nth form 1)
           object# ~(nth form 2)
           result# (instance? klass# object#)]
       (do-report (merge ~pos {:type (if result# :pass :fail), :message ~msg, :expected '~form,
                               :actual (class object#)}))
       result#)))

(defn- thrown-parts
  "[class body] of (thrown? Class body...). mino's dialect: (thrown? expr), one argument that
  names no class, expects any exception from expr."
  [form]
  (let [arg (second form)]
    (if (and (= 2 (count form))
             (not (and (symbol? arg) (class? (resolve arg)))))
      ['Throwable [arg]]
      [arg (nthrest form 2)])))

(defmethod assert-expr 'thrown? [msg form]
  ;; (thrown? Class body...): passes when body throws an instance of Class; returns the exception.
  (let [[klass body] (thrown-parts form)
        pos *assertion-position*]
    `(try ~@body
          (do-report (merge ~pos {:type :fail, :message ~msg, :expected '~form, :actual nil}))
          (catch ~klass e#
            (do-report (merge ~pos {:type :pass, :message ~msg, :expected '~form, :actual e#}))
            e#))))

(defmethod assert-expr 'thrown-with-msg? [msg form]
  ;; (thrown-with-msg? Class re body...): as thrown?, and the message must match re (re-find).
  (let [klass (nth form 1)
        re (nth form 2)
        body (nthrest form 3)
        pos *assertion-position*]
    `(try ~@body
          (do-report (merge ~pos {:type :fail, :message ~msg, :expected '~form, :actual nil}))
          (catch ~klass e#
            (let [m# (ex-message e#)]
              (if (and m# (re-find ~re m#))
                (do-report (merge ~pos {:type :pass, :message ~msg, :expected '~form, :actual e#}))
                (do-report (merge ~pos {:type :fail, :message ~msg, :expected '~form, :actual e#}))))
            e#))))

(def ^:private builtin-assertions
  "clojure.test's own assert-expr methods, which put the assertion's position in their reports."
  (set (vals (methods assert-expr))))

(defn- builtin-assertion? [form]
  (contains? builtin-assertions (get-method assert-expr (assertion-kind nil form))))

(defmacro try-expr
  "Evaluates the assertion for form, reporting an exception it throws as an error."
  [msg form]
  (let [pos (position-of &form)
        expansion (binding [*assertion-position* pos] (assert-expr msg form))
        expansion (if (builtin-assertion? form)
                    expansion
                    `(binding [*report-position* ~pos] ~expansion))]
    `(try ~expansion
          (catch Throwable t#
            (do-report (merge ~pos {:type :error, :message ~msg, :expected '~form, :actual t#}))))))

(defmacro is
  "Asserts that form is truthy and reports :pass, :fail or :error. Special forms:
  (is (thrown? Class body...)) and (is (thrown-with-msg? Class re body...)). Returns form's value
  (the exception for thrown?)."
  ([form] (with-meta (list `is form nil) (meta &form)))
  ([form msg] (with-meta (list `try-expr msg form) (meta &form))))

(defmacro testing
  "Adds a context string, shown in failure reports, while body runs."
  [string & body]
  `(binding [*testing-contexts* (conj *testing-contexts* ~string)]
     ~@body))

(defn- substitute
  "form with every symbol that is a key of smap replaced by its value, at any depth."
  [smap form]
  (let [walk (fn [f] (substitute smap f))]
    (cond (symbol? form) (if (contains? smap form) (get smap form) form)
          (seq? form) (apply list (map walk form))
          (vector? form) (vec (map walk form))
          (map? form) (into (empty form) (map (fn [e] [(walk (first e)) (walk (second e))]) form))
          (set? form) (into (empty form) (map walk form))
          :else form)))

(defn- groups-of
  "xs cut into vectors of n items."
  [n xs]
  (loop [xs (seq xs), acc []]
    (if xs
      (recur (seq (drop n xs)) (conj acc (vec (take n xs))))
      acc)))

(defmacro are
  "Checks many cases of one assertion: (are [x y] (= x y) 1 1, 2 2) is (do (is (= 1 1)) (is (= 2 2))).
  The template's symbols are replaced in the expression, as clojure.template/do-template does."
  [argv expr & args]
  (if (or (and (empty? argv) (empty? args))
          (and (pos? (count argv)) (pos? (count args)) (zero? (mod (count args) (count argv)))))
    (apply list 'do
           (map (fn [values]
                  (with-meta (list `is (substitute (zipmap argv values) expr)) (meta &form)))
                (groups-of (max 1 (count argv)) args)))
    (throw (ex-info "The number of args doesn't match are's argv." {:argv argv}))))

;; ---------------------------------------------------------------------------------------------
;; Defining tests

(defn register-test!
  "Records test fn f as test-name of namespace ns-sym. A redefinition keeps its place."
  [ns-sym test-name f]
  (swap! test-registry
         (fn [reg]
           (let [entries (get-in reg [:tests ns-sym] [])
                 i (index-of-test entries test-name)
                 entries (if i (assoc entries i [test-name f]) (conj entries [test-name f]))
                 order (:order reg)]
             {:order (if (contains? (get reg :tests) ns-sym) order (conj order ns-sym))
              :tests (assoc (:tests reg) ns-sym entries)})))
  (when *loading-namespaces*
    (swap! *loading-namespaces*
           (fn [nses] (if (some #(= ns-sym %) nses) nses (conj nses ns-sym)))))
  f)

(defn run-test-fn
  "Runs one test body as test-name: counts the test and reports an uncaught exception as an error."
  [test-name position body-fn]
  (binding [*testing-vars* (conj *testing-vars* test-name)
            *test-position* position]
    (do-report {:type :begin-test-var, :var test-name})
    (inc-report-counter :test)
    (try (body-fn)
         (catch Throwable e
           (do-report {:type :error, :message "Uncaught exception, not in assertion.",
                       :expected nil, :actual e})))
    (do-report {:type :end-test-var, :var test-name})
    nil))

(defmacro deftest
  "Defines name as a zero-argument fn that runs body as a test, and registers it in the current
  namespace's test list."
  [name & body]
  (when *load-tests*
    (let [pos (position-of &form)]
      `(do (def ~name (fn [] (run-test-fn '~name ~pos (fn [] ~@body))))
           (register-test! (ns-name *ns*) '~name ~name)
           (var ~name)))))

(defmacro deftest-
  "As deftest, with a private var."
  [name & body]
  `(deftest ~(with-meta name (assoc (meta name) :private true)) ~@body))

;; ---------------------------------------------------------------------------------------------
;; Fixtures

(defn use-fixtures
  "Sets the fixtures of the current namespace: :each fixtures wrap every test, :once fixtures
  wrap the namespace's whole run. A fixture is (fn [f] ... (f) ...). The first is outermost."
  [fixture-type & fixtures]
  (when-not (contains? #{:each :once} fixture-type)
    (throw (ex-info (str "Unknown fixture type: " fixture-type) {:type fixture-type})))
  (swap! fixture-registry assoc-in [(ns-name *ns*) fixture-type] (vec fixtures))
  nil)

(defn default-fixture
  "The fixture that just runs f."
  [f]
  (f))

(defn compose-fixtures
  "A fixture running f2 inside f1."
  [f1 f2]
  (fn [g] (f1 (fn [] (f2 g)))))

(defn join-fixtures
  "One fixture running fixtures nested in order, the first outermost."
  [fixtures]
  (reduce compose-fixtures default-fixture fixtures))

;; ---------------------------------------------------------------------------------------------
;; Running

(defn- namespace-tests [ns-sym] (get-in @test-registry [:tests ns-sym] []))

(defn- run-namespace-tests
  "Runs the registered tests of ns-sym under its fixtures."
  [ns-sym]
  (let [tests (namespace-tests ns-sym)
        fixtures (get @fixture-registry ns-sym {})
        once (join-fixtures (:once fixtures))
        each (join-fixtures (:each fixtures))]
    (when (seq tests)
      (try
        (once (fn [] (doseq [entry tests] (each (second entry)))))
        (catch Throwable e
          (do-report {:type :error, :message (str "Uncaught exception in fixtures of " ns-sym),
                      :expected nil, :actual e}))))))

(defn test-var
  "Runs the test held by var v (a fn defined by deftest), without fixtures."
  [v]
  ((deref v)))

(defn test-vars
  "Runs the tests held by vars, with the :each fixtures of the current namespace."
  [vars]
  (let [each (join-fixtures (get-in @fixture-registry [(ns-name *ns*) :each]))]
    (doseq [v vars] (each (fn [] (test-var v))))))

(defn test-ns
  "Runs every test of a namespace (symbol or namespace) and returns its counters."
  [ns]
  (let [ns-sym (ns-symbol ns)]
    (binding [*report-counters* (atom *initial-report-counters*)]
      (do-report {:type :begin-test-ns, :ns ns-sym})
      (run-namespace-tests ns-sym)
      (do-report {:type :end-test-ns, :ns ns-sym})
      @*report-counters*)))

(defn- summarize
  "Adds up namespace counters into a summary map."
  [counter-maps]
  (assoc (reduce add-counters *initial-report-counters* counter-maps) :type :summary))

(defn run-tests
  "Runs the tests of the given namespaces (symbols or namespaces; none: the current one), prints
  the summary and returns {:test :pass :fail :error :type :summary}."
  ([] (run-tests *ns*))
  ([& namespaces]
   (let [summary (summarize (mapv test-ns namespaces))]
     (do-report summary)
     summary)))

(defn run-all-tests
  "Runs the tests of every namespace that has registered tests (whose name matches re, if given)."
  ([] (apply run-tests (:order @test-registry)))
  ([re] (apply run-tests (filter #(re-find re (str %)) (:order @test-registry)))))

(defmacro run-test
  "Runs one test, given its name, and returns the summary."
  [test-symbol]
  `(let [counters# (binding [*report-counters* (atom *initial-report-counters*)]
                     (test-vars [(var ~test-symbol)])
                     @*report-counters*)
         summary# (assoc counters# :type :summary)]
     (do-report summary#)
     summary#))

(defn run-test-var
  "Runs the test held by var v and returns the summary."
  [v]
  (let [counters (binding [*report-counters* (atom *initial-report-counters*)]
                   (test-vars [v])
                   @*report-counters*)
        summary (assoc counters :type :summary)]
    (do-report summary)
    summary))

(defn successful?
  "True when a summary has no failures and no errors."
  [summary]
  (and (zero? (:fail summary 0)) (zero? (:error summary 0))))

(defn- load-test-file
  "Loads path and returns [namespaces-that-defined-tests load-error-or-nil]."
  [path]
  (let [defined (atom [])
        error (binding [*loading-namespaces* defined]
                (try (load-file path) nil
                     (catch Throwable e e)))]
    [@defined error]))

(defn- load-error-counters
  "Reports a file that failed to load as one error; returns the counters of that report."
  [path error]
  (binding [*report-counters* (atom *initial-report-counters*)]
    (do-report {:type :error, :message (str "Error loading " path), :file (file-name path),
                :expected nil, :actual error})
    @*report-counters*))

(defn run-test-files
  "Loads each file of paths (strings, relative to the working directory) in order, runs the tests
  of every namespace each file defined, and prints the summary and, as the last line,
  \"N tests, M assertions: P passed, F failed, E errors\". Returns the summary map."
  [paths]
  (let [summary (summarize
                 (reduce (fn [acc path]
                           (let [[nses error] (load-test-file path)
                                 acc (if error (conj acc (load-error-counters path error)) acc)]
                             (reduce (fn [acc ns-sym] (conj acc (test-ns ns-sym))) acc nses)))
                         []
                         paths))]
    (do-report summary)
    (with-test-out
      (println (str (:test summary) " tests, "
                    (+ (:pass summary) (:fail summary) (:error summary)) " assertions: "
                    (:pass summary) " passed, " (:fail summary) " failed, "
                    (:error summary) " errors")))
    summary))

;; ---------------------------------------------------------------------------------------------
;; Tests kept in var metadata (:test), as Clojure's with-test and set-test write them

(defn get-possibly-unbound-var
  "The value of var v, without failing when v is unbound: then it is the var's Unbound placeholder, as
  var-get answers (what Clojure 1.12 returns too, though its docstring promises nil)."
  [v]
  (var-get v))

(defn metadata-test-fn
  "A registered-test fn running the :test fn in var v's metadata."
  [v]
  (let [m (meta v)]
    (fn [] (run-test-fn (:name m) (select-keys m [:file :line]) (:test m)))))

(defmacro with-test
  "Evaluates definition (a def form), attaches body to the defined var as its :test fn, and registers
  that test in the current namespace. Returns the var."
  [definition & body]
  `(let [v# ~definition]
     (alter-meta! v# assoc :test (fn [] ~@body))
     (register-test! (ns-name *ns*) (:name (meta v#)) (metadata-test-fn v#))
     v#))

(defmacro set-test
  "Sets body as the :test fn of the var named by name (and registers it), replacing any previous one."
  [name & body]
  `(let [v# (var ~name)]
     (alter-meta! v# assoc :test (fn [] ~@body))
     (register-test! (ns-name *ns*) '~name (metadata-test-fn v#))
     v#))

(defn test-all-vars
  "Runs the :test fns of every var of namespace ns that has one, with the namespace's fixtures."
  [ns]
  (let [ns-obj (the-ns ns)
        ns-sym (ns-name ns-obj)
        fixtures (get @fixture-registry ns-sym {})
        each (join-fixtures (:each fixtures))
        once (join-fixtures (:once fixtures))
        vars (filter (fn [v] (:test (meta v))) (vals (ns-interns ns-obj)))]
    (once (fn [] (doseq [v vars] (each (metadata-test-fn v)))))))
