(ns spec-test
  "clojure.spec.alpha: the registry, conform/unform, explain data and text, forms, regex ops, map
  and collection specs, fspec/fdef and assert, as spec.alpha 0.5.238 behaves on Clojure 1.12.
  Generators are mino's own (Clojure's need test.check), so their tests are mino-only."
  (:require [clojure.test :refer :all]
            [clojure.spec.alpha :as s]))

(s/def ::pos pos?)
(s/def ::int int?)
(s/def ::str string?)
(s/def ::kw keyword?)
(s/def ::big (s/and int? #(> % 5)))
(s/def ::person (s/keys :req [::int] :opt [::str] :req-un [::kw]))
(s/def ::ints (s/coll-of ::int))
(s/def ::holder (s/keys :req [::big]))

(defn- problems [spec x] (::s/problems (s/explain-data spec x)))

(deftest registry-and-def
  (is (= ::tmp (s/def ::tmp pos?)))
  (is (some? (s/get-spec ::tmp)))
  (is (contains? (s/registry) ::tmp))
  (is (= ::tmp (s/def ::tmp nil)))
  (is (nil? (s/get-spec ::tmp)) "a nil spec removes the name")
  (is (nil? (s/get-spec ::never-defined)))
  (is (= `pos? (s/form ::pos)))
  (s/def ::alias ::int)
  (is (= ::int (s/get-spec ::alias)) "an alias is stored as the keyword")
  (is (s/valid? ::alias 3))
  (is (thrown-with-msg? Exception #"Unable to resolve spec: :spec-test/nope" (s/valid? ::nope 1))))

(defn- expansion-error
  "The message of the error expanding form (or of its cause, where Clojure wraps it)."
  [form]
  (let [e (try (eval form) nil (catch Throwable e e))]
    (str (ex-message e) " " (some-> e ex-cause ex-message))))

(deftest malformed-specs
  (is (re-find #"cat expects k1 p1 k2 p2\.\.\., where ks are keywords" (expansion-error `(s/cat :a))))
  (is (re-find #"alt expects k1 p1 k2 p2\.\.\., where ks are keywords" (expansion-error `(s/alt ~'a int?))))
  (is (re-find #"spec/or expects k1 p1 k2 p2\.\.\., where ks are keywords" (expansion-error `(s/or :a))))
  (is (re-find #"k must be namespaced keyword or resolvable symbol" (expansion-error `(s/def :a int?))))
  (is (re-find #"all keys must be namespace-qualified keywords" (expansion-error `(s/keys :req [:a]))))
  (is (re-find #"Assert failed: \(not \(empty\? preds\)\)" (expansion-error `(s/tuple)))))

(deftest predicates-and-conform
  (is (true? (s/valid? ::pos 1)))
  (is (false? (s/valid? ::pos -1)))
  (is (= 1 (s/conform ::pos 1)))
  (is (= ::s/invalid (s/conform ::pos -1)))
  (is (s/invalid? (s/conform int? "x")))
  (is (not (s/invalid? nil)))
  (is (= 1 (s/conform #{1 2} 1)) "a set is a predicate")
  (is (s/invalid? (s/conform #{false} false)) "a set member that is falsey does not conform")
  (is (s/valid? (s/spec int?) 3))
  (is (s/valid? pos? 3 `pos?))
  (is (not (s/valid? pos? -3 `pos?)))
  (is (s/spec? (s/spec int?)))
  (is (nil? (s/spec? (s/cat :a int?))))
  (is (s/regex? (s/cat :a int?)))
  (is (nil? (s/regex? (s/spec int?)))))

(deftest explain-data-shape
  (is (= {::s/problems [{:path [] :pred `pos? :val -1 :via [::pos] :in []}]
          ::s/spec ::pos
          ::s/value -1}
         (s/explain-data ::pos -1)))
  (is (nil? (s/explain-data ::pos 1)))
  (is (= [{:path [::big] :pred `(fn [~'%] (> ~'% 5)) :val 1 :via [::holder ::big] :in [::big]}]
         (problems ::holder {::big 1})))
  (is (= [{:path [] :pred `int? :val "x" :via [::ints ::int] :in [1]}]
         (problems ::ints [1 "x"]))))

(deftest explain-str-text
  (is (= "-1 - failed: pos? spec: :spec-test/pos\n" (s/explain-str ::pos -1)))
  (is (= "Success!\n" (s/explain-str ::pos 1)))
  (is (= "\"x\" - failed: int?\n" (s/explain-str int? "x")))
  (is (= "3 - failed: #{1 2}\n" (s/explain-str #{1 2} 3)))
  (is (= "1 - failed: (> % 5) in: [:spec-test/big] at: [:spec-test/big] spec: :spec-test/big\n"
         (s/explain-str ::holder {::big 1})))
  (is (= "1 - failed: (> % 5) in: [0 :spec-test/big] at: [:spec-test/big] spec: :spec-test/big\n"
         (s/explain-str (s/coll-of ::holder) [{::big 1}])))
  (is (= "-1 - failed: pos? spec: :spec-test/pos\n" (with-out-str (s/explain ::pos -1))))
  (is (= "1 - failed: int? in: [0] at: [:a] spec: :x/y\n\t :foo  2\n\t :bar  [1]\n"
         (with-out-str (s/explain-printer {::s/problems [{:path [:a] :pred `int? :val 1 :via [:x/y] :in [0] :foo 2 :bar [1]}]})))
      "keys beyond the standard ones follow the line")
  (is (= "1 - failed: why in: [0] at: [:a] spec: :x/y\n"
         (with-out-str (s/explain-printer {::s/problems [{:path [:a] :pred `int? :val 1 :via [:x/y] :in [0] :reason "why"}]}))))
  (is (= "3 - failed: int? in: [0 1 2]\n1 - failed: int? in: [0 1]\n2 - failed: int? in: [0]\n"
         (with-out-str (s/explain-printer {::s/problems [{:path [] :pred `int? :val 1 :via [] :in [0 1]}
                                                         {:path [] :pred `int? :val 2 :via [] :in [0]}
                                                         {:path [] :pred `int? :val 3 :via [] :in [0 1 2]}]})))
      "the deepest problems print first")
  (is (= (str "3 - failed: c at: [:x :y]\n4 - failed: d in: [0 1 2] at: [:q]\n5 - failed: e in: [0] at: [:q]\n"
              "1 - failed: a at: [:a]\n2 - failed: b in: [0 1]\n")
         (with-out-str (s/explain-printer {::s/problems [{:path [:a] :pred 'a :val 1 :via [] :in []}
                                                         {:path [] :pred 'b :val 2 :via [] :in [0 1]}
                                                         {:path [:x :y] :pred 'c :val 3 :via [] :in []}
                                                         {:path [:q] :pred 'd :val 4 :via [] :in [0 1 2]}
                                                         {:path [:q] :pred 'e :val 5 :via [] :in [0]}]})))
      "by path length first, then by in length")
  (is (= "Success!\n" (with-out-str (s/explain-out nil))))
  (is (= "1\n" (binding [s/*explain-out* (fn [ed] (println (::s/value ed)))] (with-out-str (s/explain ::str 1))))))

(deftest forms-and-describe
  (is (= `(s/cat :a int? :b (s/* string?)) (s/form (s/cat :a int? :b (s/* string?)))))
  (is (= '(cat :a int? :b (* string?)) (s/describe (s/cat :a int? :b (s/* string?)))))
  (is (= `(fn [~'%] (> ~'% 1)) (s/form (s/spec #(> % 1)))))
  (is (= `(fn [~'x] (> ~'x 1)) (s/form (s/spec (fn [x] (> x 1))))))
  (is (= '(> % 1) (s/describe (s/spec #(> % 1)))))
  (is (= '(and int? (> % 1)) (s/describe (s/and int? #(> % 1)))))
  (is (= '(or :a int? :b (coll-of int?)) (s/describe (s/or :a int? :b (s/coll-of int?)))))
  (is (= `(s/keys :req [::int] :opt [::str] :req-un [::kw]) (s/form ::person)))
  (is (= `(s/coll-of int? :kind vector? :count 2) (s/form (s/coll-of int? :kind vector? :count 2))))
  (is (= `(s/map-of keyword? int?) (s/form (s/map-of keyword? int?))))
  (is (= `(s/every-kv keyword? int?) (s/form (s/every-kv keyword? int?))))
  (is (= `(s/tuple int? string?) (s/form (s/tuple int? string?))))
  (is (= `(s/nilable int?) (s/form (s/nilable int?))))
  (is (= `(s/merge (s/keys :req [::int]) (s/keys :req-un [::kw]))
         (s/form (s/merge (s/keys :req [::int]) (s/keys :req-un [::kw])))))
  (is (= `(s/conformer keyword) (s/form (s/conformer keyword))))
  (is (= `(s/nonconforming (s/or :i int? :s string?)) (s/form (s/nonconforming (s/or :i int? :s string?)))))
  (is (= `(s/and int? (fn [~'%] (s/int-in-range? 1 10 ~'%))) (s/form (s/int-in 1 10))))
  (is (= `(s/and double? (fn [~'%] (<= ~'% 1.0)) (fn [~'%] (<= 0.0 ~'%)))
         (s/form (s/double-in :min 0.0 :max 1.0))))
  (is (= `(s/& (s/* int?) (fn [~'%] (> (count ~'%) 1))) (s/form (s/& (s/* int?) #(> (count %) 1)))))
  (is (= '(fn [x] (> x 1)) (s/abbrev `(fn [~'x] (> ~'x 1)))))
  (is (= '(> % 1) (s/abbrev `(fn [~'%] (> ~'% 1))))))

(deftest regex-conform
  (are [expected spec data] (= expected (s/conform spec data))
    {:a 1 :b "a"} (s/cat :a int? :b string?) [1 "a"]
    {:a 1} (s/cat :a int?) '(1)
    ::s/invalid (s/cat :a int?) nil
    {} (s/cat :a (s/* int?)) nil
    {} (s/cat) []
    [:a 1] (s/alt :a int? :b string?) [1]
    {:b "x"} (s/cat :a (s/? int?) :b string?) ["x"]
    {} (s/cat :a (s/* int?)) []
    {:a [1 2] :b ["a"]} (s/cat :a (s/* int?) :b (s/+ string?)) [1 2 "a"]
    {:b 1} (s/cat :a (s/* int?) :b int?) [1]
    nil (s/? int?) []
    [] (s/* int?) []
    [:a []] (s/alt :a (s/* int?) :b int?) []
    {} (s/cat :a (s/? int?)) []
    [{:a 1 :b "a"} {:a 2 :b "b"}] (s/* (s/cat :a int? :b string?)) [1 "a" 2 "b"]
    ::s/invalid (s/cat :a int? :b (s/? string?)) [1 2]
    [1 2] (s/& (s/* int?) #(> (count %) 1)) [1 2]
    ::s/invalid (s/& (s/* int?) #(> (count %) 1)) [1]
    {:a 1 :b ["x"]} (s/cat :a int? :b (s/spec (s/* string?))) [1 ["x"]]
    {:a 1 :b {:c "x" :d :k}} (s/cat :a int? :b (s/cat :c string? :d keyword?)) [1 "x" :k]
    [[:i 1] [:s "a"]] (s/* (s/alt :i int? :s string?)) [1 "a"]
    ::s/invalid (s/+ int?) []
    [] (s/+ (s/? int?)) []
    ::s/invalid (s/cat :a int?) {:a 1})
  (is (map-entry? (s/conform (s/alt :a int? :b string?) [1])))
  (s/def ::pair (s/cat :k keyword? :v int?))
  (is (= {:first {:k :a :v 1} :rest [{:k :b :v 2}]}
         (s/conform (s/cat :first ::pair :rest (s/* ::pair)) [:a 1 :b 2]))
         "a registered regex is spliced into the enclosing one"))

(deftest regex-explain
  (is (= [{:path [:b] :reason "Insufficient input" :pred `string? :val () :via [] :in []}]
         (problems (s/cat :a int? :b string?) [1])))
  (is (= [{:path [] :reason "Extra input" :pred `(s/cat :a int? :b string?) :val '(3) :via [] :in [2]}]
         (problems (s/cat :a int? :b string?) [1 "a" 3])))
  (is (= [{:path [:b] :pred `string? :val 2 :via [] :in [1]}]
         (problems (s/cat :a int? :b string?) [1 2])))
  (is (= [{:path [:a] :pred `int? :val :x :via [] :in [0]} {:path [:b] :pred `string? :val :x :via [] :in [0]}]
         (problems (s/alt :a int? :b string?) [:x])))
  (is (= [{:path [] :pred `int? :val :a :via [] :in [1]}] (problems (s/* int?) [1 :a])))
  (is (= [{:path [:b] :pred `string? :val :x :via [] :in [0]}]
         (problems (s/cat :a (s/? int?) :b string?) [:x])))
  (is (= [{:path [] :pred `(fn [~'%] (or (nil? ~'%) (sequential? ~'%))) :val 5 :via [] :in []}]
         (problems (s/cat :a int? :b string?) 5)))
  (is (= [{:path [] :pred `(fn [~'%] (> (count ~'%) 1)) :val [1] :via [] :in []}]
         (problems (s/& (s/* int?) #(> (count %) 1)) [1])))
  (are [text spec data] (= text (s/explain-str spec data))
    "2 - failed: string? in: [1] at: [:b]\n" (s/cat :a int? :b string?) [1 2]
    "() - failed: Insufficient input at: [:b]\n" (s/cat :a int? :b string?) [1]
    "(3) - failed: Extra input in: [2]\n" (s/cat :a int? :b string?) [1 "a" 3]
    ":x - failed: int? in: [0] at: [:a]\n:x - failed: string? in: [0] at: [:b]\n" (s/alt :a int? :b string?) [:x]
    "5 - failed: (or (nil? %) (sequential? %))\n" (s/cat :a int? :b string?) 5
    "() - failed: Insufficient input at: [:a]\n" (s/cat :a (s/alt :x int? :y string?)) []
    "() - failed: Insufficient input at: [:a]\n" (s/cat :a (s/+ int?)) []
    ":k - failed: int? in: [0] at: [:a]\n" (s/cat :a (s/+ int?)) [:k]
    "[1] - failed: (> (count %) 1)\n" (s/& (s/* int?) #(> (count %) 1)) [1]))

(s/def ::int-run (s/cat :a ::int :b (s/* ::int)))

(deftest regex-via
  (testing "names along the way, as Clojure records them"
    (is (= [{:path [:a] :pred `int? :val "x" :via [::int-run ::int-run ::int ::int] :in [0]}]
           (problems ::int-run ["x"])))
    (is (= [{:path [:b] :pred `int? :val "x" :via [::int-run ::int ::int] :in [1]}]
           (problems ::int-run [1 "x"])))
    (is (= [{:path [:a] :reason "Insufficient input" :pred ::int :val () :via [::int-run ::int-run ::int] :in []}]
           (problems ::int-run [])))
    (is (= [{:path [:x :a] :pred `int? :val "x" :via [::int-run ::int ::int] :in [0]}]
           (problems (s/cat :x ::int-run) ["x"])))
    (is (= [{:path [:int-run :a] :pred `int? :val "x" :via [::int-run ::int-run ::int ::int] :in [:int-run 0]}]
           (problems (s/keys :req-un [::int-run]) {:int-run ["x"]}))))
  (testing "a single check gives a vector of problems, a composite spec a seq (they print differently)"
    (is (vector? (problems ::int-run ["x"])))
    (is (vector? (problems (s/cat :a int?) [1 2])))
    (is (vector? (problems (s/nilable int?) "x")))
    (is (seq? (problems (s/alt :a int? :b string?) [:x])))
    (is (seq? (problems ::person {})))
    (is (seq? (problems (s/or :i int? :s string?) :k)))
    (is (seq? (problems (s/coll-of int?) [:x])))))

(s/def ::int-map (s/keys :req [::int]))

(deftest explain-details
  (is (= [{:path [] :reason "Insufficient input" :pred `(s/+ int?) :val () :via [] :in []}]
         (problems (s/& (s/+ int?) #(even? (count %))) []))
      "an & whose regex needs more input reports the regex")
  (is (= [{:path [:x] :reason "Insufficient input" :pred `(s/cat :a int? :b int?) :val () :via [] :in []}]
         (problems (s/cat :x (s/& (s/cat :a int? :b int?) #(even? (count %)))) [1])))
  (is (= [{:path [:a :c] :reason "Insufficient input" :pred `int? :val () :via [] :in []}]
         (problems (s/cat :a (s/cat :b int? :c int?)) [1])))
  (is (= [{:path [] :reason "Insufficient input" :pred `(s/alt :b (s/cat :x int? :y int?)) :val () :via [] :in []}]
         (problems (s/alt :b (s/cat :x int? :y int?) :c string?) [1]))
      "an alt reports the alternatives still open")
  (is (= [{:path [] :pred `(= (count ~'%) 2) :val [1] :via [] :in []}] (problems (s/tuple int? int?) [1])))
  (is (= [{:path [] :pred `(<= 2 (count ~'%) ~'Integer/MAX_VALUE) :val {"a" 1} :via [] :in []}]
         (problems (s/every-kv string? int? :min-count 2) {"a" 1})))
  (is (= [{:path [::s/nil] :pred 'nil? :val {::int "x"} :via [] :in []}
          {:path [::s/pred ::int] :pred `int? :val "x" :via [::int-map ::int] :in [::int]}]
         (problems (s/nilable ::int-map) {::int "x"}))
      "nil's problem goes before a seq of problems, after a vector of them")
  (is (= "\"x\" - failed: int? in: [1 :spec-test/int] at: [1 :spec-test/int] spec: :spec-test/int\n"
         (s/explain-str (s/tuple ::int ::int-map) [1 {::int "x"}])))
  (is (= "{} - failed: (contains? % :spec-test/int) spec: :spec-test/int-map\n"
         (s/explain-str (s/merge ::int-map (s/keys)) {})))
  (is (= (str "\"x\" - failed: map? at: [:m] spec: :spec-test/int-map\n"
              "\"x\" - failed: int? at: [:i] spec: :spec-test/int\n")
         (s/explain-str (s/or :m ::int-map :i ::int) "x")))
  (is (= "{:a -1} - failed: (fn [m] (pos? (:a m)))\n"
         (s/explain-str (s/and (s/cat :a ::int) (fn [m] (pos? (:a m)))) [-1])))
  (is (thrown-with-msg? Exception #"Unable to resolve spec: :spec-test/missing" (s/explain-str (s/nilable ::missing) 1))))

(s/def ::email-type (s/and string? #(re-matches #".+@.+" %)))
(s/def ::email ::email-type)
(s/def ::contact (s/keys :req-un [::email]))

(deftest aliases-and-nested-forms
  (is (= "\"n/a\" - failed: (re-matches #\".+@.+\" %) in: [:email] at: [:email] spec: :spec-test/email-type\n"
         (s/explain-str ::contact {:email "n/a"}))
      "through an alias, explain names the spec aliased")
  (is (= [{:path [] :pred `string? :val 1 :via [::email] :in []}] (problems ::email 1)))
  (let [f (s/form (s/fspec :args (s/and (s/cat :a int? :b int?) #(< (:a %) (:b %)))))
        nested (-> f (nth 2) (nth 2))]
    (is (= 'fn* (first nested)) "a #() below the top of a form keeps its fn*, as in Clojure")
    (is (= `< (first (nth nested 2))))))

(deftest regex-unform
  (is (= '(1 "x" "y") (s/unform (s/cat :a int? :b (s/* string?)) {:a 1 :b ["x" "y"]})))
  (is (= [1] (s/unform (s/alt :i int? :s string?) [:i 1])))
  (is (= '(1 "a") (s/unform (s/* (s/alt :i int? :s string?)) [[:i 1] [:s "a"]])))
  (is (= '("x") (s/unform (s/cat :a (s/? int?) :b string?) {:b "x"})))
  (is (= [nil] (s/unform (s/? int?) nil)))
  (is (= '(1 2) (s/unform (s/and (s/cat :a int? :b int?) #(< (:a %) (:b %))) {:a 1 :b 2}))))

(deftest keys-specs
  (is (= {::int 1 :kw :k ::str "s"} (s/conform ::person {::int 1 :kw :k ::str "s"})))
  (is (not (s/valid? ::person {::int 1})))
  (is (= [{:path [::int] :pred `int? :val "x" :via [::person ::int] :in [::int]}
          {:path [:kw] :pred `keyword? :val 1 :via [::person ::kw] :in [:kw]}]
         (problems ::person {::int "x" :kw 1})))
  (is (= [{:path [] :pred `(fn [~'%] (contains? ~'% ::int)) :val {} :via [::person] :in []}
          {:path [] :pred `(fn [~'%] (contains? ~'% :kw)) :val {} :via [::person] :in []}]
         (problems ::person {})))
  (is (= "5 - failed: map? spec: :spec-test/person\n" (s/explain-str ::person 5)))
  (is (= (str "{} - failed: (contains? % :spec-test/int) spec: :spec-test/person\n"
              "{} - failed: (contains? % :kw) spec: :spec-test/person\n")
         (s/explain-str ::person {})))
  (is (= "{} - failed: (or (contains? % :spec-test/int) (and (contains? % :spec-test/str) (contains? % :spec-test/kw)))\n"
         (s/explain-str (s/keys :req [(or ::int (and ::str ::kw))]) {})))
  (is (s/valid? (s/keys :req [(or ::int (and ::str ::kw))]) {::str "x" ::kw :k}))
  (is (s/valid? (s/keys :req [(or ::int (and ::str ::kw))]) {::int 1}))
  (is (not (s/valid? (s/keys :req [(or ::int (and ::str ::kw))]) {::str "x"})))
  (is (= "\"x\" - failed: int? in: [:spec-test/int] at: [:spec-test/int] spec: :spec-test/int\n"
         (s/explain-str (s/keys) {::int "x"}))
      "every registered namespaced key is checked")
  (is (s/valid? (s/keys :req-un [::unregistered]) {:unregistered 1}))
  (is (= {:kw :x} (s/conform (s/keys* :req-un [::kw]) [:kw :x])))
  (is (= "1 - failed: keyword? in: [:kw] at: [:kw] spec: :spec-test/kw\n"
         (s/explain-str (s/keys* :req-un [::kw]) [:kw 1])))
  (is (= "{:d 1} - failed: (contains? % :kw)\n" (s/explain-str (s/keys* :req-un [::kw]) [:d 1])))
  (is (= {:a 1 :opts {:kw :k}} (s/conform (s/cat :a int? :opts (s/keys* :opt-un [::kw])) [1 :kw :k]))))

(deftest and-or-nilable
  (is (= "-2 - failed: pos?\n" (s/explain-str (s/and int? pos? even?) -2)))
  (is (= [:i 1] (s/conform (s/and (s/or :i int? :s string?) vector?) 1)) "and passes conformed values on")
  (is (= [:s "a"] (s/conform (s/or :i int? :s string?) "a")))
  (is (map-entry? (s/conform (s/or :i int? :s string?) "a")))
  (is (= 1 (s/unform (s/or :i int? :s string?) [:i 1])))
  (is (= ":k - failed: int? at: [:i]\n:k - failed: string? at: [:s]\n" (s/explain-str (s/or :i int? :s string?) :k)))
  (is (nil? (s/conform (s/nilable int?) nil)))
  (is (= [{:path [::s/pred] :pred `int? :val "x" :via [] :in []}
          {:path [::s/nil] :pred 'nil? :val "x" :via [] :in []}]
         (problems (s/nilable int?) "x"))))

(deftest collections
  (is (= "\"x\" - failed: int? in: [1] spec: :spec-test/int\n:y - failed: int? in: [3] spec: :spec-test/int\n"
         (s/explain-str ::ints [1 "x" 2 :y])))
  (are [text spec x] (= text (s/explain-str spec x))
    "5 - failed: coll? spec: :spec-test/ints\n" ::ints 5
    "(1 2) - failed: vector?\n" (s/coll-of int? :kind vector? :count 2) '(1 2)
    "[1] - failed: (= 2 (count %))\n" (s/coll-of int? :kind vector? :count 2) [1]
    "[1] - failed: (<= 2 (count %) 3)\n" (s/coll-of int? :min-count 2 :max-count 3) [1]
    "[1] - failed: (<= 2 (count %) MAX_VALUE)\n" (s/coll-of int? :min-count 2) [1]
    "[1 2 3] - failed: (<= 0 (count %) 2)\n" (s/coll-of int? :max-count 2) [1 2 3]
    "[1 1] - failed: distinct?\n" (s/coll-of int? :distinct true) [1 1]
    ":a - failed: int? in: [0]\n" (s/coll-of int?) #{:a}
    "\"a\" - failed: int? in: [1]\n" (s/every int?) [1 "a"]
    "5 - failed: map?\n" (s/map-of keyword? int?) 5
    "5 - failed: coll?\n" (s/every-kv keyword? int?) 5
    "\"x\" - failed: int? in: [:a 1] at: [1]\n" (s/every-kv keyword? int?) {:a "x"}
    "2 - failed: string? in: [1] at: [1]\n" (s/tuple int? string?) [1 2]
    "[1] - failed: (= (count %) 2)\n" (s/tuple int? string?) [1]
    "(1 \"a\") - failed: vector?\n" (s/tuple int? string?) '(1 "a"))
  (is (= [{:path [1] :pred `int? :val "x" :via [] :in [:a 1]}] (problems (s/map-of keyword? int?) {:a "x"})))
  (is (= [[:i 1] [:s "a"]] (s/conform (s/coll-of (s/or :i int? :s string?)) [1 "a"])))
  (is (vector? (s/conform (s/coll-of (s/or :i int? :s string?)) [1 "a"])))
  (is (= #{[:i 1] [:s "a"]} (s/conform (s/coll-of (s/or :i int? :s string?) :into #{}) [1 "a"])))
  (is (= '([:i 1] [:s "a"]) (s/conform (s/coll-of (s/or :i int? :s string?)) '(1 "a"))))
  (is (= [1 "a"] (s/conform (s/every (s/or :i int? :s string?)) [1 "a"])) "every does not conform elements")
  (is (= {:a [:i 1]} (s/conform (s/map-of keyword? (s/or :i int? :s string?)) {:a 1})))
  (is (= {[:i 1] 1} (s/conform (s/map-of (s/or :i int? :s string?) int? :conform-keys true) {1 1})))
  (is (= {1 1} (s/conform (s/map-of (s/or :i int? :s string?) int?) {1 1})))
  (is (= [1 [:i 2]] (s/conform (s/tuple int? (s/or :s string? :i int?)) [1 2])))
  (is (= [1 "a"] (s/unform (s/coll-of (s/or :i int? :s string?)) [[:i 1] [:s "a"]])))
  (is (= '([:i 1] [:s "a"]) (s/conform (s/coll-of (s/or :i int? :s string?) :into ()) [1 "a"])) ":into () keeps the order")
  (is (= {:a [:i 1] :b [:s "x"]} (s/conform (s/map-of keyword? (s/or :i int? :s string?)) (sorted-map :b "x" :a 1))))
  (is (sorted? (s/conform (s/coll-of (s/or :i int? :s string?)) (sorted-set 1 2))))
  (is (= `(s/coll-of int? :kind vector? :gen (~'fn [] nil)) (s/form (s/coll-of int? :kind vector? :gen (fn [] nil))))
      "only :kind is qualified in a collection spec's form")
  (is (= 101 s/*coll-check-limit*))
  (is (= 20 s/*coll-error-limit*))
  (is (= 3 (count (binding [s/*coll-error-limit* 3] (problems (s/every int?) (vec (repeat 10 :x)))))))
  (is (= 20 (count (problems (s/every int?) (vec (repeat 30 :x))))) "every reports up to *coll-error-limit*")
  (is (= 30 (count (problems (s/coll-of int?) (vec (repeat 30 :x))))) "coll-of reports every element")
  (let [xs (vec (concat (repeat 10 1) [:x]))]
    (is (binding [s/*coll-check-limit* 3] (s/valid? (s/every int?) xs)) "every checks a sample")
    (is (not (binding [s/*coll-check-limit* 3] (s/valid? (s/coll-of int?) xs))) "coll-of checks every element")))

(deftest merge-multi-and-friends
  (is (= {::int 1 :kw :x} (s/conform (s/merge (s/keys :req [::int]) (s/keys :req-un [::kw])) {::int 1 :kw :x})))
  (is (= (str "\"1\" - failed: int? in: [:spec-test/int] at: [:spec-test/int] spec: :spec-test/int\n"
              "\"1\" - failed: int? in: [:spec-test/int] at: [:spec-test/int] spec: :spec-test/int\n"
              "{:spec-test/int \"1\"} - failed: (contains? % :kw)\n")
         (binding [*print-namespace-maps* false]
           (s/explain-str (s/merge (s/keys :req [::int]) (s/keys :req-un [::kw])) {::int "1"}))))
  (is (= :a (s/conform (s/conformer #(if (string? %) (keyword %) ::s/invalid)) "a")))
  (is (= "1 - failed: (conformer (if (string? %) (keyword %) :clojure.spec.alpha/invalid))\n"
         (s/explain-str (s/conformer #(if (string? %) (keyword %) ::s/invalid)) 1)))
  (is (= "a" (s/unform (s/conformer keyword name) :a)))
  (is (thrown-with-msg? Exception #"no unform fn for conformer" (s/unform (s/conformer keyword) :a)))
  (is (= 1 (s/conform (s/nonconforming (s/or :i int? :s string?)) 1)))
  (is (= "20 - failed: (int-in-range? 1 10 %)\n" (s/explain-str (s/int-in 1 10) 20)))
  (is (= "2.0 - failed: (<= % 1.0)\n" (s/explain-str (s/double-in :min 0.0 :max 1.0) 2.0)))
  (is (s/valid? (s/double-in :min 0.0 :max 1.0) 0.5))
  (is (not (s/valid? (s/double-in :NaN? false) ##NaN)))
  (is (not (s/valid? (s/double-in :infinite? false) ##Inf)))
  (is (s/valid? (s/double-in) ##Inf))
  (is (s/valid? (s/inst-in #inst "2000" #inst "2010") #inst "2005"))
  (is (not (s/valid? (s/inst-in #inst "2000" #inst "2010") #inst "2010")))
  (is (= [true false false] [(s/int-in-range? 1 5 4) (s/int-in-range? 1 5 5) (s/int-in-range? 1 5 4.0)]))
  (is (false? (s/inst-in-range? #inst "2000" #inst "2010" #inst "2010"))))

(defmulti event-type :type)
(defmethod event-type :click [_] (s/keys :req-un [::kw]))
(defmethod event-type :text [_] (s/keys :req-un [::str]))
(s/def ::event (s/multi-spec event-type :type))

(deftest multi-spec
  (is (s/valid? ::event {:type :click :kw :left}))
  (is (not (s/valid? ::event {:type :click :kw 1})))
  (is (not (s/valid? ::event {:type :drag})))
  (is (= "1 - failed: keyword? in: [:kw] at: [:click :kw] spec: :spec-test/kw\n"
         (s/explain-str ::event {:type :click :kw 1})))
  (is (= [{:path [:drag] :pred `event-type :val {:type :drag} :reason "no method" :via [::event] :in []}]
         (problems ::event {:type :drag})))
  (is (= `(s/multi-spec event-type :type) (s/form ::event))))

(defmulti by-tag-name (fn [m] (keyword (:tag m))))
(defmethod by-tag-name :a [_] (s/keys :req-un [::int]))

(deftest multi-spec-dispatch-value
  (is (= [{:path [:b] :pred `by-tag-name :val {:tag "b"} :reason "no method" :via [] :in []}]
         (problems (s/multi-spec by-tag-name :tag) {:tag "b"}))
      "the path names the value the multimethod's dispatch fn returns")
  (is (= "\"x\" - failed: int? in: [:int] at: [:a :int] spec: :spec-test/int\n"
         (s/explain-str (s/multi-spec by-tag-name :tag) {:tag "a" :int "x"}))))

(defn plus-one [x] (inc x))
(s/fdef plus-one :args (s/cat :x int?) :ret int?)

(deftest fspec-and-fdef
  (is (= {:x 1} (s/conform (:args (s/get-spec `plus-one)) [1])))
  (is (= (s/get-spec `plus-one) (s/get-spec #'plus-one)))
  (is (= `(s/fspec :args (s/cat :x int?) :ret int? :fn nil) (s/form `plus-one)))
  (is (= '(fspec :args (cat :x int?) :ret int? :fn nil) (s/describe `plus-one)))
  (is (= "5 - failed: ifn?\n" (s/explain-str (s/fspec :args (s/cat :x int?) :ret string?) 5)))
  (is (= [{:path [] :pred 'ifn? :val 5 :via [] :in []}] (problems (s/fspec :args (s/cat :x int?)) 5)))
  (is (s/invalid? (s/conform (s/fspec :args (s/cat :x int?)) 5)))
  (is (thrown-with-msg? Exception #"Can't conform fspec without args spec: \(fspec :args nil :ret int\? :fn nil\)"
                        (s/conform (s/fspec :ret int?) inc)))
  #?(:mino
     (testing "conforming a fn calls it with generated arguments (test.check's generators in Clojure)"
       (is (s/valid? (s/fspec :args (s/cat :x int?) :ret int?) plus-one))
       (is (not (s/valid? (s/fspec :args (s/cat :x int?) :ret string?) plus-one)))
       (is (= [:ret] (:path (first (problems (s/fspec :args (s/cat :x int?) :ret string?) plus-one)))))
       (is (= '(apply fn) (:pred (first (problems (s/fspec :args (s/cat :x int?)) (fn [_] (throw (ex-info "boom" {}))))))))
       (is (= "boom" (:reason (first (problems (s/fspec :args (s/cat :x int?)) (fn [_] (throw (ex-info "boom" {})))))))))))

(deftest assertions
  (is (false? (s/check-asserts?)))
  (is (= "x" (s/assert int? "x")) "unchecked while check-asserts? is false")
  (try
    (s/check-asserts true)
    (is (true? (s/check-asserts?)))
    (is (= 1 (s/assert int? 1)))
    (let [e (try (s/assert int? "x") nil (catch Exception e e))]
      (is (= "Spec assertion failed\n\"x\" - failed: int?\n" (ex-message e)))
      (is (= :assertion-failed (::s/failure (ex-data e))))
      (is (= [{:path [] :pred `int? :val "x" :via [] :in []}] (::s/problems (ex-data e)))))
    (is (thrown? Exception (s/assert* ::str 1)))
    (is (= "x" (binding [s/*compile-asserts* false] (eval `(s/assert int? "x"))))
        "with *compile-asserts* false at expansion, assert is its value alone")
    (finally (s/check-asserts false)))
  (is (true? s/*compile-asserts*))
  (is (= 4 s/*recursion-limit*))
  (is (= 21 s/*fspec-iterations*)))

(deftest protocols
  (is (= 1 (s/conform* (s/spec int?) 1)))
  (is (= `int? (s/describe* (s/spec int?))))
  (is (satisfies? s/Spec (s/spec int?)))
  (is (s/spec? (s/specize* ::int)))
  (is (= [{:path [:p] :pred `int? :val "x" :via [:v] :in [:i]}]
         (s/explain* (s/spec int?) [:p] [:v] [:i] "x")))
  (is (= {::s/problems [{:path [] :pred `int? :val "x" :via [] :in []}] ::s/spec int? ::s/value "x"}
         (s/explain-data* int? [] [] [] "x"))))

#?(:mino
   (deftest generators
     (testing "mino's generators: gen returns a generator object; exercise samples it"
       (is (every? (fn [[v c]] (and (int? v) (= v c))) (s/exercise int? 20)))
       (is (= 10 (count (s/exercise ::pos))))
       (is (every? #(s/valid? ::person %) (map first (s/exercise ::person 30))))
       (is (every? #(s/valid? (s/cat :a int? :b (s/* string?)) %)
                   (map first (s/exercise (s/cat :a int? :b (s/* string?)) 20))))
       (is (every? vector? (map first (s/exercise (s/coll-of int? :kind vector? :min-count 2) 10))))
       (is (every? #(s/int-in-range? 1 5 %) (map first (s/exercise (s/int-in 1 5) 30))))
       (is (every? #(s/valid? (s/inst-in #inst "2000" #inst "2010") %)
                   (map first (s/exercise (s/inst-in #inst "2000" #inst "2010") 20))))
       (is (every? #(s/valid? (s/keys* :req-un [::kw]) %) (map first (s/exercise (s/keys* :req-un [::kw]) 10))))
       (is (every? #(s/valid? ::event %) (map first (s/exercise ::event 10))))
       (is (= '([42 42] [42 42]) (s/exercise (s/with-gen int? (fn [] (s/gen #{42}))) 2)))
       (is (seq? (s/exercise int? 2)) "a seq, as Clojure's")
       (is (= #{7} (set (map first (s/exercise ::int 5 {::int (fn [] (s/gen #{7}))})))))
       (is (every? (fn [[args ret]] (= ret (inc (first args)))) (s/exercise-fn `plus-one 5)))
       (is (thrown-with-msg? Exception #"Unable to construct gen at: \[\] for: " (s/gen (fn [x] x)))))))
