;; clojure.core: macros built on the sequence functions.
(in-ns 'clojure.core)

(defmacro -> [x & forms]
  (loop [x x, forms forms]
    (if forms
      (let [form (first forms)
            threaded (if (seq? form) (with-meta `(~(first form) ~x ~@(next form)) (meta form)) (list form x))]
        (recur threaded (next forms)))
      x)))

(defmacro ->> [x & forms]
  (loop [x x, forms forms]
    (if forms
      (let [form (first forms)
            threaded (if (seq? form) (with-meta `(~(first form) ~@(next form) ~x) (meta form)) (list form x))]
        (recur threaded (next forms)))
      x)))

(defmacro as-> [expr name & forms]
  `(let [~name ~expr ~@(interleave (repeat name) (butlast forms))]
     ~(if (empty? forms) name (last forms))))

(defmacro some-> [expr & forms]
  (let [g (gensym)
        steps (map (fn [step] `(if (nil? ~g) nil (-> ~g ~step))) forms)]
    `(let [~g ~expr ~@(interleave (repeat g) (butlast steps))]
       ~(if (empty? steps) g (last steps)))))

(defmacro some->> [expr & forms]
  (let [g (gensym)
        steps (map (fn [step] `(if (nil? ~g) nil (->> ~g ~step))) forms)]
    `(let [~g ~expr ~@(interleave (repeat g) (butlast steps))]
       ~(if (empty? steps) g (last steps)))))

(defmacro cond-> [expr & clauses]
  (let [g (gensym)
        steps (map (fn [[test step]] `(if ~test (-> ~g ~step) ~g)) (partition 2 clauses))]
    `(let [~g ~expr ~@(interleave (repeat g) (butlast steps))]
       ~(if (empty? steps) g (last steps)))))

(defmacro cond->> [expr & clauses]
  (let [g (gensym)
        steps (map (fn [[test step]] `(if ~test (->> ~g ~step) ~g)) (partition 2 clauses))]
    `(let [~g ~expr ~@(interleave (repeat g) (butlast steps))]
       ~(if (empty? steps) g (last steps)))))

(defmacro doto [x & forms]
  (let [gx (gensym)]
    `(let [~gx ~x]
       ~@(map (fn [f] (if (seq? f) `(~(first f) ~gx ~@(next f)) `(~f ~gx))) forms)
       ~gx)))

(defmacro binding [bindings & body]
  (let [pairs (partition 2 bindings)]
    `(do (push-thread-bindings (hash-map ~@(mapcat (fn [[s v]] [`(var ~s) v]) pairs)))
         (try ~@body (finally (pop-thread-bindings))))))

(defmacro with-out-str [& body] `(with-out-str* (fn [] ~@body)))


(defmacro while [test & body] `(loop [] (when ~test ~@body (recur))))

(defmacro dotimes [bindings & body]
  (let [i (bindings 0) n (bindings 1)]
    `(let [n# (long ~n)]
       (loop [~i 0] (when (< ~i n#) ~@body (recur (inc ~i)))))))

(defmacro assert
  ([x] `(when-not ~x (throw (new-assertion-error (str "Assert failed: " (pr-str '~x))))))
  ([x message] `(when-not ~x (throw (new-assertion-error (str "Assert failed: " ~message "\n" (pr-str '~x)))))))

(defmacro condp [pred expr & clauses]
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

(defmacro time [expr]
  `(let [start# (nano-time) ret# ~expr]
     (println (str "\"Elapsed time: " (/ (double (- (nano-time) start#)) 1000000.0) " msecs\""))
     ret#))

(defmacro delay [& body] `(make-delay (fn [] ~@body)))

(defmacro ns [name & references]
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

(defmacro for [seq-exprs body-expr]
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

(defmacro vswap! [vol f & args] `(vreset! ~vol (~f (deref ~vol) ~@args)))



(defn with-redefs-fn [binding-map func]
  (let [root-bind (fn [m] (doseq [[v val] m] (alter-var-root v (constantly val))))
        old (zipmap (keys binding-map) (map (fn [v] (var-get v)) (keys binding-map)))]
    (root-bind binding-map)
    (try (func) (finally (root-bind old)))))

(defmacro with-redefs [bindings & body]
  `(with-redefs-fn ~(zipmap (map (fn [v] `(var ~v)) (take-nth 2 bindings)) (take-nth 2 (next bindings)))
     (fn [] ~@body)))

