;; clojure.core: futures, parallel helpers, locking and binding conveyance.
;; The primitives (future-call, promise, deliver, run-locked...) are Java builtins (ConcurrencyFns);
;; refs and transactions are RefFns' (dev.mino.runtime.stm), agents AgentFns' (dev.mino.runtime.agent).
(in-ns 'clojure.core)

(defmacro future
  "Runs body on another thread and returns a future; deref waits for the value and rethrows a failure
  wrapped in a java.util.concurrent.ExecutionException. The body sees the caller's dynamic bindings."
  [& body]
  `(future-call (fn [] ~@body)))

(defmacro locking
  "Runs body while holding the monitor of x; returns the value of body."
  [x & body]
  `(run-locked ~x (fn [] ~@body)))

(defmacro sync
  "Runs the exprs in a transaction (see dosync); flags-ignored-for-now is not evaluated."
  [flags-ignored-for-now & body]
  `(run-in-transaction (fn [] ~@body)))

(defmacro dosync
  "Runs the exprs in a transaction and gives the value of the last. Inside, refs read as of the transaction's
  start plus its own changes, and alter, commute, ref-set and ensure change or protect them; the changes
  appear to other threads all at once when it commits. On a conflict with another transaction the exprs run
  again, so they should have no side effects. A dosync inside another joins it."
  [& exprs]
  `(sync nil ~@exprs))

(defmacro io!
  "Runs body, unless a transaction is running: then throws an IllegalStateException, its message an initial
  string of body if there is one, else \"I/O in transaction\". Marks code that must not be retried."
  [& body]
  (let [message (if (string? (first body)) (first body) "I/O in transaction")
        body (if (string? (first body)) (next body) body)]
    `(do (check-no-transaction ~message) ~@body)))

(defn with-bindings*
  "Calls f with args while the var bindings of binding-map (var -> value) are in effect."
  [binding-map f & args]
  (push-thread-bindings binding-map)
  (try
    (apply f args)
    (finally
      (pop-thread-bindings))))

(defmacro with-bindings
  "Runs body while the var bindings of binding-map (var -> value) are in effect."
  [binding-map & body]
  `(with-bindings* ~binding-map (fn [] ~@body)))

(defn bound-fn*
  "A function calling f with the dynamic bindings in effect now, whichever thread later calls it."
  [f]
  (let [captured (get-thread-bindings)]
    (fn [& args]
      (apply with-bindings* captured f args))))

(defmacro bound-fn
  "Like fn, but the function runs with the dynamic bindings in effect where it was created."
  [& fntail]
  `(bound-fn* (fn ~@fntail)))

(defn- pmap-results
  "The values of the futures in tasks, in order, keeping the futures in ahead running (ahead is tasks
  shifted by the window), so that at most a window's worth run ahead of the consumer."
  [tasks ahead]
  (lazy-seq
    (when-let [ts (seq tasks)]
      (if-let [more (seq ahead)]
        (cons (deref (first ts)) (pmap-results (rest ts) (rest more)))
        (map deref ts)))))

(defn pmap
  "Like map, but calls f on other threads, running a bounded number of calls ahead of what is consumed.
  Pays off only when f is slow compared with the cost of a thread hand-off."
  ([f coll]
   (let [window (+ 2 (processor-count))
         tasks (map (fn [x] (future (f x))) coll)]
     (pmap-results tasks (drop window tasks))))
  ([f coll & colls]
   (let [rows (fn rows [cs]
                (lazy-seq
                  (let [ss (map seq cs)]
                    (when (every? some? ss)
                      (cons (map first ss) (rows (map rest ss)))))))]
     (pmap (fn [args] (apply f args)) (rows (cons coll colls))))))

(defn pcalls
  "Runs the no-argument fns on other threads at once and gives their results as a lazy seq, in order."
  [& fns]
  (pmap (fn [f] (f)) fns))

(defmacro pvalues
  "Evaluates the exprs on other threads at once and gives their values as a lazy seq, in order."
  [& exprs]
  `(pcalls ~@(map (fn [e] `(fn [] ~e)) exprs)))
