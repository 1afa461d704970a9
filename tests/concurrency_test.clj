(ns concurrency-test
  "Threads: promises, futures (values, failures, timeouts, cancellation, binding conveyance, printing),
  pmap/pcalls/pvalues, locking, bound-fn and with-bindings, and state shared by several futures.
  Every wait is on a promise or a future, bounded by a generous timeout: nothing depends on sleeping.
  One guarantee goes beyond Clojure: mino code notices future-cancel at loop back-edges and calls, so a
  future looping forever stops (JVM Clojure only stops code that checks for interruption)."
  (:require [clojure.test :refer :all]))

(def ^:dynamic *level* :root)

(def wait-ms
  "How long a test waits for something that should happen at once before declaring it missing."
  5000)

(defn class-name
  "The name of x's class, from (str (class x)) = \"class the.Name\"."
  [x]
  (subs (str (class x)) 6))

(defmacro caught
  "The Throwable that body throws, or nil."
  [& body]
  `(try ~@body nil (catch Throwable t# t#)))

(defn prints-as?
  "Whether x prints as #object[class-re 0xHASH detail], detail given as literal text."
  [class-re detail x]
  (boolean (re-matches (re-pattern (str "#object\\[" class-re " 0x\\p{XDigit}+ \\Q" detail "\\E\\]"))
                       (pr-str x))))

(def future-class "clojure\\.core\\$future_call\\$reify__\\d+")
(def promise-class "clojure\\.core\\$promise\\$reify__\\d+")

(deftest fns-run-on-threads
  ;; A fn is a Runnable, so a Thread can run it.
  (let [p (promise)]
    (.start (Thread. (fn [] (deliver p 1))))
    (is (= 1 (deref p 10000 :timeout)))))

(deftest promises
  (let [p (promise)]
    (is (false? (realized? p)))
    (is (= :timeout (deref p 0 :timeout)))
    (is (= :timeout (deref p 20 :timeout)))
    (is (identical? p (deliver p 1)) "the first delivery returns the promise")
    (is (true? (realized? p)))
    (is (= 1 @p))
    (is (= 1 (deref p)))
    (is (= 1 (deref p 0 :timeout)))
    (is (nil? (deliver p 2)) "later deliveries are no-ops returning nil")
    (is (= 1 @p))
    (is (nil? (p 3)))
    (is (= 1 @p)))
  (testing "a promise is a function of one argument that delivers"
    (let [p (promise)]
      (is (ifn? p))
      (is (identical? p (p :v)))
      (is (= :v @p))
      (is (nil? (deliver p :w)))
      (is (= :v @p))))
  (testing "nil is a value like any other"
    (let [p (promise)]
      (deliver p nil)
      (is (true? (realized? p)))
      (is (nil? @p))
      (is (nil? (deref p 0 :timeout)))
      (is (nil? (deliver p 1)))))
  (testing "delivered from another thread"
    (let [p (promise)]
      (future (deliver p 42))
      (is (= 42 (deref p wait-ms :timeout)))))
  (testing "every waiter sees the delivery"
    (let [p (promise)
          waiters (doall (for [i (range 3)] (future [i (deref p wait-ms :timeout)])))]
      (deliver p :go)
      (is (= [[0 :go] [1 :go] [2 :go]] (map deref waiters)))))
  (testing "of racing deliveries exactly one wins"
    (let [p (promise)
          start (promise)
          racers (doall (for [i (range 4)] (future (deref start wait-ms nil) [i (deliver p i)])))
          results (do (deliver start true) (mapv deref racers))
          winners (filter second results)]
      (is (= 1 (count winners)))
      (is (= (ffirst winners) @p))
      (is (identical? p (second (first winners))))))
  (testing "printing"
    (let [p (promise)]
      (is (prints-as? promise-class "{:status :pending, :val nil}" p))
      (deliver p "x")
      (is (prints-as? promise-class "{:status :ready, :val \"x\"}" p))
      (is (prints-as? promise-class "{:status :ready, :val [1 {:a 2}]}" (doto (promise) (deliver [1 {:a 2}]))))))
  (is (re-matches (re-pattern (str promise-class "@\\p{XDigit}+")) (str (promise))) "str is Object.toString")
  (is (false? (future? (promise))))
  (is (thrown? ClassCastException (future-done? (promise)))))

(deftest futures-compute-values
  (let [f (future (+ 1 2))]
    (is (= 3 @f))
    (is (= 3 (deref f)))
    (is (= 3 (deref f wait-ms :timeout)))
    (is (future? f))
    (is (future-done? f))
    (is (realized? f))
    (is (false? (future-cancelled? f)))
    (is (false? (future-cancel f)) "a finished future cannot be cancelled")
    (is (false? (future-cancelled? f)))
    (is (= 3 @f)))
  (is (re-matches (re-pattern (str future-class "@\\p{XDigit}+")) (str (future 1))) "str is Object.toString")
  (is (nil? @(future)))
  (is (nil? @(future nil)))
  (is (= 5 @(future @(future 5))) "futures nest")
  (is (= 42 @(future-call (fn [] 42))))
  (is (= :c @(future-call (constantly :c))))
  (let [n (atom 0)]
    (is (= 2 @(future (swap! n inc) (swap! n inc) @n)) "the value of the last body form"))
  (let [x 10]
    (is (= 11 @(future (inc x))) "a future closes over locals"))
  (is (= (range 100) (map deref (doall (map (fn [i] (future i)) (range 100))))))
  (is (false? (future? 1)))
  (is (false? (future? nil)))
  (is (false? (future? (delay 1))))
  (is (false? (future? (atom 1)))))

(deftest futures-run-on-another-thread
  (testing "a future waits for something only the caller does after starting it"
    (let [go (promise)
          f (future (deref go wait-ms :never-delivered))]
      (deliver go :delivered)
      (is (= :delivered (deref f wait-ms :timeout)))))
  (testing "pending, then done"
    (let [go (promise)
          f (future (deref go wait-ms :never-delivered) :finished)]
      (is (false? (future-done? f)))
      (is (false? (realized? f)))
      (is (= :timeout (deref f 0 :timeout)))
      (is (= :timeout (deref f 20 :timeout)))
      (is (prints-as? future-class "{:status :pending, :val nil}" f))
      (deliver go true)
      (is (= :finished (deref f wait-ms :timeout)))
      (is (future-done? f))
      (is (realized? f))
      (is (prints-as? future-class "{:status :ready, :val :finished}" f)))))

(deftest futures-convey-bindings
  (is (= :root @(future *level*)))
  (is (= :outer (binding [*level* :outer] @(future *level*))))
  (is (= [:outer :inner :outer]
         (binding [*level* :outer]
           @(future [*level* (binding [*level* :inner] *level*) *level*]))))
  (is (= :outer (binding [*level* :outer] @(future @(future *level*)))) "through nested futures")
  (let [f (binding [*level* :captured] (future *level*))]
    (is (= :captured @f) "the bindings in effect when the future was created"))
  (is (= :root *level*))
  (testing "*out* is conveyed like any dynamic var"
    (is (= "from a future\n" (with-out-str @(future (println "from a future")))))
    (is (= "ab" (with-out-str (run! deref (doall [(future (print "a"))]))
                              @(future (print "b"))))))
  (testing "a binding made inside a future stays there"
    @(future (binding [*level* :in-future] *level*))
    (is (= :root *level*))
    (is (= :root @(future *level*)))))

(deftest future-failures
  (let [boom (ex-info "boom" {:a 1})
        f (future (throw boom))
        e (caught @f)]
    (is (= "java.util.concurrent.ExecutionException" (class-name e)))
    (is (instance? Exception e))
    (is (identical? boom (ex-cause e)) "the original is the cause")
    (is (= "clojure.lang.ExceptionInfo: boom {:a 1}" (ex-message e)))
    (is (= {:a 1} (ex-data (ex-cause e))))
    (is (nil? (ex-data e)))
    (is (future-done? f))
    (is (realized? f))
    (is (false? (future-cancelled? f)))
    (let [again (caught @f)]
      (is (= "java.util.concurrent.ExecutionException" (class-name again)) "every deref rethrows")
      (is (identical? boom (ex-cause again))))
    (is (identical? boom (ex-cause (caught (deref f wait-ms :timeout)))) "the timeout arity too")
    (is (re-find (re-pattern (str "^#object\\[" future-class " 0x\\p{XDigit}+ \\{:status :failed, :val "))
                 (pr-str f))))
  (let [e (caught @(future (/ 1 0)))]
    (is (= "java.util.concurrent.ExecutionException" (class-name e)))
    (is (instance? ArithmeticException (ex-cause e)))
    (is (= "Divide by zero" (ex-message (ex-cause e))))
    (is (= "java.lang.ArithmeticException: Divide by zero" (ex-message e))))
  (let [e (caught @(future (reset! (atom 1 :validator pos?) 0)))]
    (is (instance? IllegalStateException (ex-cause e)))
    (is (= "Invalid reference state" (ex-message (ex-cause e)))))
  (is (= :recovered @(future (try (throw (ex-info "inner" {})) (catch Exception _ :recovered))))))

(deftest cancelling-a-future
  (testing "a future blocked waiting is interrupted"
    (let [started (promise)
          stopped (promise)
          f (future (deliver started true)
                    (try @(promise) (finally (deliver stopped true))))]
      (is (true? (deref started wait-ms false)))
      (is (false? (future-done? f)))
      (is (true? (future-cancel f)))
      (is (true? (future-cancelled? f)))
      (is (true? (future-done? f)))
      (is (true? (realized? f)))
      (is (false? (future-cancel f)) "only once")
      (is (true? (deref stopped wait-ms :still-waiting)) "its thread left the wait")
      (let [e (caught @f)]
        (is (= "java.util.concurrent.CancellationException" (class-name e)))
        (is (instance? IllegalStateException e)))
      (is (= "java.util.concurrent.CancellationException" (class-name (caught (deref f 10 :timeout)))))
      (is (re-find (re-pattern (str "^#object\\[" future-class " 0x\\p{XDigit}+ \\{:status :failed, :val "))
                   (pr-str f)))))
  (testing "the pool keeps working after a cancellation"
    (is (= :ok (deref (future :ok) wait-ms :timeout)))))

#?(:mino ;; mino only, a guarantee beyond Clojure's: the loop notices the interruption at its
         ;; back-edge or at a call. JVM Clojure's future-cancel only interrupts the thread, so these
         ;; loops would go on forever there.
(deftest cancelling-an-endless-loop
  (let [started (promise)
        stopped (promise)
        f (future (deliver started true)
                  (try (loop [] (recur))
                       (finally (deliver stopped :stopped))))]
    (is (true? (deref started wait-ms false)))
    (is (false? (future-done? f)) "still looping")
    (future-cancel f)
    (is (= :stopped (deref stopped wait-ms :still-running)) "the looping thread stopped")
    (is (future-cancelled? f))
    (is (= "java.util.concurrent.CancellationException" (class-name (caught @f)))))
  (testing "deref of the cancelled future throws at once"
    (let [started (promise)
          f (future (deliver started true) (loop [i 0] (recur (inc i))))]
      (deref started wait-ms false)
      (future-cancel f)
      (is (= "java.util.concurrent.CancellationException" (class-name (caught @f))))))
  (testing "code that only calls functions is stopped at a call"
    (let [started (promise)
          stopped (promise)
          spin (fn spin [] (fn [] (spin)))
          f (future (deliver started true)
                    (try (trampoline spin) (finally (deliver stopped :stopped))))]
      (deref started wait-ms false)
      (future-cancel f)
      (is (= :stopped (deref stopped wait-ms :still-running)))))
  (testing "a while loop in a future is stopped too"
    (let [started (promise)
          stopped (promise)
          n (atom 0)
          f (future (deliver started true)
                    (try (while true (swap! n inc)) (finally (deliver stopped :stopped))))]
      (deref started wait-ms false)
      (future-cancel f)
      (is (= :stopped (deref stopped wait-ms :still-running)))))
  (testing "a lazy pipeline of builtins alone is stopped too (filter skipping chunk after chunk)"
    (let [started (promise)
          stopped (promise)
          f (future (deliver started true)
                    (try (count (filter neg? (map inc (range 1000000000000))))
                         (finally (deliver stopped :stopped))))]
      (deref started wait-ms false)
      (future-cancel f)
      (is (= :stopped (deref stopped wait-ms :still-running)))))))

(deftest state-shared-by-futures
  (testing "swap! from 4 futures, 1000 increments each"
    (let [a (atom 0)
          workers (doall (for [_ (range 4)] (future (dotimes [_ 1000] (swap! a inc)))))]
      (run! deref workers)
      (is (= 4000 @a))))
  (testing "swap-vals! hands every old value out exactly once"
    (let [a (atom 0)
          workers (doall (for [_ (range 4)]
                           (future (loop [i 0 olds []]
                                     (if (= i 500)
                                       olds
                                       (recur (inc i) (conj olds (first (swap-vals! a inc)))))))))
          olds (vec (mapcat deref workers))]
      (is (= 2000 @a))
      (is (= 2000 (count olds)))
      (is (= (set (range 2000)) (set olds)))))
  (testing "compare-and-set! retry loops"
    (let [a (atom 0)
          add! (fn [] (loop [] (let [v @a] (when-not (compare-and-set! a v (inc v)) (recur)))))
          workers (doall (for [_ (range 4)] (future (dotimes [_ 500] (add!)))))]
      (run! deref workers)
      (is (= 2000 @a))))
  (testing "a watch sees every change made by every future"
    (let [a (atom 0)
          notified (atom 0)]
      (add-watch a :count (fn [_ _ old new] (when (= new (inc old)) (swap! notified inc))))
      (run! deref (doall (for [_ (range 4)] (future (dotimes [_ 250] (swap! a inc))))))
      (is (= 1000 @a))
      (is (= 1000 @notified))))
  (testing "a validator holds under contention"
    (let [a (atom 0 :validator #(<= % 100))
          tries (fn [] (count (filter true? (repeatedly 100 #(try (swap! a inc) true
                                                                   (catch IllegalStateException _ false))))))
          counts (map deref (doall (for [_ (range 4)] (future (tries)))))]
      (is (= 100 (reduce + counts)))
      (is (= 100 @a))))
  (testing "a delay forced from several futures runs once"
    (let [runs (atom 0)
          d (delay (swap! runs inc) :forced)
          go (promise)
          workers (doall (for [_ (range 4)] (future (deref go wait-ms nil) @d)))]
      (deliver go true)
      (is (= [:forced :forced :forced :forced] (mapv deref workers)))
      (is (= 1 @runs)))))

(deftest locking-serializes
  (is (= :x (locking (atom 0) :x)))
  (is (= 3 (locking :lock 1 2 3)) "the value of the last body form")
  (is (nil? (locking :lock)))
  (let [lock (atom nil)]
    (is (= :inner (locking lock (locking lock :inner))) "monitors are reentrant"))
  (let [y 5]
    (is (= 6 (locking :lock (inc y)))))
  (is (thrown? NullPointerException (locking nil 1)))
  (is (= "thrown inside" (ex-message (caught (locking :lock (throw (ex-info "thrown inside" {})))))))
  (is (= :free (locking :lock :free)) "the monitor was released by the throw")
  (testing "a read-modify-write made atomic by locking"
    (let [lock (promise)
          counter (volatile! 0)
          workers (doall (for [_ (range 4)]
                           (future (dotimes [_ 500] (locking lock (vreset! counter (inc @counter)))))))]
      (run! deref workers)
      (is (= 2000 @counter)))))

(deftest pmap-and-friends
  (is (= [2 3 4] (pmap inc [1 2 3])))
  (is (seq? (pmap inc [1 2 3])))
  (is (= () (pmap inc [])))
  (is (nil? (seq (pmap inc nil))))
  (is (= (map #(* % %) (range 50)) (pmap #(* % %) (range 50))) "in order")
  (is (= [11 22 33] (pmap + [1 2 3] [10 20 30 40])) "stops at the shortest collection")
  (is (= [111 222] (pmap + [1 2] [10 20] [100 200 300])))
  (is (= [1 2 3] (take 3 (pmap inc (range)))) "semi-lazy: works on an infinite seq")
  (is (= [:x] (pmap (constantly :x) [nil])))
  (testing "the calls run in parallel"
    (let [arrived (atom 0)
          both (promise)
          meet (fn [_]
                 (when (= 2 (swap! arrived inc)) (deliver both :met))
                 (deref both wait-ms :alone))]
      (is (= [:met :met] (pmap meet [1 2])))))
  (testing "a failure surfaces on deref, wrapped like a future's"
    (let [e (caught (doall (pmap (fn [x] (/ 10 x)) [1 2 0 5])))]
      (is (= "java.util.concurrent.ExecutionException" (class-name e)))
      (is (= "Divide by zero" (ex-message (ex-cause e))))))
  (testing "pmap conveys bindings"
    (is (= [:b :b] (binding [*level* :b] (doall (pmap (fn [_] *level*) [1 2]))))))
  (testing "pcalls"
    (is (= [2 9] (pcalls #(+ 1 1) #(* 3 3))))
    (is (= () (pcalls)))
    (is (seq? (pcalls (constantly 1)))))
  (testing "pvalues"
    (is (= [3 "ab" nil] (pvalues (+ 1 2) (str "a" "b") nil)))
    (is (= () (pvalues)))
    (let [n 4]
      (is (= [5 3] (pvalues (inc n) (dec n)))))))

(deftest binding-conveyance-helpers
  (is (= {} (select-keys (get-thread-bindings) [#'*level*])) "not bound here")
  (binding [*level* :bound]
    (is (= :bound (get (get-thread-bindings) #'*level*))))
  (testing "with-bindings and with-bindings*"
    (is (= :wb (with-bindings {#'*level* :wb} *level*)))
    (is (= :root *level*))
    (is (= [:wb* 1 2] (with-bindings* {#'*level* :wb*} (fn [a b] [*level* a b]) 1 2)))
    (is (= :x (with-bindings* {#'*level* :x} (fn [] *level*))))
    (is (= :root *level*))
    (is (= :restored (try (with-bindings {#'*level* :during} (throw (ex-info "x" {})))
                          (catch Exception _ (when (= :root *level*) :restored))))))
  (testing "bound-fn* and bound-fn carry the bindings of their creation"
    (let [f (binding [*level* :made] (bound-fn* (fn [] *level*)))]
      (is (= :made (f)))
      (is (= :made (binding [*level* :called] (f))))
      (is (= :root *level*)))
    (let [g (binding [*level* 10] (bound-fn [a b] (+ *level* a b)))]
      (is (= 13 (g 1 2)))
      (is (= 13 (apply g [1 2]))))
    (let [h (binding [*level* :h] (bound-fn ([] *level*) ([x] [x *level*])))]
      (is (= :h (h)))
      (is (= [1 :h] (h 1)))))
  (testing "a bound fn run by a future created outside the binding"
    (let [bound (binding [*level* :captured] (bound-fn [] *level*))
          plain (binding [*level* :captured] (fn [] *level*))]
      (is (= :captured @(future (bound))))
      (is (= :root @(future (plain))))))
  (testing "io! just runs its body outside a transaction"
    (is (= 2 (io! 1 2)))
    (is (= 3 (io! "no I/O in transactions" 3)))
    (is (nil? (io!)))))
