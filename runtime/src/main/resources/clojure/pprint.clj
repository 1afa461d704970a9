(ns clojure.pprint
  "A pretty printer for Clojure data and code (pprint, write, and the logical-block API for writing
  dispatch functions), print-table, and cl-format, Common Lisp's format. Layouts follow Clojure 1.12's
  clojure.pprint exactly: the pretty writer and the cl-format engine are Java builtins
  (dev.mino.runtime.core.PrettyWriter, ClFormat*), the dispatch tables are here.")

;; Private builtins: pretty-writer, pretty-writer?, start-block, end-block, nl, indent, get-column,
;; ppflush, string-writer, array?, array-seq, ref-type-name, simple-number-text and the cl-format
;; engine (compile-format, execute-format, format-hooks) — dev.mino.runtime.core.PrettyPrintLib.
(clojure.core/install-native-lib 'clojure.pprint)

;; ---- the variables that control printing ----

(def ^{:dynamic true :added "1.2"} *print-pretty*
  "When true (the default), write pretty prints; pprint always does."
  true)

(defonce ^:dynamic *print-pprint-dispatch*
  nil)
(alter-meta! #'*print-pprint-dispatch* assoc
             :doc "The function pprint and write-out call to print each object (simple-dispatch unless
  changed with set-pprint-dispatch or with-pprint-dispatch)."
             :added "1.2")

(def ^{:dynamic true :added "1.2"} *print-right-margin*
  "The column pretty printed lines should stay within; with nil, lines are unbounded and only mandatory
  newlines break them."
  72)

(def ^{:dynamic true :added "1.2"} *print-miser-width*
  "A logical block starting within this many columns of the right margin is printed in miser style,
  taking its miser newlines too; nil turns miser style off."
  40)

(def ^:dynamic ^:private *print-lines* nil)
(def ^:dynamic ^:private *print-circle* nil)
(def ^:dynamic ^:private *print-shared* nil)

(def ^{:dynamic true :added "1.2"} *print-suppress-namespaces*
  "When true, pretty printing drops the namespace part of symbols, which makes expanded macro code
  easier to read."
  nil)

(def ^{:dynamic true :added "1.2"} *print-radix*
  "When true, pretty printed integers and ratios show their base: a #b, #o or #x prefix in bases 2, 8 and
  16, #NNr in the others, and a trailing . in base 10."
  nil)

(def ^{:dynamic true :added "1.2"} *print-base*
  "The base (2 to 36) in which pretty printing writes integers and ratios."
  10)

;; How deep the logical blocks being printed are nested, and how many objects the innermost one has
;; printed (nil outside any block): the counters for *print-level* and *print-length*.
(def ^:dynamic ^:private *current-level* 0)
(def ^:dynamic ^:private *current-length* nil)

;; True while pprint or write runs with *print-base* other than 10 or *print-radix* set: integers and
;; ratios are then printed in that base (Clojure does this by rebinding pr).
(def ^:dynamic ^:private *base-printing* false)

(defn- base-printing? []
  (boolean (or (not= *print-base* 10) *print-radix*)))

(defn- format-simple-number
  "x's text in *print-base* (with *print-radix*'s marker) when x is an integer or a ratio, else nil."
  [x]
  (simple-number-text x *print-base* *print-radix*))

(defn- pr-object
  "pr, or when base printing is on the integer or ratio in *print-base*."
  [x]
  (if-let [s (and *base-printing* (format-simple-number x))]
    (print s)
    (pr x)))

;; ---- logical blocks, newlines and indentation ----

(defn- level-exceeded []
  (and *print-level* (>= *current-level* *print-level*)))

(defn- logical-block*
  "Runs body-fn as a logical block on *out*, or prints # when *print-level* is reached."
  [prefix per-line-prefix suffix body-fn]
  (if (level-exceeded)
    (print "#")
    (binding [*current-level* (inc *current-level*)
              *current-length* 0]
      (start-block *out* prefix per-line-prefix suffix)
      (body-fn)
      (end-block *out*)))
  nil)

(defn- parse-lb-options [opts body]
  (loop [body body acc {}]
    (if (contains? opts (first body))
      (recur (drop 2 body) (assoc acc (first body) (second body)))
      [acc body])))

(defmacro pprint-logical-block
  "Runs body as a logical block of the pretty printer writing to *out* (which must be a pretty writer,
  as it is inside pprint, write and cl-format). Options before the body: :prefix (printed before the
  block), :per-line-prefix (printed after each of its newlines) and :suffix (printed after it). Past
  *print-level* the block prints as #."
  {:added "1.2" :arglists '([options* body])}
  [& args]
  (let [[options body] (parse-lb-options #{:prefix :per-line-prefix :suffix} args)]
    `(#'clojure.pprint/logical-block* ~(:prefix options) ~(:per-line-prefix options) ~(:suffix options)
                                      (fn [] ~@body))))

(defn- check-enumerated-arg [arg choices]
  (when-not (choices arg)
    (throw (IllegalArgumentException. (str "Bad argument: " arg ". It must be one of " choices)))))

(defn pprint-newline
  "Writes a conditional newline to the pretty writer *out*: kind is :linear (taken when the enclosing
  block does not fit on the line), :fill (taken when the next part does not fit), :miser (like :linear,
  in miser style only) or :mandatory."
  {:added "1.2"}
  [kind]
  (check-enumerated-arg kind #{:linear :miser :fill :mandatory})
  (nl *out* kind))

(defn pprint-indent
  "Indents the following lines of the current logical block: n columns past its start when relative-to
  is :block, past the current column when it is :current."
  {:added "1.2"}
  [relative-to n]
  (check-enumerated-arg relative-to #{:block :current})
  (indent *out* relative-to n))

(defn pprint-tab
  "Tabulation in a pretty printing stream. As in Clojure 1.12, this is not implemented: after checking
  kind it throws UnsupportedOperationException."
  {:added "1.2"}
  [kind colnum colinc]
  (check-enumerated-arg kind #{:line :section :line-relative :section-relative})
  (throw (UnsupportedOperationException. "pprint-tab is not yet implemented")))

(defmacro print-length-loop
  "For dispatch functions printing a sequence: a loop (with loop's bindings and recur) whose body runs at
  most *print-length* times, after which ... is written and the loop ends."
  {:added "1.3"}
  [bindings & body]
  (let [n (gensym "length-count")]
    `(let [~n (volatile! 0)]
       (loop ~bindings
         (if (or (not *print-length*) (< @~n *print-length*))
           (do (vswap! ~n inc) ~@body)
           (print "..."))))))

;; ---- printing entry points ----

(defn write-out
  "Prints object to *out* (a pretty writer) by the dispatch function, honouring *print-length* and
  *print-level*; returns true when *print-length* was already reached (and ... was printed instead).
  For dispatch functions; other code calls write or pprint."
  {:added "1.2"}
  [object]
  (let [length-reached (and *current-length* *print-length* (>= *current-length* *print-length*))]
    (cond
      (not *print-pretty*) (pr-object object)
      length-reached (print "...")
      :else (do (when *current-length* (set! *current-length* (inc *current-length*)))
                (*print-pprint-dispatch* object)))
    length-reached))

(defn- with-pretty-writer*
  "Calls f with *out* bound to a pretty writer over base-writer (itself if it is one), then flushes it."
  [base-writer f]
  (let [w (if (pretty-writer? base-writer)
            base-writer
            (pretty-writer base-writer *print-right-margin* *print-miser-width*))]
    (binding [*out* w]
      (f)
      (flush))))

(def ^:private write-option-vars
  {:base #'*print-base*
   :circle #'*print-circle*
   :length #'clojure.core/*print-length*
   :level #'clojure.core/*print-level*
   :lines #'*print-lines*
   :miser-width #'*print-miser-width*
   :dispatch #'*print-pprint-dispatch*
   :pretty #'*print-pretty*
   :radix #'*print-radix*
   :readably #'clojure.core/*print-readably*
   :right-margin #'*print-right-margin*
   :suppress-namespaces #'*print-suppress-namespaces*})

(defn write
  "Prints object by the current printer settings, overridden for this call by keyword options: :stream
  (a Writer, true for *out* — the default — or nil to return the text as a string), :base, :length,
  :level, :miser-width, :dispatch, :pretty, :radix, :readably, :right-margin, :suppress-namespaces
  (:circle and :lines are accepted and ignored). Returns the string when :stream is nil, else nil."
  {:added "1.2"}
  [object & kw-args]
  (let [options (merge {:stream true} (apply hash-map kw-args))
        bindings (into {} (keep (fn [[k v]] (when-let [var (write-option-vars k)] [var v])) options))]
    (with-bindings bindings
      (binding [*base-printing* (base-printing?)]
        (let [stream (:stream options)
              base-writer (cond (nil? stream) (string-writer)
                                (true? stream) *out*
                                :else stream)]
          (if *print-pretty*
            (with-pretty-writer* base-writer #(write-out object))
            (binding [*out* base-writer] (pr-object object)))
          (when (nil? stream) (str base-writer)))))))

(defn pprint
  "Pretty prints object to writer (default *out*), followed by a newline: data that fits within
  *print-right-margin* on one line prints as pr would; larger collections are broken over lines by the
  dispatch function (*print-pprint-dispatch*, simple-dispatch by default)."
  {:added "1.2"}
  ([object] (pprint object *out*))
  ([object writer]
   (with-pretty-writer* writer
     (fn []
       (binding [*print-pretty* true
                 *base-printing* (base-printing?)]
         (write-out object))
       (newline)))))

(defmacro pp
  "(pprint *1): pretty prints a REPL's most recent value, where the REPL sets *1 (mino's leaves it nil)."
  {:added "1.2"}
  []
  `(pprint *1))

(defn set-pprint-dispatch
  "Installs function, as the root of *print-pprint-dispatch*, to lay out every object pretty printing
  meets; it is called with the object while *out* is a pretty writer."
  {:added "1.2"}
  [function]
  (alter-var-root #'*print-pprint-dispatch* (constantly function))
  nil)

(defmacro with-pprint-dispatch
  "Evaluates body with function as the pretty printer's dispatch function (binding
  *print-pprint-dispatch*)."
  {:added "1.2"}
  [function & body]
  `(binding [*print-pprint-dispatch* ~function]
     ~@body))

(defn get-pretty-writer
  "writer wrapped in a pretty writer (writer itself if it is one already), so that several pprint or
  cl-format calls can share its column and layout state."
  {:added "1.2"}
  [writer]
  (if (pretty-writer? writer)
    writer
    (pretty-writer writer *print-right-margin* *print-miser-width*)))

(defn fresh-line
  "Ends the current line of *out* if something is on it. Only a pretty writer knows its column, so on
  any other writer the newline is always written."
  {:added "1.2"}
  []
  (if (pretty-writer? *out*)
    (when-not (zero? (get-column *out*))
      (prn))
    (prn)))


;; ---- cl-format ----

(def ^:private hooks
  (format-hooks #'write-out #'write #'logical-block* #'fresh-line
                #'*print-right-margin* #'*print-miser-width* #'*print-base* #'*print-radix*))

(defn cl-format
  "Formats args by the Common Lisp format control string format-in (or a format compiled by formatter)
  to writer: a java.io.Writer, true for *out*, or nil to return the result as a string (else returns
  nil). Directives: ~A ~S (print, pr), ~D ~B ~O ~X (integers; : adds commas, @ the sign), ~R (English
  words, ~:R ordinals, ~@R Roman numerals, ~nR base n), ~P (plurals), ~C, ~F ~E ~G ~$ (floats), ~% ~&
  ~| ~~ (newline, fresh line, page, tilde), ~T (tabulation), ~* (argument skips), ~? (indirection),
  ~(...~) (case), ~[...~] (conditionals: by number, ~:[ false~;true~], ~@[ if non-nil~]), ~{...~}
  (iteration), ~<...~> (justification, or with ~:> a pretty printer logical block), ~^ (escape), ~W
  (write-out), ~_ (conditional newline), ~I (indentation). Described in Common Lisp the Language,
  2nd edition, chapter 22.3, and the Common Lisp HyperSpec, section 22.3."
  {:added "1.2"}
  [writer format-in & args]
  (execute-format hooks writer format-in args))

(def ^:private cached-compile (memoize compile-format))

(defn- run-format
  ([stream format args] (execute-format hooks stream format args))
  ([format args] (execute-format hooks format args)))

(defmacro formatter
  "A function (fn [stream & args] ...) running the control string format-in (compiled once) like
  cl-format: stream nil returns the result as a string, true writes to *out*, a Writer to it."
  {:added "1.2"}
  [format-in]
  `(let [format-in# ~format-in
         compiled# (if (string? format-in#) (#'clojure.pprint/cached-compile format-in#) format-in#)]
     (fn [stream# & args#]
       (#'clojure.pprint/run-format stream# compiled# args#))))

(defmacro formatter-out
  "A function (fn [& args] ...) running the control string format-in (compiled once) to *out* as it is
  bound (no pretty writer is added), for use inside dispatch functions; returns nil."
  {:added "1.2"}
  [format-in]
  `(let [format-in# ~format-in
         compiled# (if (string? format-in#) (#'clojure.pprint/cached-compile format-in#) format-in#)]
     (fn [& args#]
       (#'clojure.pprint/run-format compiled# args#))))

;; ---- simple-dispatch: the layout of data ----

(def ^:private reader-macros
  {'quote "'", 'clojure.core/deref "@", 'var "#'", 'clojure.core/unquote "~"})

(defn- pprint-reader-macro
  "Prints (quote x), (var x), (clojure.core/deref x) and (clojure.core/unquote x) in their reader macro
  form; returns true when it did."
  [alis]
  (let [macro-char (reader-macros (first alis))]
    (when (and macro-char (= 2 (count alis)))
      (print macro-char)
      (write-out (second alis))
      true)))

(defn- pprint-sequence
  "The elements of coll between open and close, separated by a space and a linear newline."
  [open close coll]
  (pprint-logical-block :prefix open :suffix close
    (print-length-loop [s (seq coll)]
      (when s
        (write-out (first s))
        (when (next s)
          (print " ")
          (pprint-newline :linear)
          (recur (next s)))))))

(defn- write-separated
  "write-out each of xs with separator and a newline of kind between them, stopping once an item finds
  *print-length* reached (write-out then prints ...)."
  [xs separator kind]
  (loop [s (seq xs)]
    (when (and s (not (write-out (first s))) (next s))
      (print separator)
      (pprint-newline kind)
      (recur (next s)))))

(defn- pprint-filled
  "The elements of coll between open and close, separated by separator and a fill newline."
  [open separator close coll]
  (pprint-logical-block :prefix open :suffix close
    (write-separated coll separator :fill)))

(defn- pprint-list [alis]
  (when-not (pprint-reader-macro alis)
    (pprint-sequence "(" ")" alis)))

(defn- pprint-vector [avec]
  (pprint-sequence "[" "]" avec))

(defn- pprint-array [arr]
  (pprint-filled "[" ", " "]" (array-seq arr)))

(defn- strip-ns [k]
  (if (keyword? k) (keyword (name k)) (symbol (name k))))

(defn- lift-ns
  "With *print-namespace-maps* on, when every key of m is a keyword or symbol of one namespace: that
  namespace and the map with the keys stripped of it. Else nil."
  [m]
  (when *print-namespace-maps*
    (loop [ns nil
           entries (seq m)
           kvs []]
      (if entries
        (let [[k v] (first entries)]
          (when (or (qualified-keyword? k) (qualified-symbol? k))
            (when (or (nil? ns) (= ns (namespace k)))
              (recur (namespace k) (next entries) (conj kvs [(strip-ns k) v])))))
        [ns (apply conj {} kvs)]))))

(defn- pprint-map [amap]
  (let [[ns lifted] (when-not (record? amap) (lift-ns amap))
        amap (or lifted amap)]
    (pprint-logical-block :prefix (if ns (str "#:" ns "{") "{") :suffix "}"
      (print-length-loop [s (seq amap)]
        (when s
          (pprint-logical-block
            (write-out (key (first s)))
            (print " ")
            (pprint-newline :linear)
            (set! *current-length* 0)       ; a key is always printed with its value
            (write-out (val (first s))))
          (when (next s)
            (print ", ")
            (pprint-newline :linear)
            (recur (next s))))))))

(defn- pprint-set
  "A set laid out as a list is: when it does not fit, one element per line (Clojure does not fill sets)."
  [aset]
  (pprint-sequence "#{" "}" aset))

(defn- pprint-ideref
  "A reference type as #<Type@hash: value>, the value :pending (unfinished future) or :not-delivered
  (unrealized promise or delay) when it has none yet."
  [o]
  (let [prefix (format "#<%s@%x: " (ref-type-name o) (System/identityHashCode o))]
    (pprint-logical-block :prefix prefix :suffix ">"
      (pprint-indent :block (- (- (count prefix) 2)))
      (pprint-newline :linear)
      (write-out (cond
                   (and (future? o) (not (future-done? o))) :pending
                   (and (instance? clojure.lang.IPending o) (not (realized? o))) :not-delivered
                   :else @o)))))

(defn- pprint-simple-default [obj]
  (cond
    (array? obj) (pprint-array obj)
    (and *print-suppress-namespaces* (symbol? obj)) (print (name obj))
    :else (pr-object obj)))

(defmulti simple-dispatch
  "The dispatch function pprint uses by default, laying out data: sequences, vectors, maps and sets
  broken over lines when they do not fit, one element (map entry) per line aligned after the opening
  bracket; reference types as #<Type@hash: value>; everything else as pr prints it."
  {:added "1.2" :arglists '([object])}
  class)

(defmethod simple-dispatch clojure.lang.ISeq [x] (pprint-list x))
(defmethod simple-dispatch clojure.lang.IPersistentVector [x] (pprint-vector x))
(defmethod simple-dispatch clojure.lang.IPersistentMap [x] (pprint-map x))
(defmethod simple-dispatch clojure.lang.IPersistentSet [x] (pprint-set x))
(defmethod simple-dispatch clojure.lang.Var [x] (pprint-simple-default x))
(defmethod simple-dispatch clojure.lang.IDeref [x] (pprint-ideref x))
(defmethod simple-dispatch nil [x] (pr-object x))
(defmethod simple-dispatch :default [x] (pprint-simple-default x))

(set-pprint-dispatch simple-dispatch)

;; ---- print-table ----

(defn- right-justify [width s]
  (str (apply str (repeat (- width (count s)) \space)) s))

(defn print-table
  "Prints rows (maps) as a text table with a column for each of ks (the keys of the first row when ks
  is not given): a blank line, a header row of the keys, a separator of dashes, then a row per map.
  Cells are the str of the values, right-justified to the widest in their column."
  {:added "1.3"}
  ([ks rows]
   (when (seq rows)
     (let [widths (map (fn [k] (apply max (count (str k)) (map #(count (str (get % k))) rows))) ks)
           line (fn [leader divider trailer cells]
                  (str leader (apply str (interpose divider (map right-justify widths cells))) trailer))]
       (println)
       (println (line "| " " | " " |" (map str ks)))
       (println (line "|-" "-+-" "-|" (map #(apply str (repeat % \-)) widths)))
       (doseq [row rows]
         (println (line "| " " | " " |" (map #(str (get row %)) ks)))))))
  ([rows] (print-table (keys (first rows)) rows)))

;; ---- code-dispatch: the layout of Clojure code ----

(defn- pprint-simple-code-list
  "(f args...) with the arguments under the second character when it does not fit."
  [alis]
  (pprint-logical-block :prefix "(" :suffix ")"
    (pprint-indent :block 1)
    (print-length-loop [alis (seq alis)]
      (when alis
        (write-out (first alis))
        (when (next alis)
          (print " ")
          (pprint-newline :linear)
          (recur (next alis)))))))

(defn- write-head
  "write-out op, then (unless *print-length* stopped it) a space, indentation by one, and a miser
  newline: the start of (defn name ...), (let [...] ...), (ns name ...)."
  [op]
  (when-not (write-out op)
    (print " ")
    (pprint-indent :block 1)
    (pprint-newline :miser)
    true))

(defn- pprint-hold-first
  "(def name value), (-> x forms...), (. obj method args...): the second element stays on the first line
  unless in miser style."
  [alis]
  (pprint-logical-block :prefix "(" :suffix ")"
    (when-not (write-out (first alis))
      (when (next alis)
        (print " ")
        (pprint-newline :miser)
        (when (and (not (write-out (second alis))) (nnext alis))
          (print " ")
          (pprint-newline :linear)
          (write-separated (nnext alis) " " :linear))))))

(defn- pprint-defn
  "(defn name doc? attr-map? [params] body...) or with several arities; the name stays on the first line."
  [alis]
  (if (next alis)
    (let [[defn-sym defn-name & stuff] alis
          [doc-str stuff] (if (string? (first stuff)) [(first stuff) (next stuff)] [nil stuff])
          [attr-map stuff] (if (map? (first stuff)) [(first stuff) (next stuff)] [nil stuff])]
      (pprint-logical-block :prefix "(" :suffix ")"
        (when (write-head defn-sym)
          (write-out defn-name))
        (when doc-str
          (print " ")
          (pprint-newline :linear)
          (write-out doc-str))
        (when attr-map
          (print " ")
          (pprint-newline :linear)
          (write-out attr-map))
        (when (seq stuff)
          (print " ")
          (pprint-newline (if (and (vector? (first stuff)) (not (or doc-str attr-map))) :miser :linear))
          (write-separated stuff " " :linear))))
    (pprint-simple-code-list alis)))

(defn- pprint-binding-form
  "A binding vector: each name and value a block (value below the name in miser style), pairs on lines."
  [binding-vec]
  (pprint-logical-block :prefix "[" :suffix "]"
    (print-length-loop [binding binding-vec]
      (when (seq binding)
        (pprint-logical-block
          (write-out (first binding))
          (when (next binding)
            (print " ")
            (pprint-newline :miser)
            (write-out (second binding))))
        (when (next (rest binding))
          (print " ")
          (pprint-newline :linear)
          (recur (next (rest binding))))))))

(defn- pprint-let
  "(let [bindings] body...) and the other binding forms."
  [alis]
  (let [base-sym (first alis)]
    (pprint-logical-block :prefix "(" :suffix ")"
      (if (and (next alis) (vector? (second alis)))
        (do
          (write-head base-sym)
          (pprint-binding-form (second alis))
          (print " ")
          (pprint-newline :linear)
          (write-separated (next (rest alis)) " " :linear))
        (pprint-simple-code-list alis)))))

(defn- pprint-if
  "(if test then else), (when test body...): the test on the first line."
  [alis]
  (pprint-logical-block :prefix "(" :suffix ")"
    (pprint-indent :block 1)
    (when (and (not (write-out (first alis))) (next alis))
      (print " ")
      (pprint-newline :miser)
      (when-not (write-out (second alis))
        (loop [xs (nnext alis)]
          (when xs
            (print " ")
            (pprint-newline :linear)
            (when-not (write-out (first xs))
              (recur (next xs)))))))))

(defn- pprint-clauses
  "The test/expression pairs of cond and condp, a pair per line when they do not fit."
  [clauses]
  (print-length-loop [alis (seq clauses)]
    (when alis
      (pprint-logical-block
        (write-out (first alis))
        (when (next alis)
          (print " ")
          (pprint-newline :miser)
          (write-out (second alis))))
      (when (next (rest alis))
        (print " ")
        (pprint-newline :linear)
        (recur (next (rest alis)))))))

(defn- pprint-cond [alis]
  (pprint-logical-block :prefix "(" :suffix ")"
    (pprint-indent :block 1)
    (write-out (first alis))
    (when (next alis)
      (print " ")
      (pprint-newline :linear)
      (pprint-clauses (next alis)))))

(defn- pprint-condp [alis]
  (if (> (count alis) 3)
    (pprint-logical-block :prefix "(" :suffix ")"
      (pprint-indent :block 1)
      (when-not (write-out (first alis))
        (print " ")
        (pprint-newline :miser)
        (when-not (write-out (second alis))
          (print " ")
          (pprint-newline :miser)
          (when-not (write-out (nth alis 2))
            (print " ")
            (pprint-newline :linear))))
      (pprint-clauses (seq (drop 3 alis))))
    (pprint-simple-code-list alis)))

;; The % names of the parameters of the #() being printed, by their reader-generated symbols.
(def ^:dynamic ^:private *symbol-map* {})

(defn- pprint-anon-func
  "(fn* [p1__1#] (f p1__1#)), as the reader makes #(f %), printed back as #(f %)."
  [alis]
  (let [args (second alis)
        nlis (first (rest (rest alis)))]
    (if (vector? args)
      (binding [*symbol-map* (if (= 1 (count args))
                               {(first args) "%"}
                               (into {} (map (fn [arg i] [arg (str \% i)]) args (range 1 (inc (count args))))))]
        (pprint-logical-block :prefix "#(" :suffix ")"
          (write-separated nlis " " :linear)))
      (pprint-simple-code-list alis))))

(defn- brackets [form]
  (if (vector? form) ["[" "]"] ["(" ")"]))

(defn- pprint-ns-reference
  "One (:require ...), (:import ...) ... clause of an ns form, its libspecs filled onto lines."
  [reference]
  (if (sequential? reference)
    (let [[start end] (brackets reference)
          [keyw & args] reference]
      (pprint-logical-block :prefix start :suffix end
        (write-out keyw)
        (pprint-indent :current 0)
        (loop [args args]
          (when (seq args)
            (print " ")
            (let [arg (first args)]
              (if (sequential? arg)
                (let [[start end] (brackets arg)]
                  (pprint-logical-block :prefix start :suffix end
                    (if (and (= (count arg) 3) (keyword? (second arg)))
                      (let [[ns kw lis] arg]
                        (write-out ns)
                        (print " ")
                        (write-out kw)
                        (print " ")
                        (if (sequential? lis)
                          (let [[s e] (brackets lis)]
                            (pprint-filled s " " e lis))
                          (write-out lis)))
                      (do (write-out (first arg))
                          (print " ")
                          (pprint-indent :current 0)
                          (write-separated (rest arg) " " :fill))))
                  (when (next args)
                    (pprint-newline :linear)))
                (do (write-out arg)
                    (when (next args)
                      (pprint-newline :fill)))))
            (recur (next args))))))
    (when reference (write-out reference))))

(defn- pprint-ns
  "(ns name doc? attr-map? references...): each part on its own line."
  [alis]
  (if (next alis)
    (let [[ns-sym ns-name & stuff] alis
          [doc-str stuff] (if (string? (first stuff)) [(first stuff) (next stuff)] [nil stuff])
          [attr-map references] (if (map? (first stuff)) [(first stuff) (next stuff)] [nil stuff])]
      (pprint-logical-block :prefix "(" :suffix ")"
        (when (write-head ns-sym)
          (write-out ns-name))
        (when (or doc-str attr-map (seq references))
          (pprint-newline :mandatory))
        (when doc-str
          (print (str "\"" doc-str "\""))
          (when (or attr-map (seq references))
            (pprint-newline :mandatory)))
        (when attr-map
          (write-out attr-map)
          (when (seq references)
            (pprint-newline :mandatory)))
        (loop [references references]
          (pprint-ns-reference (first references))
          (when-let [references (next references)]
            (pprint-newline :linear)
            (recur references)))))
    (pprint-simple-code-list alis)))

(def ^:private code-table
  (let [table {'def pprint-hold-first, 'defonce pprint-hold-first,
               'defn pprint-defn, 'defn- pprint-defn, 'defmacro pprint-defn, 'fn pprint-defn,
               'let pprint-let, 'loop pprint-let, 'binding pprint-let, 'with-local-vars pprint-let,
               'with-open pprint-let, 'when-let pprint-let, 'if-let pprint-let, 'doseq pprint-let,
               'dotimes pprint-let, 'when-first pprint-let,
               'if pprint-if, 'if-not pprint-if, 'when pprint-if, 'when-not pprint-if,
               'cond pprint-cond, 'condp pprint-condp,
               'fn* pprint-anon-func,
               '. pprint-hold-first, '.. pprint-hold-first, '-> pprint-hold-first,
               'locking pprint-hold-first, 'struct pprint-hold-first, 'struct-map pprint-hold-first,
               'ns pprint-ns}]
    ;; Each form is known by its bare name and, unless it is a special form, as clojure.core/name.
    (into table (keep (fn [[sym f]] (when-not (special-symbol? sym) [(symbol "clojure.core" (name sym)) f])) table))))

(defn- pprint-code-list [alis]
  (when-not (pprint-reader-macro alis)
    (if-let [special-form (code-table (first alis))]
      (special-form alis)
      (pprint-simple-code-list alis))))

(defn- pprint-code-symbol [sym]
  (if-let [arg-num (*symbol-map* sym)]
    (print arg-num)
    (if *print-suppress-namespaces*
      (print (name sym))
      (pr-object sym))))

(defmulti code-dispatch
  "A dispatch function for printing Clojure code: like simple-dispatch for data, but forms such as defn,
  let, if, cond, ns and #(...) are laid out as code is written (bodies indented by two, bindings in
  pairs), and reader-generated #() parameters print as %."
  {:added "1.2" :arglists '([object])}
  class)

(defmethod code-dispatch clojure.lang.ISeq [x] (pprint-code-list x))
(defmethod code-dispatch clojure.lang.Symbol [x] (pprint-code-symbol x))
(defmethod code-dispatch clojure.lang.IPersistentVector [x] (pprint-vector x))
(defmethod code-dispatch clojure.lang.IPersistentMap [x] (pprint-map x))
(defmethod code-dispatch clojure.lang.IPersistentSet [x] (pprint-set x))
(defmethod code-dispatch clojure.lang.IDeref [x] (pprint-ideref x))
(defmethod code-dispatch nil [x] (pr-object x))
(defmethod code-dispatch :default [x] (pprint-simple-default x))
