;; clojure.core: polymorphism — protocols, records, deftype, reify, multimethods.
;; The runtime parts (dispatch, caches, record maps, hierarchies) are Java (core/PolyFns.java and the
;; lang classes it names); these macros parse the definitions and expand into its private builtins.
(in-ns 'clojure.core)

;; ---- shared parsing of implementation bodies ----

(defn- type-form
  "The form naming a type in an implementation spec: Clojure's clojure.lang class names become the mino
  class that plays their part; anything else (String, nil, a record, a protocol) is evaluated."
  [t]
  (if-let [c (-clojure-type t)] c t))

(defn- parse-impls
  "Splits [Type (m ...) (n ...) Type2 (o ...)] into [[Type [(m ...) (n ...)]] [Type2 [(o ...)]]]."
  [specs]
  (loop [s (seq specs) out []]
    (if s
      (let [x (first s)]
        (if (seq? x)
          (if (seq out)
            (let [[t ms] (peek out)] (recur (next s) (conj (pop out) [t (conj ms x)])))
            (throw (illegal-argument (str "Method " (pr-str x) " given before any protocol or interface"))))
          (recur (next s) (conj out [x []]))))
      out)))

(defn- strip-options
  "Drops leading :key value options from a defrecord/deftype/reify body."
  [specs]
  (loop [s specs] (if (keyword? (first s)) (recur (nnext s)) s)))

(defn- method-arities
  "The arities of a method form: (m [args] body) or (m ([args] body) ([args2] body2))."
  [form]
  (if (vector? (second form)) [(rest form)] (rest form)))

(defn- symbols-in [form]
  (set (filter symbol? (tree-seq coll? seq form))))

(defn- mentions-recur? [body]
  (contains? (symbols-in body) 'recur))

(defn- method-arity
  "One arity of an inline method (defrecord, deftype, reify): fields are bound from the receiver unless
  a parameter shadows them, and recur goes to the method head without the receiver, as in Clojure."
  [fields [params & body]]
  (when-not (and (vector? params) (seq params))
    (throw (illegal-argument (str "Method parameters must be a vector starting with the receiver, got: " (pr-str params)))))
  (let [this-param (first params)
        this (if (symbol? this-param) this-param (gensym "this__"))
        params (vec (rest params))
        used (symbols-in body)
        shadowed (set (filter symbol? (symbols-in params)))
        field-binds (mapcat (fn [[i f]]
                              (when (and (contains? used f) (not (contains? shadowed f)) (not= f this))
                                [f (list 'clojure.core/-field this i)]))
                            (map-indexed vector fields))
        this-binds (when-not (symbol? this-param) [this-param this])
        recur? (mentions-recur? body)
        simple? (every? symbol? params)]
    (if (and simple? (not recur?))
      (list (vec (cons this params)) `(let [~@this-binds ~@field-binds] ~@body))
      (let [gs (vec (map (fn [_] (gensym "p__")) params))
            pairs (vec (interleave params gs))]
        (list (vec (cons this gs))
              (if recur?
                `(let [~@this-binds ~@field-binds] (loop ~pairs ~@body))
                `(let [~@this-binds ~@field-binds ~@pairs] ~@body)))))))

(defn- group-methods
  "Method forms grouped by name (keeping every arity of a name together), in order of appearance."
  [forms]
  (reduce (fn [acc form]
            (let [k (keyword (name (first form)))
                  prev (some (fn [[i [k2]]] (when (= k k2) i)) (map-indexed vector acc))]
              (if prev
                (update acc prev (fn [[k2 arities]] [k2 (into arities (method-arities form))]))
                (conj acc [k (vec (method-arities form))]))))
          [] forms))

(defn- inline-method-map
  "{:m (fn ...)} for the methods of one implemented type, with the record/deftype fields in scope."
  [fields forms]
  (into {} (map (fn [[k arities]] [k `(fn ~@(map (fn [a] (method-arity fields a)) arities))])
                (group-methods forms))))

(defn- inline-specs
  "The alternating type / method-map arguments for -implement and -reify."
  [fields specs]
  (mapcat (fn [[t forms]] [(type-form t) (inline-method-map fields forms)]) (parse-impls specs)))

(defn- class-name-for [sym]
  (str (munge (str (ns-name *ns*))) "." (munge (name sym))))

;; ---- mutable deftype fields ----
;; A ^:volatile-mutable or ^:unsynchronized-mutable field is read from the instance at each use and
;; written by (set! field v), so method bodies are rewritten: the body is macroexpanded, and each use of
;; the field not shadowed by a local binding becomes a field access on the receiver.

(declare rewrite-mutable)

(defn- rewrite-bindings [this fields bindings]
  (loop [bs (seq (partition 2 bindings)) fields fields out []]
    (if bs
      (let [[sym init] (first bs)]
        (recur (next bs) (dissoc fields sym) (conj out sym (rewrite-mutable this fields init))))
      [out fields])))

(defn- rewrite-fn-method [this fields [params & body]]
  (let [inner (apply dissoc fields params)]
    (cons params (map (fn [f] (rewrite-mutable this inner f)) body))))

(defn- rewrite-mutable
  "form with each free use of a mutable field (a map of symbol to index) read from / written to this."
  [this fields form]
  (cond
    (empty? fields) form
    (symbol? form) (if-let [i (get fields form)] (list 'clojure.core/-field this i) form)
    (seq? form)
    (let [form (macroexpand form)
          op (when (seq? form) (first form))
          walk (fn [f] (rewrite-mutable this fields f))]
      (cond
        (not (seq? form)) (walk form)
        (= op 'quote) form
        (and (= op 'set!) (contains? fields (second form)))
        (list 'clojure.core/-set-field! this (get fields (second form)) (walk (nth form 2)))
        (contains? #{'let* 'loop*} op)
        (let [[bs inner] (rewrite-bindings this fields (second form))]
          (list* op bs (map (fn [f] (rewrite-mutable this inner f)) (nnext form))))
        (= op 'fn*)
        (let [[_ & more] form
              nm (when (symbol? (first more)) (first more))
              more (if nm (next more) more)
              fields (if nm (dissoc fields nm) fields)
              methods (if (vector? (first more)) (list more) more)]
          (concat ['fn*] (when nm [nm]) (map (fn [m] (rewrite-fn-method this fields m)) methods)))
        (= op 'letfn*)
        (let [names (take-nth 2 (second form))
              inner (apply dissoc fields names)]
          (list* op (vec (map (fn [f] (rewrite-mutable this inner f)) (second form)))
                 (map (fn [f] (rewrite-mutable this inner f)) (nnext form))))
        (= op 'catch)
        (let [[_ cls sym & body] form
              inner (dissoc fields sym)]
          (list* 'catch cls sym (map (fn [f] (rewrite-mutable this inner f)) body)))
        :else (with-meta (apply list (map walk form)) (meta form))))
    (vector? form) (vec (map (fn [f] (rewrite-mutable this fields f)) form))
    (map? form) (into {} (map (fn [[k v]] [(rewrite-mutable this fields k) (rewrite-mutable this fields v)]) form))
    (set? form) (set (map (fn [f] (rewrite-mutable this fields f)) form))
    :else form))

(defn- mutable-field? [f]
  (let [m (meta f)] (boolean (or (:volatile-mutable m) (:unsynchronized-mutable m)))))

(defn- rewrite-method-form
  "A deftype method form with its mutable fields' uses rewritten against the receiver."
  [mutable-fields form]
  (let [[mname & arities] form
        arities (if (vector? (first arities)) [arities] arities)]
    (cons mname
          (map (fn [[params & body]]
                 ;; The receiver gets a fresh name, so locals in the body (even `_`) cannot shadow it.
                 (let [this (gensym "this__")
                       user-this (first params)
                       shadowed (set (filter symbol? (symbols-in (vec (rest params)))))
                       fields (apply dissoc mutable-fields (conj shadowed user-this))
                       body (map (fn [f] (rewrite-mutable this fields f)) body)]
                   (list (assoc params 0 this) `(let [~user-this ~this] ~@body))))
               arities))))

;; ---- defprotocol, extend-type, extend-protocol ----

(defmacro defprotocol
  "A protocol: a named set of methods dispatched on the type of their first argument."
  [pname & opts+sigs]
  (let [doc (when (string? (first opts+sigs)) (first opts+sigs))
        opts+sigs (if doc (next opts+sigs) opts+sigs)
        [opts sigs] (loop [opts {} s opts+sigs]
                      (if (keyword? (first s)) (recur (assoc opts (first s) (second s)) (nnext s)) [opts s]))
        sigs (map (fn [[mname & more]]
                    (let [arglists (vec (filter vector? more))
                          mdoc (first (filter string? more))]
                      (when (some empty? arglists)
                        (throw (illegal-argument (str "Definition of function " mname " in protocol " pname
                                                      " must take at least one arg."))))
                      (when (empty? arglists)
                        (throw (illegal-argument (str "Definition of function " mname " in protocol " pname
                                                      " must have at least one arglist."))))
                      {:name (with-meta mname nil) :arglists (apply list arglists) :doc mdoc}))
                  sigs)
        sig-map (into {} (map (fn [s] [(keyword (name (:name s))) s]) sigs))]
    `(do
       (def ~(with-meta pname (merge (meta pname) (when doc {:doc doc})))
         (clojure.core/-define-protocol (var ~pname) '~sig-map ~doc ~(boolean (:extend-via-metadata opts))))
       ~@(map (fn [{mname :name arglists :arglists mdoc :doc}]
                `(def ~(with-meta mname (merge {:arglists (list 'quote arglists) :protocol (list 'var pname)}
                                               (when mdoc {:doc mdoc})))
                   (clojure.core/-protocol-fn ~pname ~(keyword (name mname)))))
              sigs)
       '~pname)))

(defn- extend-method-map
  "{:m (fn ...)} for extend-type: plain fns whose first parameter is the receiver."
  [forms]
  (into {} (map (fn [[k arities]] [k `(fn ~@arities)]) (group-methods forms))))

(defmacro extend-type
  "Extends protocols to a type: (extend-type T P (m [this] ...) Q (n [this x] ...))."
  [t & specs]
  `(clojure.core/extend ~(type-form t)
     ~@(mapcat (fn [[p forms]] [p (extend-method-map forms)]) (parse-impls specs))))

(defmacro extend-protocol
  "Extends one protocol to several types: (extend-protocol P T1 (m [this] ...) T2 (m [this] ...))."
  [p & specs]
  `(do ~@(map (fn [[t forms]] `(clojure.core/extend-type ~t ~p ~@forms)) (parse-impls specs))
       nil))

;; ---- defrecord, deftype, reify ----

(defmacro defrecord
  "A record type: a persistent map with the given fields (keyword keys), optional inline protocol
  implementations, ->Name and map->Name factories. Prints as #ns.Name{:field value, ...}."
  [rname fields & opts+specs]
  (let [qualified (class-name-for rname)
        fields (vec (map (fn [f] (with-meta f nil)) fields))
        specs (inline-specs fields (strip-options opts+specs))]
    `(do
       (declare ~(symbol (str "->" (name rname))) ~(symbol (str "map->" (name rname))))
       (def ~rname (clojure.core/-define-record ~qualified '~fields))
       ~@(when (seq specs) [`(clojure.core/-implement ~rname ~@specs)])
       (defn ~(symbol (str "->" (name rname)))
         ~(str "Positional factory function for class " qualified ".")
         ~fields
         (clojure.core/-construct ~rname ~@fields))
       (defn ~(symbol (str "map->" (name rname)))
         ~(str "Factory function for class " qualified ", taking a map of keywords to field values.")
         [m#]
         (clojure.core/-map->record ~rname m#))
       ~rname)))

(defmacro deftype
  "A type with the given fields (not a map) and inline protocol / interface implementations, and a
  ->Name factory. Fields marked ^:volatile-mutable or ^:unsynchronized-mutable can be set! in methods."
  [tname fields & opts+specs]
  (let [qualified (class-name-for tname)
        mutable (vec (map mutable-field? fields))
        plain (vec (map (fn [f] (with-meta f nil)) fields))
        mutable-map (into {} (keep (fn [[i f m]] (when m [f i])) (map vector (range) plain mutable)))
        specs (strip-options opts+specs)
        specs (if (empty? mutable-map)
                specs
                (map (fn [x] (if (seq? x) (rewrite-method-form mutable-map x) x)) specs))
        immutable (vec (map (fn [f m] (if m (gensym "mutable__") f)) plain mutable))
        specs (inline-specs immutable specs)]
    `(do
       (declare ~(symbol (str "->" (name tname))))
       (def ~tname (clojure.core/-define-deftype ~qualified '~plain '~mutable))
       ~@(when (seq specs) [`(clojure.core/-implement ~tname ~@specs)])
       (defn ~(symbol (str "->" (name tname)))
         ~(str "Positional factory function for class " qualified ".")
         ~plain
         (clojure.core/-construct ~tname ~@plain))
       ~tname)))

(defmacro reify
  "An anonymous object implementing protocols and interfaces; its methods close over the locals in scope."
  [& opts+specs]
  (let [t (-reify-type (str (munge (str (ns-name *ns*))) "$reify__" (name (gensym ""))))
        form-meta (not-empty (dissoc (meta &form) :line :column :file :end-line :end-column))]
    `(clojure.core/-reify '~t ~form-meta ~@(inline-specs [] (strip-options opts+specs)))))

;; ---- multimethods ----

(defmacro defmulti
  "A multimethod: (defmulti name docstring? attr-map? dispatch-fn :default val :hierarchy ref).
  Evaluating it again when the var already holds a multimethod does nothing."
  [mm-name & options]
  (let [docstring (when (string? (first options)) (first options))
        options (if docstring (next options) options)
        attrs (when (map? (first options)) (first options))
        options (if attrs (next options) options)
        dispatch-fn (first options)
        options (next options)
        m (merge (meta mm-name) attrs (when docstring {:doc docstring}))]
    (when (= (count options) 1)
      (throw (ex-info "The syntax for defmulti has changed. Example: (defmulti name dispatch-fn :default dispatch-value)" {})))
    (let [opts (apply hash-map options)
          default (get opts :default :default)
          hierarchy (get opts :hierarchy '(var clojure.core/global-hierarchy))]
      `(let [v# (def ~mm-name)]
         (when-not (clojure.core/-multi-var? v#)
           (def ~(with-meta mm-name m)
             (clojure.core/-make-multi ~(name mm-name) ~dispatch-fn ~default ~hierarchy)))))))

(defmacro defmethod
  "Adds a method to a multimethod for a dispatch value: (defmethod f dispatch-val [args] body)."
  [multifn dispatch-val & fn-tail]
  `(clojure.core/-add-method ~multifn ~dispatch-val (fn ~@fn-tail)))
