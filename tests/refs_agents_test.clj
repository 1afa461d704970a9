(ns refs-agents-test
  "Refs and the STM (dosync, alter, commute, ensure, ref-set, io!, validators, watches, history), agents
  (send, send-off, send-via, await, held sends, error modes, restart) and seque. The concurrent tests
  check invariants (money is neither made nor lost, a consistent snapshot, no write skew), never timings;
  every wait is on a promise, a future or await-for with a generous timeout."
  (:require [clojure.test :refer :all]))

(def wait-ms
  "How long a test waits for something that should happen at once before declaring it missing."
  10000)

(defn prints-as?
  "Whether x prints as #object[class-name 0xHASH detail], detail given as literal text."
  [class-name detail x]
  (boolean (re-matches (re-pattern (str "#object\\[\\Q" class-name "\\E 0x\\p{XDigit}+ \\Q" detail "\\E\\]"))
                       (pr-str x))))

(defn failed?
  "Waits until agent a has failed (its failing action may still be running); false if that never happens."
  [a]
  (loop [i 0]
    (cond (agent-error a) true
          (> i wait-ms) false
          :else (do (Thread/sleep 1) (recur (inc i))))))

(defmacro caught
  "[class-name message] of what body throws, or nil."
  [& body]
  `(try ~@body nil (catch Throwable t# [(.getName (class t#)) (ex-message t#)])))

;; ---------------------------------------------------------------- refs

(deftest refs-read-and-change-in-transactions
  (let [r (ref 1)]
    (is (= 1 @r))
    (is (= 1 (deref r)))
    (is (= 2 (dosync (alter r inc))))
    (is (= 2 @r))
    (is (= 12 (dosync (alter r + 4 6))))
    (is (= :x (dosync (ref-set r :x))))
    (is (= :x @r))
    (is (= [:x :y :y] (dosync [@r (ref-set r :y) @r])) "a transaction sees its own changes")
    (is (nil? (dosync)))
    (is (= 3 (sync nil 1 2 3)) "sync ignores its flags and runs its body")
    (is (= :y (dosync (ensure r))))))

(deftest ref-operations-need-a-transaction
  (let [r (ref 0)]
    (doseq [[what f] [[:alter #(alter r inc)] [:ref-set #(ref-set r 1)]
                      [:commute #(commute r inc)] [:ensure #(ensure r)]]]
      (is (= ["java.lang.IllegalStateException" "No transaction running"] (caught (f))) (name what)))
    (is (= 0 @r))))

(deftest transaction-failures-abort-and-propagate
  (let [a (ref 1) b (ref 2)]
    (is (= {:k 1} (try (dosync (alter a inc) (alter b inc) (throw (ex-info "stop" {:k 1})))
                       (catch clojure.lang.ExceptionInfo e (ex-data e)))))
    (is (= [1 2] [@a @b]) "nothing of an aborted transaction is committed")
    (is (= ["java.lang.ArithmeticException" "Divide by zero"] (caught (dosync (alter a / 0)))))
    (is (= 1 @a))))

(deftest nested-transactions-join-the-outer-one
  (let [a (ref 0) b (ref 0) seen (atom nil)]
    (dosync
      (alter a inc)
      (dosync (alter b inc) (reset! seen [@a @b]))
      (is (= [1 1] [@a @b])))
    (is (= [1 1] @seen))
    (is (= [1 1] [@a @b]))
    (try (dosync (alter a inc) (dosync (alter b inc)) (throw (ex-info "outer fails" {})))
         (catch clojure.lang.ExceptionInfo _))
    (is (= [1 1] [@a @b]) "the inner changes go with the outer transaction")))

(deftest io-in-transactions
  (is (= 3 (io! (+ 1 2))) "outside a transaction io! runs its body")
  (is (= 3 (io! "message" (+ 1 2))))
  (is (= ["java.lang.IllegalStateException" "I/O in transaction"] (caught (dosync (io! (+ 1 2))))))
  (is (= ["java.lang.IllegalStateException" "no files here"] (caught (dosync (io! "no files here" 1)))))
  (let [r (ref 0)]
    (caught (dosync (alter r inc) (io! :never)))
    (is (= 0 @r))))

(deftest commute-and-alter-together
  (let [r (ref 10)]
    (is (= [11 13] (dosync [(commute r inc) (commute r + 2)])) "commute gives the in-transaction value")
    (is (= 13 @r))
    (is (= ["java.lang.IllegalStateException" "Can't set after commute"] (caught (dosync (commute r inc) (alter r inc)))))
    (is (= ["java.lang.IllegalStateException" "Can't set after commute"] (caught (dosync (commute r inc) (ref-set r 0)))))
    (is (= 13 @r))
    (is (= 24 (dosync (alter r inc) (commute r + 10))) "commute after alter is allowed")
    (is (= 24 @r))))

(deftest ref-options-validators-and-metadata
  (let [r (ref 2 :validator even? :meta {:a 1})]
    (is (= {:a 1} (meta r)))
    (is (= even? (get-validator r)))
    (is (= ["java.lang.IllegalStateException" "Invalid reference state"] (caught (dosync (ref-set r 3)))))
    (is (= 2 @r) "a rejected value is not committed")
    (let [other (ref 0)]
      (caught (dosync (alter other inc) (ref-set r 5)))
      (is (= 0 @other) "nor is anything else of that transaction"))
    (is (= 4 (dosync (alter r + 2))))
    (set-validator! r nil)
    (is (= 5 (dosync (ref-set r 5))))
    (is (= ["java.lang.IllegalStateException" "Invalid reference state"] (caught (set-validator! r even?)))
        "a new validator must accept the current value")
    (is (nil? (get-validator r)))
    (is (= {:a 1 :b 2} (alter-meta! r assoc :b 2)))
    (is (= {:c 3} (reset-meta! r {:c 3})))
    (is (= {:c 3} (meta r))))
  (is (= ["java.lang.IllegalStateException" "Invalid reference state"] (caught (ref 1 :validator even?))))
  (is (= ["java.lang.IllegalArgumentException" "No value supplied for key: :meta"] (caught (ref 1 :meta))))
  (is (= ["java.lang.ClassCastException" nil] (update (caught (alter 5 inc)) 1 (constantly nil)))))

(deftest ref-watches-see-committed-changes
  (let [r (ref 0) calls (atom [])]
    (is (identical? r (add-watch r :w (fn [k ref old new] (swap! calls conj [k (identical? ref r) old new])))))
    (dosync (alter r inc) (alter r inc))
    (is (= [[:w true 0 2]] @calls) "once per commit, with the value before and after it")
    (caught (dosync (alter r inc) (throw (ex-info "no" {}))))
    (is (= 1 (count @calls)) "an aborted transaction notifies nobody")
    (dosync @r)
    (is (= 1 (count @calls)) "nor does one that only read")
    (remove-watch r :w)
    (dosync (alter r inc))
    (is (= 1 (count @calls)))))

(deftest ref-history
  (let [r (ref 0)]
    (is (= [0 0 10] [(ref-history-count r) (ref-min-history r) (ref-max-history r)]))
    (dotimes [_ 5] (dosync (alter r inc)))
    (is (= 0 (ref-history-count r)) "history grows only when a reader needed it")
    (is (identical? r (ref-min-history r 3)))
    (is (identical? r (ref-max-history r 4)))
    (is (= [3 4] [(ref-min-history r) (ref-max-history r)])))
  (let [r (ref 0 :min-history 2 :max-history 5)]
    (is (= [2 5] [(ref-min-history r) (ref-max-history r)]))
    (dosync (alter r inc))
    (is (= 1 (ref-history-count r)))
    (dotimes [_ 5] (dosync (alter r inc)))
    (is (= 2 (ref-history-count r)) "min-history values are kept")
    (is (= 6 @r))))

(deftest printing-refs
  (is (prints-as? "clojure.lang.Ref" "{:status :ready, :val 1}" (ref 1)))
  (is (prints-as? "clojure.lang.Ref" "{:status :ready, :val [:a {:b 2}]}" (ref [:a {:b 2}])))
  (is (re-matches #"clojure\.lang\.Ref@\p{XDigit}+" (str (ref 1))) "str is Object.toString")
  (is (instance? clojure.lang.Ref (ref 1)))
  (is (instance? clojure.lang.IDeref (ref 1))))

(deftest a-conflicting-transaction-runs-again
  (let [r (ref 0)
        attempts (atom 0)
        reading (promise)
        go-on (promise)
        slow (future
               (dosync
                 (swap! attempts inc)
                 (let [seen @r]
                   (when (= 1 @attempts)
                     (deliver reading true)
                     (deref go-on wait-ms nil))
                   (alter r + 10)
                   seen)))]
    (is (true? (deref reading wait-ms :timeout)))
    (dosync (alter r inc))
    (deliver go-on true)
    (is (= 1 (deref slow wait-ms :timeout)) "the second attempt read the other transaction's value")
    (is (= 2 @attempts))
    (is (= 11 @r))))

(deftest a-transaction-gives-up-after-the-retry-limit
  ;; Each attempt waits for another transaction to commit r before altering it, so every attempt conflicts.
  (let [r (ref 0)]
    (is (= ["java.lang.RuntimeException" "Transaction failed after reaching retry limit"]
           (caught (dosync @(future (dosync (alter r inc))) (alter r inc)))))
    (is (= 10000 @r) "10,000 attempts, each after one commit of the other transaction")))

(deftest a-transaction-reads-a-consistent-snapshot
  (let [a (ref 0) b (ref 0)
        pairs (atom [])
        reading (promise)
        go-on (promise)
        reader (future
                 (dosync
                   (let [x @a]
                     (when (empty? @pairs)
                       (deliver reading true)
                       (deref go-on wait-ms nil))
                     (swap! pairs conj [x @b]))))]
    (is (true? (deref reading wait-ms :timeout)))
    (dosync (alter a inc) (alter b inc))
    (deliver go-on true)
    (deref reader wait-ms :timeout)
    (is (seq @pairs))
    (is (every? (fn [[x y]] (= x y)) @pairs) "never one ref before a commit and the other after it")))

(deftest concurrent-transfers-keep-the-total
  (let [n-accounts 10
        accounts (vec (for [_ (range n-accounts)] (ref 1000)))
        total (* 1000 n-accounts)
        total-now #(dosync (reduce + (map deref accounts)))
        snapshots (atom [])
        transfer (fn [from to amount]
                   (dosync
                     (when (>= @(accounts from) amount)
                       (alter (accounts from) - amount)
                       (alter (accounts to) + amount))))
        workers (doall (for [seed (range 8)]
                         (future
                           (let [rnd (java.util.Random. seed)]
                             (dotimes [i 500]
                               (transfer (.nextInt rnd n-accounts) (.nextInt rnd n-accounts) (.nextInt rnd 100))
                               (when (zero? (mod i 100)) (swap! snapshots conj (total-now))))
                             :done))))]
    (is (= (repeat 8 :done) (map #(deref % 60000 :timeout) workers)))
    (is (= total (total-now)))
    (is (= n-accounts (count (filter #(number? @%) accounts))) "no account lost")
    (is (every? #(>= @% 0) accounts) "no account overdrawn")
    (is (= 40 (count @snapshots)))
    (is (every? #(= total %) @snapshots) "every transaction saw the same total")))

(deftest concurrent-commutes-all-count
  (let [counter (ref 0)
        log (ref [])
        workers (doall (for [_ (range 8)]
                         (future (dotimes [_ 250] (dosync (commute counter inc) (commute log conj 1))) :done)))]
    (is (= (repeat 8 :done) (map #(deref % 60000 :timeout) workers)))
    (is (= 2000 @counter))
    (is (= 2000 (count @log)))))

(deftest ensure-prevents-write-skew
  ;; Two doctors on call; each may go off call only while the other stays on. Each transaction reads the
  ;; other's ref and writes its own: without ensure both could commit, leaving nobody on call.
  (dotimes [_ 100]
    (let [on-call [(ref true) (ref true)]
          start (promise)
          go-off (fn [me other]
                   (future
                     (deref start wait-ms nil)
                     (dosync
                       (when (ensure (on-call other))
                         (ref-set (on-call me) false)))))
          a (go-off 0 1)
          b (go-off 1 0)]
      (deliver start true)
      (deref a wait-ms :timeout)
      (deref b wait-ms :timeout)
      (is (some deref on-call) "somebody stays on call"))))

;; ---------------------------------------------------------------- agents

(deftest agents-run-actions-in-send-order
  (let [a (agent [])]
    (dotimes [i 500] (send a conj i))
    (is (true? (await-for wait-ms a)))
    (is (= (range 500) @a)))
  (let [a (agent [])]
    (dotimes [i 100] (if (even? i) (send a conj i) (send-off a conj i)))
    (await a)
    (is (= (range 100) @a) "send and send-off share one queue"))
  (let [a (agent 0)]
    (is (identical? a (send a + 1 2 3)))
    (is (identical? a (send-off a * 10)))
    (await a)
    (is (= 60 @a))
    (is (= 60 (deref a)))))

(deftest send-via-runs-on-the-given-executor
  (let [pool (java.util.concurrent.Executors/newSingleThreadExecutor)
        a (agent nil)]
    (try
      (send-via pool a (fn [_] (.getName (Thread/currentThread))))
      (await a)
      (let [first-thread @a]
        (send-via pool a (fn [_] (.getName (Thread/currentThread))))
        (await a)
        (is (string? @a))
        (is (= first-thread @a) "both actions ran on the executor's one thread"))
      (finally (.shutdown pool)))))

(deftest the-agent-var-names-the-running-agent
  (is (nil? *agent*))
  (let [a (agent nil)]
    (send a (fn [_] *agent*))
    (await a)
    (is (identical? a @a))))

(deftest sends-in-an-action-wait-for-its-end
  (let [a (agent :old) b (agent nil)]
    (send a (fn [_] (send b (fn [_] @a)) :new))
    (await a)
    (await b)
    (is (= :new @b) "b's action ran after a's new state was set"))
  (let [a (agent nil) b (agent nil) released (promise)]
    (send a (fn [_]
              (send b (constantly :sent))
              (deliver released (release-pending-sends))
              :done))
    (is (= 1 (deref released wait-ms :timeout)))
    (await a)
    (await b)
    (is (= :sent @b)))
  (is (= 0 (release-pending-sends)) "outside an action nothing is held")
  (let [a (agent nil) b (agent 0)]
    (send a (fn [_] (send b inc) (throw (ex-info "fails" {}))))
    (is (failed? a))
    (send-off b inc)
    (await b)
    (is (= 1 @b) "the sends of a failed action are dropped")))

(deftest sends-in-a-transaction-wait-for-the-commit
  (let [r (ref 0) log (agent [])]
    (dosync (alter r inc) (send log conj @r))
    (await log)
    (is (= [1] @log))
    (caught (dosync (send log conj :aborted) (throw (ex-info "no" {}))))
    (await log)
    (is (= [1] @log) "an aborted transaction sends nothing"))
  (let [r (ref 0)
        counter (agent 0)
        attempts (atom 0)
        reading (promise)
        go-on (promise)
        slow (future
               (dosync
                 (swap! attempts inc)
                 (send counter inc)
                 @r
                 (when (= 1 @attempts)
                   (deliver reading true)
                   (deref go-on wait-ms nil))
                 (alter r inc)))]
    (is (true? (deref reading wait-ms :timeout)))
    (dosync (alter r inc))
    (deliver go-on true)
    (deref slow wait-ms :timeout)
    (await counter)
    (is (= 2 @attempts))
    (is (= 1 @counter) "the retried attempt's send was forgotten")))

(deftest agents-fail-and-restart
  (let [a (agent 1) gate (promise)]
    (is (= :fail (error-mode a)))
    (is (nil? (error-handler a)))
    (send a (fn [_] (deref gate wait-ms nil) (throw (ex-info "boom" {:n 1}))))
    (send a inc)
    (deliver gate true)
    (is (failed? a))
    (is (= ["java.lang.RuntimeException" "Agent is failed, needs restart"] (caught (await-for 100 a))))
    (is (= {:n 1} (ex-data (agent-error a))))
    (is (= ["boom"] (map ex-message (agent-errors a))))
    (is (= 1 @a) "a failed action leaves the state")
    (is (prints-as? "clojure.lang.Agent" "{:status :failed, :val 1}" a))
    (is (= ["java.lang.RuntimeException" "Agent is failed, needs restart"] (caught (send a inc))))
    (is (= "boom" (ex-message (.getCause (try (send a inc) (catch RuntimeException e e))))))
    (is (= 10 (restart-agent a 10)))
    (is (nil? (agent-error a)))
    (is (nil? (agent-errors a)))
    (await a)
    (is (= 11 @a) "the queued action ran after the restart")
    (is (= ["java.lang.RuntimeException" "Agent does not need a restart"] (caught (restart-agent a 0)))))
  (let [a (agent 1) gate (promise)]
    (send a (fn [_] (deref gate wait-ms nil) (throw (ex-info "boom" {}))))
    (send a inc)
    (deliver gate true)
    (is (failed? a))
    (restart-agent a 5 :clear-actions true)
    (send a * 2)
    (await a)
    (is (= 10 @a) ":clear-actions drops the queued actions"))
  (let [a (agent 1)]
    (send a (fn [_] (throw (ex-info "boom" {}))))
    (is (failed? a))
    (is (= 1 (clear-agent-errors a)))
    (is (nil? (agent-error a))))
  (let [a (agent 1 :validator pos?)]
    (send a -)
    (is (failed? a))
    (is (= ["java.lang.IllegalStateException" "Invalid reference state"]
           ((juxt #(.getName (class %)) ex-message) (agent-error a))))
    (is (= 1 @a))))

(deftest agents-with-an-error-handler-continue
  (let [errors (atom [])
        a (agent 0 :error-handler (fn [ag e] (swap! errors conj [ag (ex-message e)])))]
    (is (= :continue (error-mode a)))
    (send a (fn [_] (throw (ex-info "first" {}))))
    (send a inc)
    (send a (fn [_] (throw (ex-info "second" {}))))
    (send a inc)
    (await a)
    (is (= 2 @a))
    (is (nil? (agent-error a)))
    (is (= [[a "first"] [a "second"]] @errors)))
  (let [seen (promise)
        a (agent 0 :error-mode :fail :error-handler (fn [_ e] (deliver seen (ex-message e))))]
    (is (= :fail (error-mode a)))
    (send a (fn [_] (throw (ex-info "stops" {}))))
    (is (= "stops" (deref seen wait-ms :timeout)) "the handler runs in :fail mode too")
    (is (failed? a))
    (is (= "stops" (ex-message (agent-error a)))))
  (let [a (agent 0 :error-mode :continue)]
    (is (nil? (error-handler a)))
    (send a (fn [_] (throw (ex-info "ignored" {}))))
    (send a inc)
    (await a)
    (is (= 1 @a))
    (let [f (fn [_ _])]
      (set-error-handler! a f)
      (is (= f (error-handler a))))
    (set-error-mode! a :fail)
    (is (= :fail (error-mode a)))))

(deftest await-is-not-allowed-everywhere
  (let [a (agent nil)]
    (send a (fn [_] (caught (await a))))
    (await a)
    (is (= ["java.lang.Exception" "Can't await in agent action"] @a))
    (is (= ["java.lang.IllegalStateException" "await in transaction"] (caught (dosync (await a)))))
    (is (identical? a (await1 a)))
    (is (nil? (await)))
    (is (true? (await-for 10))))
  (let [a (agent 0)]
    (send-off a inc)
    (is (identical? a (await1 a)))
    (is (= 1 @a))))

(deftest agent-options-watches-and-printing
  (let [a (agent 1 :meta {:m 1} :validator number?)
        calls (atom [])]
    (is (= {:m 1} (meta a)))
    (is (= number? (get-validator a)))
    (add-watch a :w (fn [k r old new] (swap! calls conj [k (identical? r a) old new])))
    (send a inc)
    (await a)
    ;; Every action notifies the watches, await's own (which keeps the state) too, possibly after await returns.
    (is (= [[:w true 1 2]] (remove (fn [[_ _ old new]] (= old new)) @calls)))
    (is (prints-as? "clojure.lang.Agent" "{:status :ready, :val 2}" a))
    (is (re-matches #"clojure\.lang\.Agent@\p{XDigit}+" (str a)))
    (is (instance? clojure.lang.Agent a)))
  (is (= ["java.lang.IllegalStateException" "Invalid reference state"] (caught (agent "x" :validator number?)))))

;; ---------------------------------------------------------------- seque

(deftest seque-gives-the-items-in-order
  (is (= (range 10) (seque (range 10))))
  (is (= (range 100) (seque 3 (range 100))))
  (is (= [1 nil 2 nil] (seque 1 [1 nil 2 nil])) "nil items pass through")
  (is (= () (seque [])))
  (is (= (range 5) (take 5 (seque 2 (range)))) "an infinite source is realized only ahead of the reader")
  (is (= [:a :b :c] (seque (java.util.concurrent.LinkedBlockingQueue. 2) [:a :b :c])))
  ;; A source failing later ends mino's seque; Clojure's then ends or throws "Agent is failed, needs restart"
  ;; to the reader, depending on timing, so only a failure before the first item is portable.
  (is (= () (seque (map #(/ 1 %) [1 0]))) "a source failing at once gives an empty seque")
  (is (seq? (seque [1]))))
