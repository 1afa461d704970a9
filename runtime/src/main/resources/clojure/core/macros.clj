;; clojure.core: macros built on the sequence functions.
(in-ns 'clojure.core)

(defmacro ->
  "(-> x (f a) g) is (g (f x a)): each form is called with the result so far put first among its
  arguments; a bare symbol is called with it alone."
  [x & forms]
  (loop [x x, forms forms]
    (if forms
      (let [form (first forms)
            threaded (if (seq? form) (with-meta `(~(first form) ~x ~@(next form)) (meta form)) (list form x))]
        (recur threaded (next forms)))
      x)))

(defmacro ->>
  "(->> x (f a) g) is (g (f a x)): each form is called with the result so far as its last argument; a
  bare symbol is called with it alone."
  [x & forms]
  (loop [x x, forms forms]
    (if forms
      (let [form (first forms)
            threaded (if (seq? form) (with-meta `(~(first form) ~@(next form) ~x) (meta form)) (list form x))]
        (recur threaded (next forms)))
      x)))

(defmacro as->
  "Threads a value to any place in the forms: name stands for expr in the first form, for the first
  form's value in the second, and so on; gives the last form's value."
  [expr name & forms]
  `(let [~name ~expr ~@(interleave (repeat name) (butlast forms))]
     ~(if (empty? forms) name (last forms))))

(defmacro some->
  "Like ->, but stops and gives nil as soon as a value is nil."
  [expr & forms]
  (let [g (gensym)
        steps (map (fn [step] `(if (nil? ~g) nil (-> ~g ~step))) forms)]
    `(let [~g ~expr ~@(interleave (repeat g) (butlast steps))]
       ~(if (empty? steps) g (last steps)))))

(defmacro some->>
  "Like ->>, but stops and gives nil as soon as a value is nil."
  [expr & forms]
  (let [g (gensym)
        steps (map (fn [step] `(if (nil? ~g) nil (->> ~g ~step))) forms)]
    `(let [~g ~expr ~@(interleave (repeat g) (butlast steps))]
       ~(if (empty? steps) g (last steps)))))

(defmacro cond->
  "(cond-> x t1 f1 t2 f2 ...): x put through -> with f1 when t1 is true, then with f2 when t2 is true,
  and so on; every test is checked, and none sees the value."
  [expr & clauses]
  (let [g (gensym)
        steps (map (fn [[test step]] `(if ~test (-> ~g ~step) ~g)) (partition 2 clauses))]
    `(let [~g ~expr ~@(interleave (repeat g) (butlast steps))]
       ~(if (empty? steps) g (last steps)))))

(defmacro cond->>
  "Like cond->, but threads the value as the last argument, as ->> does."
  [expr & clauses]
  (let [g (gensym)
        steps (map (fn [[test step]] `(if ~test (->> ~g ~step) ~g)) (partition 2 clauses))]
    `(let [~g ~expr ~@(interleave (repeat g) (butlast steps))]
       ~(if (empty? steps) g (last steps)))))

(defmacro doto
  "(doto x (f a) (g)) runs (f x a) and then (g x), evaluating x once, and gives x: for side effects on
  one object."
  [x & forms]
  (let [gx (gensym)]
    `(let [~gx ~x]
       ~@(map (fn [f] (if (seq? f) `(~(first f) ~gx ~@(next f)) `(~f ~gx))) forms)
       ~gx)))

(defmacro binding
  "Runs body with the dynamic vars named in bindings (var-symbol value pairs) bound to new values on
  this thread; they are restored afterwards, even on an exception."
  [bindings & body]
  (let [pairs (partition 2 bindings)]
    `(do (push-thread-bindings (hash-map ~@(mapcat (fn [[s v]] [`(var ~s) v]) pairs)))
         (try ~@body (finally (pop-thread-bindings))))))

(defmacro with-out-str
  "The text that body prints to *out*, captured as a string (body's value is dropped)."
  [& body] `(with-out-str* (fn [] ~@body)))


(defmacro while
  "A loop: checks test, and while it is true runs body and checks again; gives nil."
  [test & body] `(loop [] (when ~test ~@body (recur))))

(defmacro dotimes
  "With bindings [i n]: runs body n times, i bound to 0, 1, ... n-1; gives nil."
  [bindings & body]
  (let [i (bindings 0) n (bindings 1)]
    `(let [n# (long ~n)]
       (loop [~i 0] (when (< ~i n#) ~@body (recur (inc ~i)))))))

(defmacro assert
  "Throws an AssertionError, naming the form (and message), when x is nil or false; gives nil otherwise.
  When *assert* is false as the call is compiled, it expands to nothing."
  ([x] (when *assert* `(when-not ~x (throw (new-assertion-error (str "Assert failed: " (pr-str '~x)))))))
  ([x message] (when *assert* `(when-not ~x (throw (new-assertion-error (str "Assert failed: " ~message "\n" (pr-str '~x))))))))

(defmacro condp
  "Picks the first clause for which (pred test-expr expr) is true and gives its result-expr. A clause is
  test-expr result-expr, or test-expr :>> result-fn to call result-fn with the predicate's value. A final
  lone expr is the default; without one, no match throws IllegalArgumentException."
  [pred expr & clauses]
  (let [gpred (gensym "pred__") gexpr (gensym "expr__")
        emit (fn emit [pred expr args]
               (let [[[a b c :as clause] more] (split-at (if (= :>> (second args)) 3 2) args)
                     n (count clause)]
                 (cond
                   (= 0 n) `(throw (illegal-argument (str "No matching clause: " ~expr)))
                   (= 1 n) a
                   (= 2 n) `(if (~pred ~a ~expr) ~b ~(emit pred expr more))
                   :else `(if-let [p# (~pred ~a ~expr)] (~c p#) ~(emit pred expr more)))))]
    `(let [~gpred ~pred ~gexpr ~expr] ~(emit gpred gexpr clauses))))

(defmacro case
  "Constant-time dispatch on the value of e: test constants are literals, or lists of them."
  [e & clauses]
  (let [ge (gensym "case__")
        default (if (odd? (count clauses)) (last clauses) `(throw (illegal-argument (str "No matching clause: " ~ge))))
        pairs (partition 2 clauses)
        table (loop [ps (seq pairs) i 0 table {}]
                (if ps
                  (let [[t _] (first ps)
                        consts (if (seq? t) t [t])
                        table (reduce (fn [m c]
                                        (when (contains? m c) (throw (illegal-argument (str "Duplicate case test constant: " c))))
                                        (assoc m c i))
                                      table consts)]
                    (recur (next ps) (inc i) table))
                  table))]
    `(let [~ge ~e] (case* ~ge ~table ~default ~@(map second pairs)))))

(defmacro time
  "Gives the value of expr after printing how long its evaluation took, as \"Elapsed time: N msecs\"."
  [expr]
  `(let [start# (nano-time) ret# ~expr]
     (println (str "\"Elapsed time: " (/ (double (- (nano-time) start#)) 1000000.0) " msecs\""))
     ret#))

(defmacro delay
  "An object standing for the value of body, computed on the first deref (or force) and remembered; body
  never runs if nothing asks."
  [& body] `(make-delay (fn [] ~@body)))

(defmacro ns
  "Makes name the current namespace, creating it if needed and referring clojure.core, then applies the
  references: (:require ...), (:use ...), (:import ...) and (:refer-clojure ...), as the functions of the
  same names do. A docstring and attr-map are kept as the namespace's metadata."
  {:arglists '([name docstring? attr-map? references*])}
  [name & references]
  (let [doc (when (string? (first references)) (first references))
        references (if doc (next references) references)
        attrs (merge (when (map? (first references)) (first references)) (when doc {:doc doc}))
        refs (filter seq? references)
        process (fn [[kw & args]]
                  (case kw
                    :require `(require ~@(map (fn [a] `'~a) args))
                    :use `(require ~@(map (fn [a] (if (vector? a) `'~(conj a :refer :all) `'[~a :refer :all])) args))
                    :refer-clojure `(refer 'clojure.core ~@(map (fn [a] `'~a) args))
                    :import `(import ~@(map (fn [a] `'~a) args))
                    :gen-class nil
                    :load nil
                    (throw (illegal-argument (str "Unsupported ns clause: " kw)))))]
    `(do (in-ns '~name)
         ~@(when-not (some (fn [r] (= :refer-clojure (first r))) refs) [`(refer 'clojure.core)])
         ~@(when attrs [`(reset-meta! (the-ns '~name) '~attrs)])
         ~@(map process refs)
         nil)))

(defmacro doseq
  "Runs body for each combination of the bindings (with :let, :when and :while), for effect; nil.
  Each generated loop's body answers whether that loop goes on: a failing :while stops the loop of
  the binding before it."
  [seq-exprs & body]
  (let [step (fn step [exprs]
               (if (empty? exprs)
                 `(do ~@body true)
                 (let [[k v & more] exprs]
                   (cond
                     (= k :let) `(let ~v ~(step more))
                     (= k :when) `(if ~v ~(step more) true)
                     (= k :while) `(if ~v ~(step more) false)
                     :else (let [s (gensym "seq__")]
                             `(loop [~s (seq ~v)]
                                (if ~s
                                  (if (let [~k (first ~s)] ~(step more))
                                    (recur (next ~s))
                                    true)
                                  true)))))))]
    `(do ~(step (seq seq-exprs)) nil)))

(defmacro for
  "Lazily gives the value of body-expr for every combination of the bindings, as nested loops with the
  last binding innermost; after a binding, :let adds locals, :when filters and :while stops its loop."
  [seq-exprs body-expr]
  (let [groups (partition 2 seq-exprs)
        emit (fn emit [groups]
               (if (empty? groups)
                 `(list ~body-expr)
                 (let [[[bind expr] & more] groups
                       [mods rest-groups] (split-with (fn [[k]] (keyword? k)) more)
                       inner (reduce (fn [acc [k v]]
                                       (case k
                                         :let `(let ~v ~acc)
                                         :when `(if ~v ~acc ())
                                         :while `(if ~v ~acc ::stop)))
                                     (emit rest-groups)
                                     (reverse mods))]
                   `(for-step (fn [~bind] ~inner) ~expr))))]
    (emit groups)))

(defn- for-step [f coll]
  (lazy-seq
    (when-let [s (seq coll)]
      (let [r (f (first s))]
        (if (= r ::stop)
          nil
          (concat r (for-step f (rest s))))))))

(defmacro vswap!
  "Stores (f old args...) in the volatile vol and gives it; not atomic, so for one thread at a time."
  [vol f & args] `(vreset! ~vol (~f (deref ~vol) ~@args)))



(defn with-redefs-fn
  "Calls func after giving each var in binding-map (var to value) that value as its root, seen by every
  thread; the old roots come back when func returns or throws."
  [binding-map func]
  (let [root-bind (fn [m] (doseq [[v val] m] (alter-var-root v (constantly val))))
        old (zipmap (keys binding-map) (map (fn [v] (var-get v)) (keys binding-map)))]
    (root-bind binding-map)
    (try (func) (finally (root-bind old)))))

(defmacro with-redefs
  "Runs body with new root values for the vars named in bindings (symbol value pairs), seen by every
  thread, and puts the old ones back afterwards: a way for tests to stand in for functions."
  [bindings & body]
  `(with-redefs-fn ~(zipmap (map (fn [v] `(var ~v)) (take-nth 2 bindings)) (take-nth 2 (next bindings)))
     (fn [] ~@body)))

