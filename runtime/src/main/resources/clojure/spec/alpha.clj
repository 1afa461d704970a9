(ns clojure.spec.alpha
  "Specs: predicates, collection and map shapes and sequence regexes over data, registered under
  namespaced keywords (or fn symbols), used to validate (valid?), destructure (conform, unform),
  report (explain), describe (form, describe) and generate (gen, exercise) values.

  Written for mino from clojure.spec.alpha's documented behaviour. Differences from Clojure's
  spec.alpha: generators are mino's own (no test.check): gen returns a generator object, which
  exercise and exercise-fn sample. See docs/compatibility.md."
  (:refer-clojure :exclude [and or keys merge def cat * + ? & assert]))

;; =============================================================================================
;; Settings

(def ^:dynamic *recursion-limit*
  "How many times a generator may recur through the same spec before it takes a non-recursive branch."
  4)

(def ^:dynamic *fspec-iterations*
  "How many generated argument lists conforming a fn to an fspec tries."
  21)

(def ^:dynamic *coll-check-limit*
  "How many elements of a collection every and every-kv check when conforming."
  101)

(def ^:dynamic *coll-error-limit*
  "The most element problems explain reports for one collection."
  20)

(def ^:dynamic *compile-asserts*
  "When false at macroexpansion time, assert expands to its value alone."
  true)

(defonce ^:private assert-checking
  (atom false))
(alter-meta! #'assert-checking assoc :doc "Whether assert checks at run time: this state's flag (check-asserts sets it).")

;; defonce: reloading the namespace keeps what was registered
(defonce ^:private registry-ref
  (atom {}))
(alter-meta! #'registry-ref assoc :doc "This state's registry: keyword or fn symbol -> spec, regex or spec keyword.")

;; =============================================================================================
;; Protocols

(defprotocol Spec
  "What every spec object does."
  (conform* [spec x] "x conformed by spec, or :clojure.spec.alpha/invalid.")
  (unform* [spec y] "The value that conforms by spec to y.")
  (explain* [spec path via in x] "The problems spec finds in x (a seq of maps), nil when there are none.")
  (gen* [spec overrides path rmap] "A generator of values valid for spec.")
  (with-gen* [spec gfn] "spec with gfn (a no-argument fn returning a generator) as its generator.")
  (describe* [spec] "spec's form, with symbols fully qualified."))

(defprotocol Specize
  "Turning a value (keyword, fn, set, regex ...) into a spec object."
  (specize* [_] [_ form] "The spec object for this value."))

;; =============================================================================================
;; Registry and names

(defn invalid?
  "True when ret is :clojure.spec.alpha/invalid, the value of a failed conform."
  [ret]
  (identical? ::invalid ret))

(defn regex?
  "x when it is a regex op (cat, alt, *, +, ?, &), else nil."
  [x]
  (when (clojure.core/and (map? x) (::op x)) x))

(defn spec?
  "x when it is a spec object (but not a regex op), else nil."
  [x]
  (when (satisfies? Spec x) x))

(defn registry
  "The map of every registered spec, by name."
  []
  @registry-ref)

(defn- spec-name
  "The registered name a spec carries, or the keyword itself."
  [x]
  (cond (ident? x) x
        (clojure.core/or (spec? x) (regex? x)) (::name (meta x))
        :else nil))

(defn- with-name
  "spec tagged with its registered name (kept in metadata)."
  [spec name]
  (cond (ident? spec) spec
        (clojure.core/or (spec? spec) (regex? spec)) (vary-meta spec assoc ::name name)
        :else spec))

(defn- reg-resolve
  "What k names in the registry, following aliases to a spec or regex; nil when unknown."
  [k]
  (if (ident? k)
    (let [reg @registry-ref
          direct (get reg k)]
      ;; as registered, with its own name: through an alias, explain names the spec aliased
      (if (ident? direct)
        (loop [spec direct, seen #{k}]
          (if (ident? spec)
            (when-not (contains? seen spec)
              (recur (get reg spec) (conj seen spec)))
            spec))
        direct))
    k))

(defn- reg-resolve!
  "Like reg-resolve, but an unknown name is an error."
  [k]
  (if (ident? k)
    (clojure.core/or (reg-resolve k) (throw (ex-info (str "Unable to resolve spec: " k) {::name k})))
    k))

(defn- fn-symbol
  "The qualified symbol a named fn prints as, or nil."
  [f]
  (when-let [[_ n] (re-matches #"#object\[([^\s\]\$]+/[^\s\]]+)\]" (str f))]
    (symbol n)))

(declare spec-impl regex-spec-impl)

(defn- specize
  "s as a spec object: registered names resolved, regexes wrapped, preds made specs."
  ([s] (cond (keyword? s) (specize* (reg-resolve! s))
             (spec? s) s
             :else (specize* s)))
  ([s form] (if (spec? s) s (specize* s form))))

(extend-protocol Specize
  clojure.lang.Keyword
  (specize* ([k] (specize* (reg-resolve! k))) ([k _] (specize* (reg-resolve! k))))
  clojure.lang.Symbol
  (specize* ([k] (specize* (reg-resolve! k))) ([k _] (specize* (reg-resolve! k))))
  Object
  (specize* ([o] (if (regex? o)
                   (with-name (regex-spec-impl o nil) (spec-name o))
                   (spec-impl (if (set? o) o (clojure.core/or (fn-symbol o) ::unknown)) o nil nil)))
    ([o form] (if (regex? o)
                (with-name (regex-spec-impl o nil) (spec-name o))
                (spec-impl form o nil nil)))))

(defn get-spec
  "The spec registered under k (a keyword, a symbol or a var naming an fdef'd fn), or nil."
  [k]
  (get @registry-ref (if (var? k) (symbol k) k)))

(defn def-impl
  "Registers spec under k (what def expands to); a nil spec removes k. Returns k."
  [k form spec]
  (clojure.core/assert (clojure.core/and (ident? k) (namespace k)) "k must be namespaced keyword or resolvable symbol")
  (if (nil? spec)
    (swap! registry-ref dissoc k)
    (let [stored (if (clojure.core/or (spec? spec) (regex? spec) (ident? spec))
                   spec
                   (spec-impl form spec nil nil))]
      (swap! registry-ref assoc k (with-name stored k))))
  k)

;; =============================================================================================
;; Forms: fully qualified when specs are made, abbreviated when described

(defn- res-symbol
  "sym fully qualified by the var it resolves to in the current namespace (kept as is when it names
  no var: locals, special forms, %)."
  [sym]
  (let [v (try (resolve sym) (catch Throwable _ nil))]
    (if (var? v) (symbol v) sym)))

(defn- first-param-sym?
  "True for the parameter #(...) reads for %: p1__<n>#."
  [x]
  (clojure.core/and (symbol? x) (some? (re-matches #"p1__\d+#" (name x)))))

(defn- replace-symbol
  "form with every occurrence of symbol from replaced by to."
  [form from to]
  (cond (= form from) to
        (seq? form) (apply list (map #(replace-symbol % from to) form))
        (vector? form) (mapv #(replace-symbol % from to) form)
        :else form))

(defn- unfn
  "A spec form that is a #(...) written back as (clojure.core/fn [%] body), its first parameter
  renamed %, as Clojure's forms show it; any other form as it is. Only the whole form is rewritten:
  a #(...) nested deeper keeps its fn* and parameters, as in Clojure."
  [form]
  (let [params (when (clojure.core/and (seq? form) (= 'fn* (first form))) (second form))
        p1 (when (vector? params) (first (filter first-param-sym? params)))]
    (if p1
      (apply list 'clojure.core/fn '[%] (replace-symbol (nnext form) p1 '%))
      form)))

(defn- qualify-symbols
  "form with every symbol in it qualified by res-symbol."
  [form]
  (cond (symbol? form) (res-symbol form)
        (seq? form) (apply list (map qualify-symbols form))
        (map-entry? form) form
        (vector? form) (mapv qualify-symbols form)
        (map? form) (into (empty form) (map (fn [[k v]] [(qualify-symbols k) (qualify-symbols v)]) form))
        (set? form) (into (empty form) (map qualify-symbols form))
        :else form))

(defn- res
  "A spec form as Clojure records it: symbols fully qualified, a #(...) written as (fn [%] ...)."
  [form]
  (qualify-symbols (unfn form)))

(defn abbrev
  "form shortened for people: symbols lose their namespace and (fn [%] body) becomes body."
  [form]
  (cond (seq? form)
        (if (clojure.core/and (symbol? (first form)) (= "fn" (name (first form)))
                              (= '[%] (second form)))
          (abbrev (last form))
          (apply list (map abbrev form)))
        (clojure.core/and (symbol? form) (namespace form)) (symbol (name form))
        (map-entry? form) form
        (vector? form) (mapv abbrev form)
        :else form))

;; =============================================================================================
;; Conforming and explaining any spec-like value

(defn- the-spec
  "The spec object spec-or-k names, an error when it names none."
  [spec-or-k]
  (clojure.core/or (spec? spec-or-k) (specize spec-or-k)))

(defn- dt
  "x conformed by pred, which is a spec, a spec name, a regex or a plain predicate (form names it)."
  ([pred x form] (dt pred x form nil))
  ([pred x form cpred?]
   (cond
     ;; plain fns first: they are the common case inside regexes and collections
     (fn? pred) (if cpred? (pred x) (if (pred x) x ::invalid))
     (nil? pred) x
     :else
     (if-let [spec (clojure.core/or (spec? pred) (regex? pred) (when (ident? pred) (reg-resolve! pred)))]
       (conform* (specize spec) x)
       (if cpred?
         (pred x)
         (if (pred x) x ::invalid))))))

(defn conform
  "x conformed by spec: a value destructured by the spec's branches, or :clojure.spec.alpha/invalid."
  [spec x]
  (conform* (specize spec) x))

(defn unform
  "The inverse of conform: the value that x, a conformed value, came from."
  [spec x]
  (unform* (specize spec) x))

(defn valid?
  "True when x conforms to spec."
  ([spec x] (not (invalid? (dt (specize spec) x ::unknown))))
  ([spec x form] (not (invalid? (dt (specize spec form) x form)))))

(defn- explain-1
  "The problems pred (named by form) finds in v, each with path, via and in."
  [form pred path via in v]
  (let [spec (clojure.core/or (spec? pred) (regex? pred) (when (ident? pred) (reg-resolve! pred)))
        via (if-let [n (spec-name spec)] (conj via n) via)]
    (if spec
      (explain* (specize spec) path via in v)
      (when (invalid? (dt pred v form))
        [{:path path :pred form :val v :via via :in in}]))))

(defn explain-data*
  "{::problems ::spec ::value} for spec's problems with x, given where x is; nil when there are none."
  [spec path via in x]
  (let [probs (explain* (specize spec) path via in x)]
    ;; kept as explain* made them: a vector from a single check, a seq from a composite one (as printed)
    (when (seq probs)
      {::problems probs ::spec spec ::value x})))

(defn explain-data
  "Why x does not conform to spec, as data: {::problems [{:path :pred :val :via :in} ...] ::spec
  ::value}; nil when it conforms."
  [spec x]
  (explain-data* spec [] (if-let [n (spec-name spec)] [n] []) [] x))

(defn explain-printer
  "Prints explain data as text, one line per problem (or Success!)."
  [ed]
  (if ed
    ;; the deepest problems first: by path length, then by in length
    (let [problems (sort-by (juxt #(- (count (:path %))) #(- (count (:in %)))) (::problems ed))]
      (doseq [{:keys [path pred val reason via in] :as prob} problems]
        (pr val)
        (print " - failed: ")
        (if reason (print reason) (pr (abbrev pred)))
        (when (seq in) (print (str " in: " (pr-str in))))
        (when (seq path) (print (str " at: " (pr-str path))))
        (when (seq via) (print (str " spec: " (pr-str (last via)))))
        (doseq [[k v] prob]
          (when-not (#{:path :pred :val :reason :via :in} k)
            (print (str "\n\t " (pr-str k) "  "))
            (pr v)))
        (newline)))
    (println "Success!")))

(def ^{:dynamic true :arglists '([ed])} *explain-out*
  "The fn explain prints explain data with (explain-printer unless rebound)."
  explain-printer)

(defn explain-out
  "Prints explain data ed with *explain-out*."
  [ed]
  (*explain-out* ed))

(defn explain
  "Prints why x does not conform to spec (or Success!)."
  [spec x]
  (explain-out (explain-data spec x)))

(defn explain-str
  "What explain prints, as a string."
  [spec x]
  (with-out-str (explain spec x)))

(defn form
  "spec's form, symbols fully qualified."
  [spec]
  (describe* (specize spec)))

(defn describe
  "spec's form, abbreviated."
  [spec]
  (abbrev (form spec)))

;; =============================================================================================
;; Generators (mino's own; no test.check)

(defn- generator
  "A generator: f takes a size and returns a random value."
  [f]
  {::generator f})

(defn- generate
  "One value from generator g at size."
  [g size]
  ((::generator g) size))

(defn- gen-return [x] (generator (fn [_] x)))

(defn- gen-fmap [f g] (generator (fn [size] (f (generate g size)))))

(defn- gen-one-of
  "A value from one of gens, chosen at random."
  [gens]
  (let [gens (vec gens)]
    (generator (fn [size] (generate (rand-nth gens) size)))))

(defn- gen-elements [xs] (let [xs (vec xs)] (generator (fn [_] (rand-nth xs)))))

(defn- gen-such-that
  "Values of g for which pred holds; gives up after 100 tries."
  [pred g form]
  (generator (fn [size]
               (loop [i 0]
                 (if (< i 100)
                   (let [v (generate g size)] (if (pred v) v (recur (inc i))))
                   (throw (ex-info (str "Couldn't satisfy such-that predicate after 100 tries: " (pr-str (abbrev form)))
                                   {::form form})))))))

(defn- gen-tuple [gens] (generator (fn [size] (mapv #(generate % size) gens))))

(defn- gen-vector
  "Vectors of g's values: between lo and hi elements."
  [g lo hi]
  (generator (fn [size]
               (let [n (clojure.core/+ lo (rand-int (inc (max 0 (- hi lo)))))]
                 (vec (repeatedly n #(generate g size)))))))

(defn- gen-int-range
  "Integers from lo (inclusive) to hi (exclusive)."
  [lo hi]
  (generator (fn [_] (clojure.core/+ lo (long (clojure.core/* (rand) (clojure.core/- hi lo)))))))

(defn- pad
  "n in decimal, zero-padded to width digits."
  [width n]
  (let [digits (str n)]
    (str (apply str (repeat (clojure.core/- width (count digits)) "0")) digits)))

(defn- civil-date
  "[year month day] of the day count days since 1970-01-01 (proleptic Gregorian calendar, computed
  by 400-year eras)."
  [days]
  (let [z (clojure.core/+ days 719468)
        era (quot (if (>= z 0) z (clojure.core/- z 146096)) 146097)
        day-of-era (clojure.core/- z (clojure.core/* era 146097))
        year-of-era (quot (clojure.core/- day-of-era (quot day-of-era 1460) (clojure.core/- (quot day-of-era 36524))
                                          (quot day-of-era 146096))
                          365)
        day-of-year (clojure.core/- day-of-era (clojure.core/* 365 year-of-era) (quot year-of-era 4)
                                    (clojure.core/- (quot year-of-era 100)))
        mp (quot (clojure.core/+ (clojure.core/* 5 day-of-year) 2) 153)
        day (inc (clojure.core/- day-of-year (quot (clojure.core/+ (clojure.core/* 153 mp) 2) 5)))
        month (if (< mp 10) (clojure.core/+ mp 3) (clojure.core/- mp 9))]
    [(clojure.core/+ year-of-era (clojure.core/* era 400) (if (<= month 2) 1 0)) month day]))

(defn- ms->inst
  "The inst ms milliseconds after the epoch, read from its #inst text: the reader builds it, so no
  interop grant is needed."
  [ms]
  (let [days (let [q (quot ms 86400000)] (if (clojure.core/and (neg? ms) (not (zero? (rem ms 86400000)))) (dec q) q))
        ms-of-day (clojure.core/- ms (clojure.core/* days 86400000))
        [y m d] (civil-date days)]
    (read-string (str "#inst \"" (pad 4 y) "-" (pad 2 m) "-" (pad 2 d)
                      "T" (pad 2 (quot ms-of-day 3600000)) ":" (pad 2 (mod (quot ms-of-day 60000) 60))
                      ":" (pad 2 (mod (quot ms-of-day 1000) 60)) "." (pad 3 (mod ms-of-day 1000)) "Z\""))))

(defn- gen-small-int [] (generator (fn [size] (- (rand-int (inc (clojure.core/* 2 (max 1 size)))) (max 1 size)))))

(def ^:private gen-chars "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")

(defn- rand-string [size]
  (apply str (repeatedly (rand-int (inc (min size 10))) #(rand-nth gen-chars))))

(defn- rand-name [] (str (rand-nth "abcdefghijklmnopqrstuvwxyz") (rand-string 6)))

(defn- rand-uuid []
  (let [hex "0123456789abcdef"
        part (fn [n] (apply str (repeatedly n #(rand-nth hex))))]
    (parse-uuid (str (part 8) "-" (part 4) "-4" (part 3) "-a" (part 3) "-" (part 12)))))

(defn- rand-double [size] (clojure.core/* (- (rand) 0.5) 2.0 (max 1 size) 10.0))

(declare gen)

(def ^:private pred-gens
  "Generators for the clojure.core predicates, by qualified symbol."
  (let [int-g (gen-small-int)
        pos-g (gen-fmap #(inc (abs (long %))) int-g)
        nat-g (gen-fmap #(abs (long %)) int-g)
        str-g (generator rand-string)
        kw-g (generator (fn [_] (keyword (rand-name))))
        qkw-g (generator (fn [_] (keyword (rand-name) (rand-name))))
        sym-g (generator (fn [_] (symbol (rand-name))))
        qsym-g (generator (fn [_] (symbol (rand-name) (rand-name))))
        dbl-g (generator rand-double)
        bool-g (gen-elements [true false])
        simple-g (gen-one-of [int-g str-g kw-g bool-g dbl-g])
        any-g (gen-one-of [int-g str-g kw-g bool-g (gen-return nil)])
        coll-g (gen-one-of [(gen-vector simple-g 0 5) (gen-fmap set (gen-vector simple-g 0 5))
                            (gen-fmap #(apply list %) (gen-vector simple-g 0 5))])
        map-g (gen-fmap #(into {} %) (gen-vector (gen-tuple [kw-g simple-g]) 0 5))]
    {'clojure.core/any? any-g, 'clojure.core/some? simple-g, 'clojure.core/number? (gen-one-of [int-g dbl-g])
     'clojure.core/integer? int-g, 'clojure.core/int? int-g, 'clojure.core/pos-int? pos-g
     'clojure.core/neg-int? (gen-fmap - pos-g), 'clojure.core/nat-int? nat-g
     'clojure.core/pos? pos-g, 'clojure.core/neg? (gen-fmap - pos-g), 'clojure.core/zero? (gen-return 0)
     'clojure.core/even? (gen-fmap #(clojure.core/* 2 %) int-g), 'clojure.core/odd? (gen-fmap #(inc (clojure.core/* 2 %)) int-g)
     'clojure.core/float? dbl-g, 'clojure.core/double? dbl-g, 'clojure.core/boolean? bool-g
     'clojure.core/string? str-g, 'clojure.core/keyword? kw-g, 'clojure.core/simple-keyword? kw-g
     'clojure.core/qualified-keyword? qkw-g, 'clojure.core/symbol? sym-g, 'clojure.core/simple-symbol? sym-g
     'clojure.core/qualified-symbol? qsym-g, 'clojure.core/ident? (gen-one-of [kw-g sym-g])
     'clojure.core/simple-ident? (gen-one-of [kw-g sym-g]), 'clojure.core/qualified-ident? (gen-one-of [qkw-g qsym-g])
     'clojure.core/uuid? (generator (fn [_] (rand-uuid)))
     'clojure.core/inst? (generator (fn [_] (ms->inst (long (clojure.core/* (rand) 2000000000000)))))
     'clojure.core/char? (generator (fn [_] (rand-nth gen-chars)))
     'clojure.core/nil? (gen-return nil), 'clojure.core/true? (gen-return true), 'clojure.core/false? (gen-return false)
     'clojure.core/vector? (gen-vector simple-g 0 5), 'clojure.core/list? (gen-fmap #(apply list %) (gen-vector simple-g 0 5))
     'clojure.core/seq? (gen-fmap #(apply list %) (gen-vector simple-g 0 5))
     'clojure.core/set? (gen-fmap set (gen-vector simple-g 0 5)), 'clojure.core/map? map-g
     'clojure.core/coll? coll-g, 'clojure.core/seqable? coll-g, 'clojure.core/sequential? (gen-vector simple-g 0 5)
     'clojure.core/associative? (gen-one-of [map-g (gen-vector simple-g 0 5)]), 'clojure.core/indexed? (gen-vector simple-g 0 5)
     'clojure.core/empty? (gen-elements [[] {} #{} '() nil ""])}))

(defn- no-gen!
  "The error for a spec with no generator."
  [path form]
  (throw (ex-info (str "Unable to construct gen at: " (pr-str path) " for: " (pr-str (abbrev form)))
                  {::path path ::form form ::failure :no-gen})))

(defn- gensub
  "A generator for spec at path: an override for its name or path first, then its own gen*."
  [spec overrides path rmap form]
  (let [spec (specize spec)
        name (spec-name spec)]
    (if-let [gfn (clojure.core/or (when name (get overrides name)) (get overrides path))]
      (gfn)
      (clojure.core/or (gen* spec overrides path rmap) (no-gen! path form)))))

(defn- pred-gen
  "A generator for a plain predicate, known by its form."
  [pred form]
  (cond (set? pred) (when (seq pred) (gen-elements pred))
        :else (let [sym (clojure.core/or (when (symbol? form) form) (fn-symbol pred))]
                (get pred-gens sym))))

(defn- recur-limit?
  "True when the generator has recurred through rmap's id more than *recursion-limit* times."
  [rmap id]
  (> (get rmap id 0) *recursion-limit*))

(defn- inck [m k] (assoc m k (inc (get m k 0))))

(defn- sub-gen
  "A generator for pred inside a composite spec at path; nil when there is none."
  [pred form overrides path rmap]
  (let [spec (clojure.core/or (spec? pred) (regex? pred) (when (ident? pred) (reg-resolve pred)))]
    (cond
      (clojure.core/and (ident? pred) (get overrides pred)) ((get overrides pred))
      (get overrides path) ((get overrides path))
      spec (if (clojure.core/and (ident? pred) (recur-limit? rmap pred))
             nil
             (gen* (specize spec) overrides path (if (ident? pred) (inck rmap pred) rmap)))
      :else (pred-gen pred form))))

(defn gen
  "A generator of values conforming to spec. overrides maps spec names or paths to no-argument fns
  returning generators. mino's generators are its own objects: sample them with exercise."
  ([spec] (gen spec nil))
  ([spec overrides] (gensub spec overrides [] {} (form spec))))

(defn- sample
  "n values of generator g, at sizes 0 to n-1, as a seq."
  [g n]
  (apply list (map #(generate g %) (range n))))

(defn exercise
  "A seq of n (default 10) pairs [value conformed-value] for values generated from spec."
  ([spec] (exercise spec 10))
  ([spec n] (exercise spec n nil))
  ([spec n overrides]
   (apply list (map (fn [v] [v (conform spec v)]) (sample (gen spec overrides) n)))))

(defn exercise-fn
  "A seq of n (default 10) pairs [args ret] from calling the fn named by sym (or f) with argument
  lists generated from its fspec's :args."
  ([sym] (exercise-fn sym 10))
  ([sym n] (exercise-fn sym n (get-spec sym)))
  ([sym-or-f n fspec]
   (let [f (if (symbol? sym-or-f) @(resolve sym-or-f) sym-or-f)
         args-spec (clojure.core/or (:args fspec) (throw (ex-info "No :args spec" {::fn sym-or-f})))
         arg-lists (sample (gen args-spec) n)]
     (apply list (map (fn [args] [args (apply f args)]) arg-lists)))))

;; =============================================================================================
;; Spec objects

(defn spec-impl
  "A spec from a predicate (or a spec, regex or name), with form describing it; gfn is its generator
  fn, cpred? says pred returns conformed values, unc unforms."
  ([form pred gfn cpred?] (spec-impl form pred gfn cpred? nil))
  ([form pred gfn cpred? unc]
   (cond
     (spec? pred) (if gfn (with-gen* pred gfn) pred)
     (regex? pred) (regex-spec-impl pred gfn)
     (ident? pred) (let [s (the-spec pred)] (if gfn (with-gen* s gfn) s))
     :else
     (reify
       Specize
       (specize* [s] s)
       (specize* [s _] s)
       Spec
       (conform* [_ x] (let [ret (pred x)] (if cpred? ret (if ret x ::invalid))))
       (unform* [_ x] (if cpred?
                        (if unc (unc x) (throw (ex-info "no unform fn for conformer" {::form form})))
                        x))
       (explain* [_ path via in x]
         (when (invalid? (dt pred x form cpred?))
           [{:path path :pred form :val x :via via :in in}]))
       (gen* [_ _ _ _] (if gfn (gfn) (pred-gen pred form)))
       (with-gen* [_ gfn] (spec-impl form pred gfn cpred? unc))
       (describe* [_] form)))))

(defmacro spec
  "A spec object from a predicate, spec name or regex (a regex becomes a single element when nested
  in another regex). :gen gives a no-argument fn returning a generator."
  [form & {:keys [gen]}]
  (when form
    `(spec-impl '~(res form) ~form ~gen nil)))

(defn with-gen
  "spec with gen-fn (a no-argument fn returning a generator) as its generator."
  [spec gen-fn]
  (let [spec (reg-resolve spec)]
    (if (regex? spec)
      (assoc spec ::gfn gen-fn)
      (with-gen* (specize spec) gen-fn))))

(defn nonconforming
  "A spec that checks as spec does but conforms a value to itself."
  [spec]
  (let [spec (delay (specize spec))]
    (reify
      Specize
      (specize* [s] s)
      (specize* [s _] s)
      Spec
      (conform* [_ x] (if (invalid? (conform* @spec x)) ::invalid x))
      (unform* [_ x] x)
      (explain* [_ path via in x] (explain* @spec path via in x))
      (gen* [_ overrides path rmap] (gen* @spec overrides path rmap))
      (with-gen* [_ gfn] (nonconforming (with-gen* @spec gfn)))
      (describe* [_] `(nonconforming ~(describe* @spec))))))

(defn and-spec-impl
  "The spec of and: x conformed by each pred in turn."
  [forms preds gfn]
  (let [conform-all (fn [x] (reduce (fn [v [p f]] (let [r (dt p v f)] (if (invalid? r) (reduced r) r)))
                                    x (map vector preds forms)))]
    (reify
      Specize
      (specize* [s] s)
      (specize* [s _] s)
      Spec
      (conform* [_ x] (conform-all x))
      (unform* [_ x] (reduce (fn [v p] (unform p v)) x (reverse preds)))
      (explain* [_ path via in x]
        (loop [v x, ps preds, fs forms]
          (when (seq ps)
            (let [r (dt (first ps) v (first fs))]
              (if (invalid? r)
                (explain-1 (first fs) (first ps) path via in v)
                (recur r (rest ps) (rest fs)))))))
      (gen* [_ overrides path rmap]
        (if gfn
          (gfn)
          (when-let [g (sub-gen (first preds) (first forms) overrides path rmap)]
            (gen-such-that #(not (invalid? (conform-all %))) g (cons `and forms)))))
      (with-gen* [_ gfn] (and-spec-impl forms preds gfn))
      (describe* [_] (cons `and forms)))))

(defn- tagged
  "The conformed value of a branch: a map entry [k v]."
  [k v]
  (first {k v}))

(defn or-spec-impl
  "The spec of or: x conformed by the first matching branch, as [key conformed]."
  [keys forms preds gfn]
  (let [by-key (zipmap keys preds)]
    (reify
      Specize
      (specize* [s] s)
      (specize* [s _] s)
      Spec
      (conform* [_ x]
        (loop [ks keys, ps preds, fs forms]
          (if (seq ps)
            (let [r (dt (first ps) x (first fs))]
              (if (invalid? r) (recur (rest ks) (rest ps) (rest fs)) (tagged (first ks) r)))
            ::invalid)))
      (unform* [_ [k x]] (unform (by-key k) x))
      (explain* [this path via in x]
        (when (invalid? (conform* this x))
          (mapcat (fn [k p f] (explain-1 f p (conj path k) via in x)) keys preds forms)))
      (gen* [_ overrides path rmap]
        (if gfn
          (gfn)
          (let [gs (keep identity (map (fn [k p f] (sub-gen p f overrides (conj path k) rmap)) keys preds forms))]
            (when (seq gs) (gen-one-of gs)))))
      (with-gen* [_ gfn] (or-spec-impl keys forms preds gfn))
      (describe* [_] (cons `or (interleave keys forms))))))

(defn nilable-impl
  "The spec of nilable: nil, or a value of pred."
  [form pred gfn]
  (reify
    Specize
    (specize* [s] s)
    (specize* [s _] s)
    Spec
    (conform* [_ x] (if (nil? x) nil (dt pred x form)))
    (unform* [_ x] (if (nil? x) nil (unform pred x)))
    (explain* [_ path via in x]
      (when-not (clojure.core/or (nil? x) (not (invalid? (dt pred x form))))
        ;; conj, as Clojure does: after a vector of problems, before a seq of them
        (conj (explain-1 form pred (conj path ::pred) via in x)
              {:path (conj path ::nil) :pred 'nil? :val x :via via :in in})))
    (gen* [_ overrides path rmap]
      (if gfn
        (gfn)
        (let [g (sub-gen pred form overrides (conj path ::pred) rmap)]
          (if g (gen-one-of [(gen-return nil) g g g]) (gen-return nil)))))
    (with-gen* [_ gfn] (nilable-impl form pred gfn))
    (describe* [_] `(nilable ~form))))

(defn tuple-impl
  "The spec of tuple: a vector with one value per pred."
  ([forms preds] (tuple-impl forms preds nil))
  ([forms preds gfn]
   (let [n (count preds)]
     (reify
       Specize
       (specize* [s] s)
       (specize* [s _] s)
       Spec
       (conform* [_ x]
         (if (clojure.core/and (vector? x) (= n (count x)))
           (loop [i 0, ret x]
             (if (< i n)
               (let [r (dt (nth preds i) (nth x i) (nth forms i))]
                 (if (invalid? r) ::invalid (recur (inc i) (if (identical? r (nth x i)) ret (assoc ret i r)))))
               ret))
           ::invalid))
       (unform* [_ x] (mapv (fn [p v] (unform p v)) preds x))
       (explain* [_ path via in x]
         (cond (not (vector? x)) [{:path path :pred `vector? :val x :via via :in in}]
               (not= n (count x)) [{:path path :pred `(= (count ~'%) ~n) :val x :via via :in in}]
               :else (mapcat (fn [i p f] (explain-1 f p (conj path i) via (conj in i) (nth x i)))
                             (range n) preds forms)))
       (gen* [_ overrides path rmap]
         (if gfn
           (gfn)
           (let [gs (map (fn [i p f] (sub-gen p f overrides (conj path i) rmap)) (range n) preds forms)]
             (when (every? some? gs) (gen-tuple gs)))))
       (with-gen* [_ gfn] (tuple-impl forms preds gfn))
       (describe* [_] (cons `tuple forms))))))

;; ---- collections ----

(defn- count-problem
  "The form of the count check x fails, or nil."
  [x {:keys [count min-count max-count]}]
  (cond (clojure.core/and count (not= count (clojure.core/count x)))
        `(= ~count (count ~'%))
        (clojure.core/and (clojure.core/or min-count max-count)
                          (not (<= (clojure.core/or min-count 0) (clojure.core/count x)
                                   (clojure.core/or max-count 2147483647))))
        `(<= ~(clojure.core/or min-count 0) (count ~'%) ~(clojure.core/or max-count 'Integer/MAX_VALUE))
        :else nil))

(defn- shape-problem
  "[pred-form] of the first whole-collection check x fails (kind, count, distinct), or nil."
  [x {:keys [kind distinct] :as opts}]
  (cond (not (if kind (kind x) (coll? x))) (clojure.core/or (::kind-form opts) `coll?)
        (count-problem x opts) (count-problem x opts)
        (clojure.core/and distinct (seq x) (not (apply distinct? x))) `distinct?
        :else nil))

(defn- rebuild
  "The conformed (or unformed) elements xs in a collection like x (or like :into)."
  [x target xs]
  (cond (clojure.core/and (list? target) (empty? target)) (apply list xs)
        target (into (empty target) xs)
        (map? x) (into (empty x) xs)
        (vector? x) (vec xs)
        (set? x) (into (empty x) xs)
        (list? x) (apply list xs)
        :else (doall (seq xs))))

(defn- kind-proto
  "An empty collection of the kind a generated collection should have."
  [into kind-form]
  (cond into (empty into)
        (= kind-form `map?) {}
        (= kind-form `set?) #{}
        (#{`list? `seq?} kind-form) ()
        :else []))

(defn- conform-elements
  "x's elements conformed by pred, in a collection like x (or :into's); ::invalid when one fails. A
  map's keys stay as they are unless conform-keys."
  [x pred form {conform-into :into, :keys [conform-keys]}]
  (let [key-kept? (clojure.core/and (map? x) (not conform-keys))
        xs (reduce (fn [acc v]
                     (let [r (dt pred v form)]
                       (cond (invalid? r) (reduced ::invalid)
                             key-kept? (conj acc [(nth v 0) (nth r 1)])
                             :else (conj acc r))))
                   [] x)]
    (if (invalid? xs) ::invalid (rebuild x conform-into xs))))

(defn- collection-gen
  "A generator of collections of g's values with the shape opts ask for."
  [g {conform-into :into, :keys [count min-count max-count gen-max], :or {gen-max 20} :as opts}]
  (let [lo (clojure.core/or count min-count 0)
        hi (clojure.core/or count max-count (max gen-max lo))
        kinded (fn [v] (rebuild (kind-proto conform-into (::kind-form opts)) nil v))]
    (gen-such-that #(nil? (shape-problem % opts))
                   (gen-fmap kinded (gen-vector g lo hi))
                   (::describe opts))))

(defn every-impl
  "The spec of every, every-kv, coll-of and map-of: a collection whose elements satisfy pred, with
  options as those macros take."
  ([form pred opts] (every-impl form pred opts nil))
  ([form pred opts gfn]
   (let [{conform-into :into, kfn ::kfn, all ::conform-all} opts
         kfn (clojure.core/or kfn (fn [i _] i))]
     (reify
       Specize
       (specize* [s] s)
       (specize* [s _] s)
       Spec
       (conform* [_ x]
         (cond
           (shape-problem x opts) ::invalid
           all (conform-elements x pred form opts)
           :else (if (every? #(not (invalid? (dt pred % form))) (take *coll-check-limit* x)) x ::invalid)))
       (unform* [_ x]
         (if all
           (rebuild x conform-into (map #(unform pred %) x))
           x))
       (explain* [_ path via in x]
         (if-let [shape (shape-problem x opts)]
           [{:path path :pred shape :val x :via via :in in}]
           (->> (map-indexed (fn [i v] (explain-1 form pred path via (conj in (kfn i v)) v)) x)
                (mapcat identity)
                (#(if all % (take *coll-error-limit* %)))
                seq)))
       (gen* [_ overrides path rmap]
         (if gfn
           (gfn)
           (some-> (sub-gen pred form overrides path rmap) (collection-gen opts))))
       (with-gen* [_ gfn] (every-impl form pred opts gfn))
       (describe* [_] (clojure.core/or (::describe opts) `(every ~form)))))))

(defn- opts-form
  "The options of a collection macro in the order given, as its form shows them (only :kind's value
  qualified)."
  [opts]
  (mapcat (fn [[k v]] [k (if (= :kind k) (res v) v)]) (partition 2 opts)))

(defn- every-opts
  "The options map every-impl receives from a collection macro."
  [opts kind-default describe-form extra]
  (let [m (apply hash-map opts)
        kind (get m :kind kind-default)]
    `(clojure.core/merge ~(dissoc m :gen)
                         {:kind ~kind ::kind-form '~(res kind) ::describe '~describe-form}
                         ~extra)))

(defmacro every
  "A spec for a collection whose elements satisfy pred; conforming checks up to *coll-check-limit*
  elements and returns the collection unchanged. Options: :kind :count :min-count :max-count
  :distinct :into :gen-max :gen."
  [pred & opts]
  (let [m (apply hash-map opts)]
    `(every-impl '~(res pred) ~pred
                 ~(every-opts opts (get m :kind) `(every ~(res pred) ~@(opts-form opts)) nil)
                 ~(:gen m))))

(alter-meta! #'every assoc :arglists
             '([pred & {:keys [into kind count max-count min-count distinct gen-max gen] :as opts}]))

(defmacro coll-of
  "A spec for a collection whose elements all conform to pred; conforms to a collection of the
  conformed elements (of the same kind, or :into's). Options as every."
  [pred & opts]
  (let [m (apply hash-map opts)]
    `(every-impl '~(res pred) ~pred
                 ~(every-opts opts (get m :kind) `(coll-of ~(res pred) ~@(opts-form opts)) {::conform-all true})
                 ~(:gen m))))

(defmacro every-kv
  "A spec for a map whose entries have keys satisfying kpred and values satisfying vpred, checked
  as every checks."
  [kpred vpred & opts]
  (let [m (apply hash-map opts)]
    `(every-impl '(tuple ~(res kpred) ~(res vpred)) (tuple-impl '[~(res kpred) ~(res vpred)] [~kpred ~vpred])
                 ~(every-opts opts nil `(every-kv ~(res kpred) ~(res vpred) ~@(opts-form opts))
                              {:into {} ::kfn `(fn [~'i ~'v] (nth ~'v 0))})
                 ~(:gen m))))

(defmacro map-of
  "A spec for a map whose keys conform to kpred and values to vpred; conforms the values (and the
  keys with :conform-keys true). Options as every."
  [kpred vpred & opts]
  (let [m (apply hash-map opts)]
    `(every-impl '(tuple ~(res kpred) ~(res vpred)) (tuple-impl '[~(res kpred) ~(res vpred)] [~kpred ~vpred])
                 ~(every-opts opts `map? `(map-of ~(res kpred) ~(res vpred) ~@(opts-form opts))
                              {:into {} ::conform-all true ::kfn `(fn [~'i ~'v] (nth ~'v 0))})
                 ~(:gen m))))

;; ---- maps ----

(declare flatten-req-keys flatten-req-specs)

(defn- key-specs
  "A fn from a map key to the name of the registered spec its value must conform to, or nil: the
  listed keys' specs (unqualified keys included), and any other namespaced key's own spec."
  [{:keys [req-keys req-specs opt-keys opt-specs]}]
  (let [key->spec (zipmap (concat req-keys opt-keys) (concat req-specs opt-specs))]
    (fn [k]
      (let [s (clojure.core/or (get key->spec k) (when (keyword? k) k))]
        (when (clojure.core/and s (reg-resolve s)) s)))))

(defn- keys-gen
  "A generator of maps with every required key and some of the optional ones; nil when a required
  key's spec has none."
  [{:keys [opt-keys opt-specs] :as argm} overrides path rmap]
  (let [entry-gen (fn [k s] (when-not (recur-limit? rmap s)
                              (when-let [g (sub-gen s s overrides (conj path k) rmap)]
                                [k g])))
        req (map entry-gen (flatten-req-keys argm) (flatten-req-specs argm))
        opt (keep identity (map entry-gen opt-keys opt-specs))]
    (when (every? some? req)
      (generator (fn [size]
                   (into {} (concat (map (fn [[k g]] [k (generate g size)]) req)
                                    (keep (fn [[k g]] (when (< (rand) 0.5) [k (generate g size)])) opt))))))))

(defn map-spec-impl
  "The spec of keys, from the map the macro builds: :req :opt :req-un :opt-un (as given),
  :req-keys :opt-keys (the map keys), :req-specs :opt-specs (their specs), :pred-exprs and
  :pred-forms (the required-key checks), :keys-pred, :gfn."
  [{:keys [req-un opt-un keys-pred pred-exprs opt-keys req-specs req req-keys opt-specs pred-forms opt gfn]
    :as argm}]
  (let [spec-of (key-specs argm)]
    (reify
      Specize
      (specize* [s] s)
      (specize* [s _] s)
      Spec
      (conform* [_ x]
        (if (clojure.core/and (map? x) (keys-pred x))
          (reduce (fn [m k]
                    (if-let [s (spec-of k)]
                      (let [v (get x k), r (conform s v)]
                        (cond (invalid? r) (reduced ::invalid)
                              (identical? r v) m
                              :else (assoc m k r)))
                      m))
                  x (clojure.core/keys x))
          ::invalid))
      (unform* [_ x]
        (reduce (fn [m k] (if-let [s (spec-of k)] (assoc m k (unform s (get x k))) m))
                x (clojure.core/keys x)))
      (explain* [_ path via in x]
        (if-not (map? x)
          [{:path path :pred `map? :val x :via via :in in}]
          (concat
           (keep (fn [[f p]] (when-not (p x) {:path path :pred f :val x :via via :in in}))
                 (map vector pred-forms pred-exprs))
           (mapcat (fn [[k v]]
                     (when-let [s (spec-of k)]
                       (when (invalid? (conform s v))
                         (explain-1 s s (conj path k) via (conj in k) v))))
                   x))))
      (gen* [_ overrides path rmap]
        (if gfn (gfn) (keys-gen argm overrides path rmap)))
      (with-gen* [_ gfn] (map-spec-impl (assoc argm :gfn gfn)))
      (describe* [_]
        (cons `keys (concat (when req [:req req]) (when opt [:opt opt])
                            (when req-un [:req-un req-un]) (when opt-un [:opt-un opt-un])))))))

(defn- req-names
  "The spec names in a :req vector, or and and groups included."
  [req]
  (mapcat #(if (seq? %) (req-names (rest %)) [%]) req))

(defn- flatten-req-keys
  "The map keys a generated map gets for :req and :req-un (every name of or/and groups)."
  [{:keys [req req-un]}]
  (concat (req-names req) (map #(keyword (name %)) (req-names req-un))))

(defn- flatten-req-specs
  "The specs of flatten-req-keys' keys."
  [{:keys [req req-un]}]
  (concat (req-names req) (req-names req-un)))

(defn- req-check-form
  "The check form for one :req entry (k, or an (or ...)/(and ...) group), on % ; keyfn maps a spec
  name to its map key."
  [entry keyfn]
  (if (seq? entry)
    (cons (if (= "or" (name (first entry))) 'clojure.core/or 'clojure.core/and)
          (map #(req-check-form % keyfn) (rest entry)))
    `(contains? ~'% ~(keyfn entry))))

(defmacro keys
  "A spec for a map: :req and :opt name specs of namespaced keys, :req-un and :opt-un specs whose
  keys are unqualified; :req entries may combine keys with (or ...) and (and ...). Every namespaced
  key present with a registered spec is checked, listed or not. :gen gives a generator fn."
  [& {:keys [req req-un opt opt-un gen]}]
  (clojure.core/assert (every? qualified-keyword? (concat (req-names req) (req-names req-un) opt opt-un))
                       "all keys must be namespace-qualified keywords")
  (let [un-key #(keyword (name %))
        checks (concat (map #(req-check-form % identity) req) (map #(req-check-form % un-key) req-un))
        forms (map (fn [c] `(fn [~'%] ~c)) checks)]
    `(map-spec-impl {:req '~req :req-un '~req-un :opt '~opt :opt-un '~opt-un
                     :req-keys '~(vec (concat (req-names req) (map un-key (req-names req-un))))
                     :req-specs '~(vec (concat (req-names req) (req-names req-un)))
                     :opt-keys '~(vec (concat opt (map un-key opt-un)))
                     :opt-specs '~(vec (concat opt opt-un))
                     :pred-forms '~(vec (map res forms))
                     :pred-exprs [~@forms]
                     :keys-pred (fn [~'%] (clojure.core/and true ~@checks))
                     :gfn ~gen})))

(defn merge-spec-impl
  "The spec of merge: a map valid for every spec, conformed by each in turn (later keys win)."
  [forms preds gfn]
  (reify
    Specize
    (specize* [s] s)
    (specize* [s _] s)
    Spec
    (conform* [_ x]
      (let [rs (map #(dt %1 x %2) preds forms)]
        (if (some invalid? rs) ::invalid (apply clojure.core/merge rs))))
    (unform* [_ x] (apply clojure.core/merge (map #(unform % x) (reverse preds))))
    (explain* [_ path via in x]
      (mapcat #(explain-1 %1 %2 path via in x) forms preds))
    (gen* [_ overrides path rmap]
      (if gfn
        (gfn)
        (let [gs (map #(sub-gen %1 %2 overrides path rmap) preds forms)]
          (when (every? some? gs)
            (generator (fn [size] (apply clojure.core/merge (map #(generate % size) gs))))))))
    (with-gen* [_ gfn] (merge-spec-impl forms preds gfn))
    (describe* [_] (cons `merge forms))))

(defmacro merge
  "A spec for a map valid for every one of the map specs (keys, multi-spec ...); conforms by each
  and merges the results."
  [& pred-forms]
  `(merge-spec-impl '~(mapv res pred-forms) [~@pred-forms] nil))

;; ---- multi-spec ----

(defn multi-spec-impl
  "The spec of multi-spec: the spec for x is what multimethod mmvar's method for x returns; retag
  (a key or fn) tags generated values with their dispatch value."
  ([form mmvar retag] (multi-spec-impl form mmvar retag nil))
  ([form mmvar retag gfn]
   (let [dispatch-of (fn [x] ((clojure.core/-multi-dispatch-fn @mmvar) x))
         spec-for (fn [x] (when-let [method (get-method @mmvar (dispatch-of x))] (method x)))]
     (reify
       Specize
       (specize* [s] s)
       (specize* [s _] s)
       Spec
       (conform* [_ x] (if-let [s (spec-for x)] (dt s x form) ::invalid))
       (unform* [_ x]
         (if-let [s (spec-for x)]
           (unform s x)
           (throw (ex-info (str "No method of: " form " for dispatch value: " (dispatch-of x)) {}))))
       (explain* [_ path via in x]
         (let [path (conj path (dispatch-of x))]
           (if-let [s (spec-for x)]
             (explain-1 form s path via in x)
             [{:path path :pred form :val x :reason "no method" :via via :in in}])))
       (gen* [_ overrides path rmap]
         (if gfn
           (gfn)
           (let [gs (keep (fn [[dv method]]
                            (when (not= dv :default)
                              (when-let [g (sub-gen (method nil) (method nil) overrides (conj path dv) rmap)]
                                (gen-fmap #(if (keyword? retag) (assoc % retag dv) (retag % dv)) g))))
                          (methods @mmvar))]
             (when (seq gs) (gen-one-of gs)))))
       (with-gen* [_ gfn] (multi-spec-impl form mmvar retag gfn))
       (describe* [_] `(multi-spec ~form ~retag))))))

(defmacro multi-spec
  "A spec whose spec for a value is what multimethod mm returns for it (open to new methods).
  retag is the key (or a fn of value and dispatch value) generated values get their tag from."
  [mm retag]
  `(multi-spec-impl '~(res mm) (var ~mm) ~retag))

;; =============================================================================================
;; Regex ops: maps with ::op, matched by derivatives (each input element turns the op into the op
;; that matches the rest), so no backtracking is needed.

(defn- accept [x] {::op ::accept :ret x})

(defn- accept? [p] (clojure.core/and (map? p) (= ::accept (::op p))))

(defn- regex-of
  "p as a regex op (a name resolved), or nil when it is a single-element predicate."
  [p]
  (cond (fn? p) nil
        (ident? p) (regex? (reg-resolve p))
        :else (regex? p)))

(defn- pcat
  "A cat op, with leading components already matched folded into :ret."
  [m]
  (loop [m m]
    (let [ps (:ps m)]
      (cond (empty? ps) (accept (:ret m))
            (accept? (first ps))
            (let [v (:ret (first ps)), ks (:ks m), k (first ks)]
              (recur (assoc m :ps (subvec ps 1) :ks (when ks (subvec ks 1)) :forms (subvec (:forms m) 1)
                            :ret (if (clojure.core/or (= v ::nil) (nil? k)) (:ret m) (assoc (:ret m) k v)))))
            :else m))))

(defn cat-impl
  "The regex op of cat."
  [ks ps forms]
  (pcat {::op ::pcat :ps (vec ps) :ks (vec ks) :forms (vec forms) :ret {}}))

(defn- alt*
  "An alt op over ps (nils dropped), keyed by ks or untagged (ks nil)."
  [ps ks forms maybe]
  (let [live (filter (comp some? first) (map vector ps (clojure.core/or ks (repeat nil)) forms))]
    (cond (empty? live) nil
          (clojure.core/and (= 1 (count live)) (nil? ks)) (ffirst live)
          (clojure.core/and (= 1 (count live)) (accept? (ffirst live)))
          (let [[p k] (first live)] (accept (tagged k (:ret p))))
          :else {::op ::alt :ps (mapv first live) :ks (when ks (mapv second live))
                 :forms (mapv #(nth % 2) live) :maybe maybe})))

(defn- alt2
  "The untagged choice between ops a and b, either of which may be nil (no match); the common case of
  alt* kept cheap, since cat and rep make one per input element."
  [a b]
  (cond (nil? a) b
        (nil? b) a
        :else {::op ::alt :ps [a b] :ks nil :forms [nil nil] :maybe nil}))

(defn alt-impl
  "The regex op of alt."
  [ks ps forms]
  {::op ::alt :ps (vec ps) :ks (vec ks) :forms (vec forms) :maybe nil})

(defn maybe-impl
  "The regex op of ?: p or nothing."
  [p form]
  {::op ::alt :ps [p (accept ::nil)] :ks nil :forms [form ::nil] :maybe form})

(defn rep-impl
  "The regex op of *."
  [form p]
  {::op ::rep :p1 p :p2 p :ret [] :forms form :min 0})

(defn rep+impl
  "The regex op of +."
  [form p]
  {::op ::rep :p1 p :p2 p :ret [] :forms form :min 1})

(defn amp-impl
  "The regex op of &: re, whose match must then conform to every pred."
  [re re-form preds pred-forms]
  {::op ::amp :p1 re :amp re-form :ps (vec preds) :forms (vec pred-forms)})

(declare accept-nil? preturn skip-value)

(defn- fresh? [{:keys [p1 p2]}] (identical? p1 p2))

(defn- amp-check
  "The matched value v of an & op conformed by its preds, or ::invalid."
  [{:keys [ps forms]} v]
  (reduce (fn [v [p f]] (let [r (dt p v f)] (if (invalid? r) (reduced r) r))) v (map vector ps forms)))

(defn- accept-nil?
  "True when p matches the empty input."
  [p]
  (if-let [r (regex-of p)]
    (case (::op r)
      ::accept true
      ::pcat (every? accept-nil? (:ps r))
      ::alt (boolean (some accept-nil? (:ps r)))
      ::rep (if (fresh? r)
              (clojure.core/or (>= (count (:ret r)) (:min r)) (accept-nil? (:p2 r)))
              (clojure.core/and (accept-nil? (:p1 r)) (>= (inc (count (:ret r))) (:min r))))
      ::amp (clojure.core/and (accept-nil? (:p1 r)) (not (invalid? (amp-check r (preturn (:p1 r)))))))
    false))

(defn- preturn
  "What p returns when it matches the empty input (accept-nil? holds)."
  [p]
  (let [r (regex-of p)]
    (case (::op r)
      ::accept (:ret r)
      ::pcat (:ret (pcat (assoc r :ps (mapv #(accept (skip-value %)) (:ps r)))))
      ::alt (let [[p k] (first (filter (comp accept-nil? first) (map vector (:ps r) (clojure.core/or (:ks r) (repeat nil)))))
                  v (preturn p)]
              (if (:ks r) (tagged k v) v))
      ::rep (if (fresh? r) (:ret r) (conj (:ret r) (preturn (:p1 r))))
      ::amp (amp-check r (preturn (:p1 r))))))

(defn- skip-value
  "The value a cat records for a component that matched nothing: ::nil (left out) for an unstarted *."
  [p]
  (let [r (regex-of p)]
    (if (clojure.core/and (= ::rep (::op r)) (fresh? r) (empty? (:ret r)))
      ::nil
      (preturn p))))

(defn- rep-step
  "A rep op after its current element op became p1."
  [r p1]
  (cond (nil? p1) nil
        (accept? p1) (assoc r :p1 (:p2 r) :ret (conj (:ret r) (:ret p1)))
        :else (assoc r :p1 p1)))

(defn- deriv
  "The op matching what follows x in an input p matches; nil when no match can start with x. Derived
  ops are new ops: they do not carry the registered name of the op they came from."
  [p x]
  (if-let [r (when-let [r (regex-of p)] (if (meta r) (with-meta r nil) r))]
    (case (::op r)
      ::accept nil
      ::pcat (let [{:keys [ps ks forms]} r
                   p0 (first ps)
                   consumed (when-let [d (deriv p0 x)] (pcat (assoc r :ps (assoc ps 0 d))))
                   skipped (when (accept-nil? p0)
                             (let [v (skip-value p0), k (first ks)]
                               (deriv (pcat (assoc r :ps (subvec ps 1) :ks (when ks (subvec ks 1)) :forms (subvec forms 1)
                                                   :ret (if (clojure.core/or (= v ::nil) (nil? k)) (:ret r) (assoc (:ret r) k v))))
                                      x)))]
               (alt2 consumed skipped))
      ::alt (alt* (mapv #(deriv % x) (:ps r)) (:ks r) (:forms r) (:maybe r))
      ::rep (let [continued (rep-step r (deriv (:p1 r) x))
                  restarted (when (clojure.core/and (not (fresh? r)) (accept-nil? (:p1 r)))
                              (rep-step (assoc r :p1 (:p2 r) :ret (conj (:ret r) (preturn (:p1 r))))
                                        (deriv (:p2 r) x)))]
              (alt2 continued restarted))
      ::amp (when-let [p1 (deriv (:p1 r) x)]
              (if (accept? p1)
                (let [v (amp-check r (:ret p1))] (when-not (invalid? v) (accept v)))
                (assoc r :p1 p1))))
    (let [v (dt p x ::unknown)]
      (when-not (invalid? v) (accept v)))))

(defn- op-describe
  "The form of regex op p (or the form of a single-element pred, given)."
  [p]
  (let [r (regex? p)]
    (case (::op r)
      ::accept nil
      ::pcat (cons `cat (interleave (:ks r) (:forms r)))
      ::alt (if (:maybe r) `(? ~(:maybe r)) (cons `alt (interleave (:ks r) (:forms r))))
      ::rep (list (if (pos? (:min r)) `+ `*) (:forms r))
      ::amp (list* 'clojure.spec.alpha/& (:amp r) (:forms r))
      nil)))

(defn- insufficient
  "The problem of input ending where form was expected."
  [path form via in]
  [{:path path :reason "Insufficient input" :pred form :val () :via via :in in}])

(defn- op-explain
  "The problems at the point where p failed: input is what was left (empty when it ran out)."
  [form p path via in input]
  (let [r (regex-of p)
        x (first input)
        ;; a named op or pred adds its name here, and explain-1 adds a pred's name again: Clojure's via
        via (if-let [n (spec-name (if (ident? p) (reg-resolve! p) p))] (conj via n) via)]
    (if-not r
      (if (empty? input)
        (insufficient path form via in)
        (explain-1 form p path via in x))
      (case (::op r)
        ::accept nil
        ::pcat (let [{:keys [ps ks forms]} r
                     i (clojure.core/or (first (keep-indexed (fn [i p] (when-not (accept-nil? p) i)) ps))
                                        (dec (count ps)))]
                 (when (>= i 0)
                   (op-explain (nth forms i) (nth ps i) (if-let [k (get ks i)] (conj path k) path) via in input)))
        ::alt (if (empty? input)
                (insufficient path (op-describe r) via in)
                (mapcat (fn [p k f] (op-explain f p (if k (conj path k) path) via in input))
                        (:ps r) (clojure.core/or (:ks r) (repeat nil)) (:forms r)))
        ::rep (op-explain (:forms r) (:p1 r) path via in input)
        ::amp (cond
                (seq input) (op-explain (:amp r) (:p1 r) path via in input)
                (not (accept-nil? (:p1 r))) (insufficient path (:amp r) via in)
                :else
                (loop [v (preturn (:p1 r)), ps (:ps r), fs (:forms r)]
                  (when (seq ps)
                    (let [c (dt (first ps) v (first fs))]
                      (if (invalid? c)
                        (explain-1 (first fs) (first ps) path via in v)
                        (recur c (rest ps) (rest fs)))))))))))

(defn- re-conform
  "data matched by regex op p: its conformed value, or ::invalid."
  [p data]
  (loop [p p, xs (seq data)]
    (if xs
      (if-let [d (deriv p (first xs))]
        (recur d (next xs))
        ::invalid)
      (if (accept-nil? p)
        (let [v (preturn p)] (if (= v ::nil) nil v))
        ::invalid))))

(defn- re-explain
  "The problems regex op p finds in data."
  [path via in p data]
  (loop [q p, xs (seq data), i 0]
    (if xs
      (if-let [d (deriv q (first xs))]
        (recur d (next xs) (inc i))
        (if (accept? q)
          [{:path path :reason "Extra input" :pred (op-describe p) :val xs :via via :in (conj in i)}]
          (let [probs (op-explain (op-describe q) q path via (conj in i) xs)]
            (if (seq probs)
              probs
              [{:path path :reason "Extra input" :pred (op-describe p) :val xs :via via :in (conj in i)}]))))
      (when-not (accept-nil? q)
        (op-explain (op-describe q) q path via in ())))))

(defn- re-unform
  "The sequence of values a conformed value x of regex op p came from."
  [p x]
  (let [r (regex-of p)]
    (if-not r
      [(unform p x)]
      (case (::op r)
        ::accept nil
        ::pcat (mapcat (fn [k p] (when (contains? x k) (re-unform p (get x k)))) (:ks r) (:ps r))
        ::alt (if (:ks r)
                (let [[k v] x] (re-unform (get (zipmap (:ks r) (:ps r)) k) v))
                (if (= ::nil x) nil (re-unform (first (:ps r)) x)))
        ::rep (mapcat #(re-unform (:p2 r) %) x)
        ::amp (re-unform (:p1 r) (reduce (fn [v p] (unform p v)) x (reverse (:ps r))))))))

(defn- re-gen
  "A generator of input sequences (as vectors) for regex op p."
  [p overrides path rmap form]
  (let [r (regex-of p)
        elem (fn [g] (when g (gen-fmap vector g)))
        join (fn [gs] (generator (fn [size] (vec (mapcat #(generate % size) gs)))))]
    (if-not r
      (elem (sub-gen p form overrides path rmap))
      (if-let [gfn (::gfn r)]
        (gen-fmap vec (gfn))
        (case (::op r)
          ::accept (gen-return [])
          ::pcat (let [gs (map (fn [p k f] (re-gen p overrides (if k (conj path k) path) rmap f))
                               (:ps r) (clojure.core/or (:ks r) (repeat nil)) (:forms r))]
                   (when (every? some? gs) (join gs)))
          ::alt (let [gs (keep identity (map (fn [p k f] (re-gen p overrides (if k (conj path k) path) rmap f))
                                             (:ps r) (clojure.core/or (:ks r) (repeat nil)) (:forms r)))]
                  (when (seq gs) (gen-one-of gs)))
          ::rep (when-let [g (re-gen (:p2 r) overrides path rmap (:forms r))]
                  (generator (fn [size]
                               (vec (mapcat (fn [_] (generate g size)) (range (clojure.core/+ (:min r) (rand-int 4))))))))
          ::amp (when-let [g (re-gen (:p1 r) overrides path rmap (:amp r))]
                  (gen-such-that #(not (invalid? (re-conform r %))) g (op-describe r))))))))

(defn regex-spec-impl
  "A spec object matching a whole sequential collection (or nil) with regex op re."
  [re gfn]
  (reify
    Specize
    (specize* [s] s)
    (specize* [s _] s)
    Spec
    (conform* [_ x] (if (clojure.core/or (nil? x) (sequential? x)) (re-conform re (seq x)) ::invalid))
    (unform* [_ x] (re-unform re x))
    (explain* [_ path via in x]
      (if (clojure.core/or (nil? x) (sequential? x))
        (re-explain path via in re (seq x))
        [{:path path :pred `(fn [~'%] (clojure.core/or (nil? ~'%) (sequential? ~'%))) :val x :via via :in in}]))
    (gen* [_ overrides path rmap]
      (cond gfn (gfn)
            (::gfn re) ((::gfn re))
            ;; a matching input is generated as a seq, as Clojure's are
            :else (some->> (re-gen re overrides path rmap (op-describe re)) (gen-fmap #(apply list %)))))
    (with-gen* [_ gfn] (regex-spec-impl re gfn))
    (describe* [_] (op-describe re))))

(defn- key-pred-pairs
  "The [key pred-form] pairs of a cat, alt or or form (named op); it must alternate keywords and forms."
  [op key-pred-forms]
  (clojure.core/assert (clojure.core/and (even? (count key-pred-forms))
                                         (every? keyword? (take-nth 2 key-pred-forms)))
                       (str op " expects k1 p1 k2 p2..., where ks are keywords"))
  (partition 2 key-pred-forms))

(defmacro cat
  "A regex op matching its parts in sequence: each key names one part of the conformed map."
  [& key-pred-forms]
  (let [pairs (key-pred-pairs "cat" key-pred-forms)]
    `(cat-impl ~(mapv first pairs) ~(mapv second pairs) '~(mapv (comp res second) pairs))))

(defmacro alt
  "A regex op matching one of its alternatives, conformed to [key value]."
  [& key-pred-forms]
  (let [pairs (key-pred-pairs "alt" key-pred-forms)]
    `(alt-impl ~(mapv first pairs) ~(mapv second pairs) '~(mapv (comp res second) pairs))))

(defmacro *
  "A regex op matching zero or more of pred-form, conformed to a vector."
  [pred-form]
  `(rep-impl '~(res pred-form) ~pred-form))

(defmacro +
  "A regex op matching one or more of pred-form, conformed to a vector."
  [pred-form]
  `(rep+impl '~(res pred-form) ~pred-form))

(defmacro ?
  "A regex op matching pred-form once or not at all."
  [pred-form]
  `(maybe-impl ~pred-form '~(res pred-form)))

(defmacro &
  "A regex op matching re, whose conformed match must also conform to every pred."
  [re & preds]
  `(amp-impl ~re '~(res re) ~(vec preds) '~(mapv res preds)))

;; ---- keys* ----

(defn- kvs->map
  "[{::k k ::v v} ...] as a map."
  [kvs]
  (if (clojure.core/and (sequential? kvs) (every? map? kvs))
    (into {} (map (juxt ::k ::v)) kvs)
    ::invalid))

(def-impl ::kvs->map `(conformer kvs->map)
          (spec-impl `(conformer kvs->map) kvs->map nil true
                     (fn [m] (mapv (fn [[k v]] {::k k ::v v}) m))))

(defn- keys*-regex
  "The regex op of keys*: keyword-value pairs, as a map conformed by mspec (whose form is mform);
  generated from mspec's maps."
  [mspec mform]
  (let [pairs (cat-impl [::k ::v] [keyword? any?] [`keyword? `any?])
        pairs-form `(cat ::k keyword? ::v any?)]
    (assoc (amp-impl (rep-impl pairs-form pairs) (list `* pairs-form) [::kvs->map mspec] [::kvs->map mform])
           ::gfn (fn [] (gen-fmap #(apply concat %) (gen mspec))))))

(defmacro keys*
  "A regex op matching keyword-value pairs, conformed to the map keys (with the same options)
  checks."
  [& kspecs]
  `(#'clojure.spec.alpha/keys*-regex (keys ~@kspecs) '(keys ~@kspecs)))

;; =============================================================================================
;; Macros for the remaining specs

(defmacro def
  "Registers the spec spec-form under k, a namespaced keyword or a fn symbol (qualified in the
  current namespace); a nil spec removes k. Returns k."
  [k spec-form]
  (let [k (if (symbol? k) (let [r (res-symbol k)] (if (namespace r) r (symbol (str (ns-name *ns*)) (name k)))) k)]
    `(def-impl '~k '~(res spec-form) ~spec-form)))

(defmacro and
  "A spec valid when every pred is; each conforms the value the previous one returned."
  [& pred-forms]
  `(and-spec-impl '~(mapv res pred-forms) [~@pred-forms] nil))

(defmacro or
  "A spec valid when one of its keyed preds is; conforms to [key conformed-value] of the first."
  [& key-pred-forms]
  (let [pairs (key-pred-pairs "spec/or" key-pred-forms)]
    `(or-spec-impl ~(mapv first pairs) '~(mapv (comp res second) pairs) ~(mapv second pairs) nil)))

(defmacro nilable
  "A spec valid for nil and for values of pred."
  [pred]
  `(nilable-impl '~(res pred) ~pred nil))

(defmacro tuple
  "A spec for a vector with one element per pred, in order."
  [& preds]
  (clojure.core/assert (not (empty? preds)))
  `(tuple-impl '~(mapv res preds) ~(vec preds)))

(defmacro conformer
  "A spec whose conformed value is (f x) (invalid when f returns ::invalid); unf unforms."
  ([f] `(spec-impl '(conformer ~(res f)) ~f nil true))
  ([f unf] `(spec-impl '(conformer ~(res f) ~(res unf)) ~f nil true ~unf)))

(defn int-in-range?
  "True when val is an integer with start <= val < end."
  [start end val]
  (clojure.core/and (int? val) (<= start val) (< val end)))

(defn inst-in-range?
  "True when inst is an inst with start <= inst < end."
  [start end inst]
  (clojure.core/and (inst? inst)
                    (let [t (inst-ms inst)] (clojure.core/and (<= (inst-ms start) t) (< t (inst-ms end))))))

(defmacro int-in
  "A spec for integers from start (inclusive) to end (exclusive)."
  [start end]
  `(spec (and int? (fn [~'%] (int-in-range? ~start ~end ~'%)))
         :gen (fn [] (#'clojure.spec.alpha/gen-int-range ~start ~end))))

(defmacro inst-in
  "A spec for insts from start (inclusive) to end (exclusive)."
  [start end]
  `(spec (and inst? (fn [~'%] (inst-in-range? ~start ~end ~'%)))
         :gen (fn [] (#'clojure.spec.alpha/gen-inst-range ~start ~end))))

(defn- gen-inst-range
  "Insts from start (inclusive) to end (exclusive)."
  [start end]
  (gen-fmap ms->inst (gen-int-range (inst-ms start) (inst-ms end))))

(defn- infinite-double? [x] (clojure.core/or (= x ##Inf) (= x ##-Inf)))

(defn- nan? [x] (not= x x))

(defmacro double-in
  "A spec for doubles, optionally bounded by :min and :max (inclusive); :infinite? and :NaN? false
  rule those values out."
  [& {:keys [infinite? NaN? min max] :or {infinite? true NaN? true} :as m}]
  (let [checks (cond-> [[`double? `double?]]
                 (not infinite?) (conj [`(fn [~'%] (not (#'clojure.spec.alpha/infinite-double? ~'%)))
                                        (list `fn '[%] (list `not '(Double/isInfinite %)))])
                 (not NaN?) (conj [`(fn [~'%] (not (#'clojure.spec.alpha/nan? ~'%))) (list `fn '[%] (list `not '(Double/isNaN %)))])
                 max (conj [`(fn [~'%] (<= ~'% ~max)) `(fn [~'%] (<= ~'% ~max))])
                 min (conj [`(fn [~'%] (<= ~min ~'%)) `(fn [~'%] (<= ~min ~'%))]))]
    `(spec-impl '(and ~@(map second checks))
                (and-spec-impl '~(mapv second checks) ~(mapv first checks) nil)
                (fn [] (#'clojure.spec.alpha/gen-double ~min ~max ~infinite? ~NaN?))
                nil)))

(defn- gen-double
  "A generator of doubles within [min max]."
  [min max infinite? nan?]
  (let [lo (clojure.core/or min -1000.0) hi (clojure.core/or max (clojure.core/+ lo 2000.0))]
    (generator (fn [_] (clojure.core/+ lo (clojure.core/* (rand) (clojure.core/- hi lo)))))))

;; =============================================================================================
;; Functions

(defn- call-problems
  "The problems of calling f once with args: it throws, its return fails retspec, or args and return
  together fail fnspec; nil when there are none."
  [f args {:keys [argspec retspec rform fnspec fform]} path via in]
  (let [outcome (try {:ret (apply f args)} (catch Throwable t {:thrown t}))
        ret (:ret outcome)]
    (cond
      (contains? outcome :thrown)
      [{:path path :pred '(apply fn) :val args :reason (ex-message (:thrown outcome)) :via via :in in}]
      (clojure.core/and retspec (invalid? (conform retspec ret)))
      (explain-1 rform retspec (conj path :ret) via in ret)
      fnspec
      (let [both {:args (conform argspec args) :ret (conform retspec ret)}]
        (when (invalid? (conform fnspec both))
          (explain-1 fform fnspec (conj path :fn) via in both)))
      :else nil)))

(defn- fn-problems
  "The problems of the first of *fspec-iterations* calls of f, with generated arguments, that fails."
  [f specs path via in]
  (let [g (gen (:argspec specs))]
    (some (fn [i] (seq (call-problems f (generate g i) specs path via in)))
          (range *fspec-iterations*))))

(defn fspec-impl
  "The spec of fspec: args, ret and fn specs with their forms, and gfn."
  [argspec aform retspec rform fnspec fform gfn]
  (let [specs {:args argspec :ret retspec :fn fnspec}
        parts {:argspec argspec :retspec retspec :rform rform :fnspec fnspec :fform fform}
        call-problem (fn [f path via in] (fn-problems f parts path via in))]
    (reify
      clojure.lang.ILookup
      (valAt [_ k] (get specs k))
      (valAt [_ k not-found] (get specs k not-found))
      Specize
      (specize* [s] s)
      (specize* [s _] s)
      Spec
      (conform* [this f]
        (if argspec
          (if (clojure.core/and (ifn? f) (nil? (call-problem f [] [] [])))
            f
            ::invalid)
          (throw (ex-info (str "Can't conform fspec without args spec: " (pr-str (abbrev (describe* this))))
                          {::form (describe* this)}))))
      (unform* [_ f] f)
      (explain* [_ path via in f]
        (if (ifn? f)
          (call-problem f path via in)
          [{:path path :pred 'ifn? :val f :via via :in in}]))
      (gen* [_ overrides _ _]
        (if gfn
          (gfn)
          (let [rg (gen retspec overrides)]
            (gen-return (fn [& args]
                          (when-not (valid? argspec args)
                            (throw (ex-info (str "Call to fn with args that do not conform: " (pr-str args))
                                            (explain-data argspec args))))
                          (generate rg 10))))))
      (with-gen* [_ gfn] (fspec-impl argspec aform retspec rform fnspec fform gfn))
      (describe* [_] `(fspec :args ~aform :ret ~rform :fn ~fform)))))

(defmacro fspec
  "A spec for a fn: :args (usually a regex over the argument list), :ret and :fn (a spec of
  {:args conformed-args :ret conformed-ret}). Conforming a fn calls it with generated arguments."
  [& {:keys [args ret fn gen] :or {ret `any?}}]
  `(fspec-impl (spec ~args) '~(res args)
               (spec ~ret) '~(res ret)
               (spec ~fn) '~(res fn)
               ~gen))

(defmacro fdef
  "Registers an fspec of the fn named fn-sym (qualified in the current namespace) with :args, :ret
  and :fn specs, as fspec takes them. Returns the qualified symbol."
  [fn-sym & specs]
  `(clojure.spec.alpha/def ~fn-sym (fspec ~@specs)))

;; =============================================================================================
;; Assertions

(defn check-asserts?
  "True when assert checks (set with check-asserts; false initially)."
  []
  @assert-checking)

(defn check-asserts
  "Turns assert's checking on or off in this state; returns flag."
  [flag]
  (reset! assert-checking (boolean flag))
  flag)

(defn assert*
  "x when it is valid for spec; otherwise throws an ex-info carrying explain data."
  [spec x]
  (if (valid? spec x)
    x
    (let [ed (assoc (explain-data* spec [] (if-let [n (spec-name spec)] [n] []) [] x) ::failure :assertion-failed)]
      (throw (ex-info (str "Spec assertion failed\n" (with-out-str (explain-out ed))) ed)))))

(defmacro assert
  "x when it is valid for spec, or an error with explain data, while check-asserts? is true; with
  *compile-asserts* false at expansion time, just x."
  [spec x]
  (if *compile-asserts*
    `(if (check-asserts?) (assert* ~spec ~x) ~x)
    x))
