(ns state-test
  "State on one thread: atoms (swap!, reset!, the -vals variants, compare-and-set!, validators, watches,
  metadata, options), volatiles, delays (once-only evaluation, cached failures), force, realized?, and
  how each prints."
  (:require [clojure.test :refer :all]))

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

(deftest atom-basics
  (let [a (atom 1)]
    (is (= 1 @a))
    (is (= 1 (deref a)))
    (is (= 2 (swap! a inc)))
    (is (= 2 @a))
    (is (= 12 (swap! a + 10)))
    (is (= 15 (swap! a + 1 2)))
    (is (= 25 (swap! a + 1 2 3 4)))
    (is (= 0 (reset! a 0)))
    (is (= 0 @a)))
  (let [a (atom nil)]
    (is (nil? @a))
    (is (= 1 (swap! a (fnil inc 0)))))
  (let [a (atom {})]
    (is (= {:a 1 :b 2} (swap! a assoc :a 1 :b 2)))
    (is (= {:a 1 :b 2 :c {:d 3}} (swap! a assoc-in [:c :d] 3)))
    (is (= {:a 2 :b 2 :c {:d 3}} (swap! a update :a inc))))
  (let [a (atom [1 2])]
    (is (= [1 2 3 4 5] (swap! a conj 3 4 5))))
  (testing "anything callable is a swap! function"
    (is (= 1 (swap! (atom {:k 1}) :k)))
    (is (= :found (swap! (atom :a) {:a :found})))
    (is (= 2 (swap! (atom 2) #{1 2 3})))
    (is (nil? (swap! (atom 9) #{1 2 3})))))

(deftest vals-variants
  (let [a (atom 1)]
    (is (= [1 2] (swap-vals! a inc)))
    (is (vector? (swap-vals! a inc)))
    (is (= [3 13] (swap-vals! a + 10)))
    (is (= [13 16] (swap-vals! a + 1 2)))
    (is (= [16 26] (swap-vals! a + 1 2 3 4)))
    (is (= [26 :x] (reset-vals! a :x)))
    (is (vector? (reset-vals! a :y)))
    (is (= :y @a))
    (is (= [:y :y] (reset-vals! a :y)))))

(deftest compare-and-set-is-by-identity
  (let [v [1 2]
        a (atom v)]
    (is (false? (compare-and-set! a (conj [1] 2) :other)) "an equal but different vector")
    (is (identical? v @a))
    (is (true? (compare-and-set! a v :other)))
    (is (= :other @a))
    (is (false? (compare-and-set! a v :again)))
    (is (= :other @a))
    (is (true? (compare-and-set! a :other :again)) "keywords are interned")
    (is (= :again @a)))
  (let [a (atom nil)]
    (is (true? (compare-and-set! a nil 1)))
    (is (false? (compare-and-set! a nil 2)))
    (is (= 1 @a))))

(deftest validators
  (let [a (atom 1 :validator pos?)]
    (is (= 2 (swap! a inc)))
    (let [e (caught (swap! a - 10))]
      (is (instance? IllegalStateException e))
      (is (= "Invalid reference state" (ex-message e))))
    (is (= 2 @a) "a rejected swap! changes nothing")
    (is (thrown-with-msg? IllegalStateException #"Invalid reference state" (reset! a 0)))
    (is (= 2 @a))
    (is (thrown? IllegalStateException (compare-and-set! a 2 -1)))
    (is (thrown? IllegalStateException (compare-and-set! a 999 -1)) "validated before comparing")
    (is (= 2 @a))
    (is (thrown? IllegalStateException (swap-vals! a - 5)))
    (is (thrown? IllegalStateException (reset-vals! a -5)))
    (is (= 2 @a))
    (is (identical? pos? (get-validator a))))
  (testing "the initial value is validated"
    (let [e (caught (atom 0 :validator pos?))]
      (is (instance? IllegalStateException e))
      (is (= "Invalid reference state" (ex-message e)))))
  (testing "set-validator! and get-validator"
    (let [a (atom 5)
          small? (fn [x] (< x 10))]
      (is (nil? (get-validator a)))
      (is (nil? (set-validator! a small?)))
      (is (identical? small? (get-validator a)))
      (is (thrown? IllegalStateException (reset! a 10)))
      (is (= 9 (reset! a 9)))
      (is (thrown? IllegalStateException (set-validator! a neg?)) "the current value must pass")
      (is (identical? small? (get-validator a)) "a rejected validator is not installed")
      (is (nil? (set-validator! a nil)))
      (is (nil? (get-validator a)))
      (is (= 100 (reset! a 100)))))
  (testing "false and nil both reject; anything else accepts"
    (is (thrown? IllegalStateException (reset! (atom 1 :validator (constantly nil)) 2)))
    (is (thrown? IllegalStateException (atom 1 :validator (constantly false))))
    (is (= 2 (reset! (atom 1 :validator (constantly :yes)) 2))))
  (testing "a set validates by membership"
    (let [a (atom :red :validator #{:red :green})]
      (is (= :green (reset! a :green)))
      (is (thrown? IllegalStateException (reset! a :blue)))))
  (testing "a validator's own exception propagates unchanged"
    (let [boom (ex-info "bad value" {:v 7})
          a (atom 1 :validator (fn [v] (if (= v 7) (throw boom) true)))]
      (is (identical? boom (caught (reset! a 7))))
      (is (= 1 @a)))))

(deftest watches
  (let [a (atom 0)
        calls (atom [])
        w (fn [k r old new] (swap! calls conj [k (identical? r a) old new]))]
    (is (identical? a (add-watch a :w w)))
    (swap! a inc)
    (is (= [[:w true 0 1]] @calls))
    (swap! a + 10)
    (reset! a 5)
    (reset! a 5)
    (is (= [[:w true 0 1] [:w true 1 11] [:w true 11 5] [:w true 5 5]] @calls)
        "watches see every change, even to an equal value")
    (reset! calls [])
    (is (false? (compare-and-set! a 0 1)))
    (is (= [] @calls) "a failed compare-and-set! notifies nobody")
    (is (true? (compare-and-set! a 5 6)))
    (is (= [[:w true 5 6]] @calls))
    (reset! calls [])
    (swap-vals! a inc)
    (reset-vals! a 0)
    (is (= [[:w true 6 7] [:w true 7 0]] @calls))
    (is (identical? a (remove-watch a :w)))
    (reset! calls [])
    (swap! a inc)
    (is (= [] @calls) "removed")
    (is (identical? a (remove-watch a :never-added))))
  (testing "the same key replaces the watch"
    (let [a (atom 0) seen (atom [])]
      (add-watch a :k (fn [_ _ _ n] (swap! seen conj [:first n])))
      (add-watch a :k (fn [_ _ _ n] (swap! seen conj [:second n])))
      (reset! a 1)
      (is (= [[:second 1]] @seen))))
  (testing "every watch runs, each with its own key"
    (let [a (atom 0) seen (atom #{})]
      (doseq [k [:a :b :c "d" 5]]
        (add-watch a k (fn [k _ o n] (swap! seen conj [k o n]))))
      (reset! a 1)
      (is (= #{[:a 0 1] [:b 0 1] [:c 0 1] ["d" 0 1] [5 0 1]} @seen))))
  (testing "a rejected change notifies nobody"
    (let [a (atom 1 :validator pos?) n (atom 0)]
      (add-watch a :count (fn [& _] (swap! n inc)))
      (caught (reset! a -1))
      (is (= 0 @n))))
  (testing "watches run after the change: a throwing watch leaves it made"
    (let [a (atom 1)]
      (add-watch a :bad (fn [& _] (throw (ex-info "watch failed" {}))))
      (is (= "watch failed" (ex-message (caught (swap! a inc)))))
      (is (= 2 @a)))))

(deftest atom-metadata-and-options
  (is (nil? (meta (atom 1))))
  (is (= {:a 1} (meta (atom 1 :meta {:a 1}))))
  (let [a (atom 1 :meta {:a 1} :validator number?)]
    (is (= {:a 1} (meta a)))
    (is (identical? number? (get-validator a)))
    (is (= {:a 1 :b 2} (alter-meta! a assoc :b 2)))
    (is (= {:a 1 :b 2} (meta a)))
    (is (= {:z 0} (reset-meta! a {:z 0})))
    (is (= {:z 0} (meta a))))
  (is (= 1 @(atom 1 :unknown-option 5)) "unknown options are ignored")
  (is (thrown-with-msg? IllegalArgumentException #"No value supplied for key: :meta" (atom 1 :meta)))
  (is (thrown? ClassCastException (atom 1 :meta 5))))

(deftest atom-type-errors
  (is (thrown? ClassCastException (swap! [1] conj 2)))
  (is (thrown? ClassCastException (reset! (volatile! 1) 2)))
  (is (thrown? ClassCastException (compare-and-set! {} 1 2)))
  (is (thrown? ClassCastException (deref 5)))
  (is (thrown? ClassCastException @:not-a-ref))
  (is (thrown? ClassCastException (deref (atom 1) 10 :timeout)) "atoms do not block, so no timeout arity")
  (is (thrown? ClassCastException (deref (delay 1) 10 :timeout))))

(deftest printing-references
  (is (prints-as? "clojure\\.lang\\.Atom" "{:status :ready, :val 1}" (atom 1)))
  (is (prints-as? "clojure\\.lang\\.Atom" "{:status :ready, :val [1 \"a\" :b]}" (atom [1 "a" :b])))
  (is (prints-as? "clojure\\.lang\\.Atom" "{:status :ready, :val nil}" (atom nil)))
  (is (prints-as? "clojure\\.lang\\.Atom" "{:status :ready, :val \"s\"}" (atom "s")))
  (is (prints-as? "clojure\\.lang\\.Volatile" "{:status :ready, :val 2}" (volatile! 2)))
  (testing "str is Object.toString: class name and identity hash"
    (is (re-matches #"clojure\.lang\.Atom@\p{XDigit}+" (str (atom 1))))
    (is (re-matches #"clojure\.lang\.Volatile@\p{XDigit}+" (str (volatile! 1))))
    (is (re-matches #"clojure\.lang\.Delay@\p{XDigit}+" (str (delay 1)))))
  (let [d (delay (+ 1 2))]
    (is (prints-as? "clojure\\.lang\\.Delay" "{:status :pending, :val nil}" d))
    @d
    (is (prints-as? "clojure\\.lang\\.Delay" "{:status :ready, :val 3}" d)))
  (let [d (delay (throw (ex-info "no" {})))]
    (caught @d)
    (is (re-find #"^#object\[clojure\.lang\.Delay 0x\p{XDigit}+ \{:status :failed, :val " (pr-str d)))))

(deftest volatiles
  (let [v (volatile! 1)]
    (is (volatile? v))
    (is (= 1 @v))
    (is (= 1 (deref v)))
    (is (= 5 (vreset! v 5)))
    (is (= 5 @v))
    (is (= 6 (vswap! v inc)))
    (is (= 16 (vswap! v + 10)))
    (is (= 22 (vswap! v + 1 2 3)))
    (is (= 22 @v))
    (is (nil? (vreset! v nil)))
    (is (nil? @v)))
  (is (false? (volatile? (atom 1))))
  (is (false? (volatile? nil)))
  (is (false? (volatile? 1)))
  (is (thrown? ClassCastException (vreset! (atom 1) 2)))
  (testing "a volatile as transducer-style local state"
    (let [seen (volatile! #{})
          firsts (reduce (fn [acc x]
                           (if (contains? @seen x)
                             acc
                             (do (vswap! seen conj x) (conj acc x))))
                         [] [1 2 1 3 2 4])]
      (is (= [1 2 3 4] firsts))
      (is (= #{1 2 3 4} @seen)))))

(deftest delays
  (let [runs (atom 0)
        d (delay (swap! runs inc) :value)]
    (is (delay? d))
    (is (false? (realized? d)))
    (is (= 0 @runs) "nothing runs before the first deref")
    (is (= :value @d))
    (is (true? (realized? d)))
    (is (= :value @d))
    (is (= :value (deref d)))
    (is (= :value (force d)))
    (is (= 1 @runs) "the body ran once"))
  (is (nil? @(delay)))
  (is (= 3 @(delay 1 2 3)) "the value of the last body form")
  (is (false? (delay? 1)))
  (is (false? (delay? (atom 1))))
  (is (false? (delay? (fn [] 1))))
  (testing "force"
    (is (= 5 (force 5)))
    (is (nil? (force nil)))
    (is (= [1] (force [1])))
    (is (= 6 (force (delay (* 2 3))))))
  (testing "a delay closes over its lexical scope"
    (let [x 10
          d (let [y 5] (delay (+ x y)))]
      (is (= 15 @d))))
  (testing "a failing delay throws the same exception on every deref, running its body once"
    (let [runs (atom 0)
          d (delay (swap! runs inc) (throw (ex-info "failed" {:n 1})))
          e1 (caught @d)
          e2 (caught @d)]
      (is (= "failed" (ex-message e1)))
      (is (= {:n 1} (ex-data e1)))
      (is (identical? e1 e2))
      (is (identical? e1 (caught (force d))))
      (is (= 1 @runs))
      (is (true? (realized? d)) "a failed delay counts as realized")))
  (testing "delays nest"
    (let [inner (delay 2)
          outer (delay (* 10 @inner))]
      (is (= 20 @outer))
      (is (realized? inner)))))

(deftest realized-on-lazy-seqs
  (let [s (lazy-seq (cons 1 nil))]
    (is (false? (realized? s)))
    (is (= 1 (first s)))
    (is (true? (realized? s))))
  (let [s (map inc [1 2 3])]
    (is (false? (realized? s)))
    (doall s)
    (is (true? (realized? s)))))

(deftest ex-info-construction
  (let [e (ex-info "msg" {:a 1})]
    (is (= "msg" (ex-message e)))
    (is (= {:a 1} (ex-data e)))
    (is (nil? (ex-cause e))))
  (let [c (ex-info "cause" {})
        e (ex-info "outer" {:b 2} c)]
    (is (identical? c (ex-cause e))))
  (is (nil? (ex-cause (ex-info "no cause" {} nil))))
  (is (= {} (ex-data (ex-info "m" nil))) "nil data is the empty map")
  (is (= "clojure.lang.ExceptionInfo: m {}" (str (ex-info "m" nil nil))))
  (is (thrown? ClassCastException (ex-info "m" [1 2])))
  (is (thrown? ClassCastException (ex-info :not-a-string {})))
  (is (= "clojure.lang.ExceptionInfo: boom {:a 1}" (str (ex-info "boom" {:a 1})))))
