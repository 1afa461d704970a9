;; clojure.core, the mino half: macros and the functions that are simplest written in mino itself.
;; The Java half (arithmetic, collections, seq primitives, printing, namespaces) is installed first.
(in-ns 'clojure.core)

(def ^:private map1 (fn* map1 [f coll] (lazy-seq* (fn* [] (let* [s (seq coll)] (if s (cons (f (first s)) (map1 f (rest s)))))))))

(def ^:private defmacro-fn 'fn*)

(def
 ^{:doc "Defines a macro: a function run on the unevaluated forms of each call when code is compiled, its\n  result taking the call's place. Takes what defn takes."
   :arglists '([name doc-string? attr-map? [params*] body] [name doc-string? attr-map? ([params*] body) +])}
 defmacro
 (fn* defmacro [&form &env name & decl]
   (let* [doc (if (string? (first decl)) (first decl) nil)
          decl (if doc (next decl) decl)
          attr (if (map? (first decl)) (first decl) nil)
          decl (if attr (next decl) decl)
          sigs (if (vector? (first decl)) (list decl) decl)
          m (conj (conj {:arglists (list 'quote (map1 first sigs))} (meta name)) attr)
          m (if doc (assoc m :doc doc) m)
          sigs (map1 (fn* [sig] (cons (vec (cons '&form (cons '&env (first sig)))) (next sig))) sigs)]
     (list 'do
           (list 'def (with-meta name m) (cons defmacro-fn (cons name sigs)))
           (list 'clojure.core/set-macro! (list 'var name))
           (list 'var name)))))

(set-macro! (var defmacro))

(defmacro comment "Expands to nil whatever its body holds: keeps example or scratch forms in a file without evaluating them." [& body] nil)

(defmacro lazy-seq
  "Defers body, which gives a seq or nil, until the seq is first used; its result is then remembered."
  [& body] (list 'clojure.core/lazy-seq* (list* 'fn* [] body)))

(def ^{:arglists '([x]) :doc "The second item of x, or nil."} second (fn* second [x] (first (next x))))
(def ^{:arglists '([x]) :doc "The first item of the first item of x: (first (first x))."} ffirst (fn* ffirst [x] (first (first x))))
(def ^{:arglists '([x]) :doc "The next of the first item of x: (next (first x))."} nfirst (fn* nfirst [x] (next (first x))))
(def ^{:arglists '([x]) :doc "The first of the next of x, which is its second item: (first (next x))."} fnext (fn* fnext [x] (first (next x))))
(def ^{:arglists '([x]) :doc "x after its first two items: (next (next x))."} nnext (fn* nnext [x] (next (next x))))

(defmacro when
  "Evaluates body when test is true (not nil or false); gives nil otherwise."
  [test & body] (list 'if test (cons 'do body)))
(defmacro when-not
  "Evaluates body when test is nil or false; gives nil otherwise."
  [test & body] (list 'if test nil (cons 'do body)))
(defmacro if-not
  "Like if with the branches swapped: then when test is nil or false, else (or nil) otherwise."
  ([test then] (list 'if test nil then)) ([test then else] (list 'if test else then)))

(defmacro and
  "Short-circuit logical and: the value of the first expr that is nil or false (later ones are not
  evaluated), else of the last one; true with no exprs."
  ([] true)
  ([x] x)
  ([x & next] (let* [g (gensym "and__")] (list 'let* [g x] (list 'if g (cons 'clojure.core/and next) g)))))

(defmacro or
  "Short-circuit logical or: the value of the first expr that is neither nil nor false (later ones are
  not evaluated), else of the last one; nil with no exprs."
  ([] nil)
  ([x] x)
  ([x & next] (let* [g (gensym "or__")] (list 'let* [g x] (list 'if g g (cons 'clojure.core/or next))))))

(defmacro cond
  "Multi-way if: (cond test1 expr1 test2 expr2 ...) gives the value of the expr after the first test
  that is true, or nil. :else is the usual last test."
  [& clauses]
  (when clauses
    (when-not (next clauses) (throw (ex-info "cond requires an even number of forms" {})))
    (list 'if (first clauses) (second clauses) (cons 'clojure.core/cond (nnext clauses)))))

(def ^:private sigs-of
  (fn* [decl]
    (if (vector? (first decl)) (list decl) decl)))

;; A condition map ({:pre [...] :post [...]}, or the params' metadata) becomes asserts: pre before the
;; body, post on its value bound to %. A map that is the only body form is the return value instead.
(def ^:private fn-conditions
  (fn* [params body]
    (let* [conds (if (and (map? (first body)) (next body)) (first body) nil)
           body (if conds (next body) body)
           conds (if conds conds (meta params))
           asserts (fn* [cs] (map1 (fn* [c] (list 'clojure.core/assert c)) cs))
           post (get conds :post)
           body (if post
                  (list (list* 'let* ['% (if (next body) (cons 'do body) (first body))]
                               (concat (asserts post) '(%))))
                  body)
           pre (get conds :pre)]
      (if pre (concat (asserts pre) body) body))))

;; fn with destructuring parameters: non-symbol params become gensyms bound by a let in the body.
(def ^:private fn-method
  (fn* [sig]
    (let* [params (first sig)
           body (fn-conditions params (next sig))]
      (loop* [ps (seq params) out [] lets []]
        (if ps
          (let* [p (first ps)]
            (if (or (symbol? p))
              (recur (next ps) (conj out p) lets)
              (let* [g (gensym "p__")] (recur (next ps) (conj out g) (conj (conj lets p) g)))))
          (if (seq lets)
            (list out (cons 'clojure.core/let (cons lets body)))
            (cons out body)))))))

(defmacro fn
  "A function. Each arity is a parameter vector and a body; parameters may destructure, and & before
  the last one collects the rest of the arguments as a seq. With a name, the body can call the function
  itself by it. A map before the body, {:pre [exprs*] :post [exprs*]}, gives conditions asserted on the
  arguments and on the result (named %)."
  {:special-form true :forms '[(fn name? [params*] exprs*) (fn name? ([params*] exprs*) +)] :arglists '([& sigs])}
  [& decl]
  (let* [name (if (symbol? (first decl)) (first decl) nil)
         decl (if name (next decl) decl)
         sigs (sigs-of decl)
         methods (map1 fn-method sigs)]
    (with-meta (if name (list* 'fn* name methods) (cons 'fn* methods)) (meta &form))))

(def ^:private partition-pairs (fn* [v] (loop* [s (seq v) out []] (if s (recur (nnext s) (conj out [(first s) (second s)])) out))))
(def ^:private every-pair-symbol? (fn* [ps] (loop* [s (seq ps)] (if s (if (symbol? (first (first s))) (recur (next s)) false) true))))
(def ^:private mapcat-pairs (fn* [as bs] (loop* [a (seq as) b (seq bs) out []] (if a (recur (next a) (next b) (conj (conj out (first a)) (first b))) out))))
(def ^:private merge-meta (fn* [& ms] (reduce (fn* [a b] (reduce (fn* [m e] (assoc m (key e) (val e))) (or a {}) b)) {} ms)))

(def ^:private defmacro-fn 'clojure.core/fn)

(defmacro let
  "Local names: each binding form names the value of its init-expr (or parts of it, when it destructures)
  in the later inits and in the exprs, whose last value it gives."
  {:special-form true :forms '[(let [bindings*] exprs*)]}
  [bindings & body]
  (when-not (vector? bindings) (throw (ex-info "let requires a vector for its binding" {})))
  (list* 'let* (destructure bindings) body))

(defmacro loop
  "Like let, and a target for recur: a recur in tail position rebinds the bindings to new values and
  runs the body again."
  {:special-form true :forms '[(loop [bindings*] exprs*)]}
  [bindings & body]
  (when-not (vector? bindings) (throw (ex-info "loop requires a vector for its binding" {})))
  (let* [pairs (partition-pairs bindings)]
    (if (every-pair-symbol? pairs)
      (list* 'loop* bindings body)
      (let* [gs (vec (map1 (fn* [p] (if (symbol? (first p)) (first p) (gensym "loop__"))) pairs))
             inits (vec (mapcat-pairs gs (map1 second pairs)))
             rebinds (vec (mapcat-pairs (map1 first pairs) gs))]
        (list 'clojure.core/let (vec (mapcat-pairs gs (map1 second pairs)))
              (list 'loop* (vec (mapcat-pairs gs gs))
                    (list* 'clojure.core/let rebinds body)))))))


(defmacro defn
  "Defines a function var: the docstring becomes its :doc, the attr-map joins its metadata, and its
  parameter vectors become :arglists."
  {:arglists '([name doc-string? attr-map? [params*] body] [name doc-string? attr-map? ([params*] body) +])}
  [name & decl]
  (let [doc (when (string? (first decl)) (first decl))
        decl (if doc (next decl) decl)
        attr (when (map? (first decl)) (first decl))
        decl (if attr (next decl) decl)
        sigs (sigs-of decl)
        arglists (list 'quote (map1 first sigs))
        m (merge-meta (meta name) (if doc {:doc doc} {}) {:arglists arglists} (or attr {}))]
    (list 'def (with-meta name m) (with-meta (cons 'clojure.core/fn sigs) (meta &form)))))


(defmacro defn-
  "Like defn, but the var is private to its namespace."
  [name & decl]
  (list* 'clojure.core/defn (with-meta name (assoc (or (meta name) {}) :private true)) decl))

(defmacro declare
  "Forward declaration: interns each name as a var with no value yet, so that earlier code can use it."
  [& names]
  (cons 'do (map1 (fn [n] (list 'def (with-meta n (assoc (or (meta n) {}) :declared true)))) names)))

(defmacro defonce
  "Like def, but does nothing (expr is not evaluated) when the var already has a value, so reloading a
  file keeps it."
  [name expr]
  `(let [v# (def ~name)]
     (when-not (has-root? v#) (def ~name ~expr))))

(defmacro if-let
  "(if-let [form test] then else): then, with form bound to the value of test, when that value is true;
  else (or nil) otherwise."
  ([bindings then] `(if-let ~bindings ~then nil))
  ([bindings then else]
   (let [form (bindings 0) tst (bindings 1)]
     `(let [temp# ~tst]
        (if temp# (let [~form temp#] ~then) ~else)))))

(defmacro when-let
  "(when-let [form test] body...): body, with form bound to the value of test, when that value is true;
  nil otherwise."
  [bindings & body]
  (let [form (bindings 0) tst (bindings 1)]
    `(let [temp# ~tst]
       (when temp# (let [~form temp#] ~@body)))))

(defmacro if-some
  "Like if-let, but tests only for nil: false counts as a value."
  ([bindings then] `(if-some ~bindings ~then nil))
  ([bindings then else]
   (let [form (bindings 0) tst (bindings 1)]
     `(let [temp# ~tst]
        (if (nil? temp#) ~else (let [~form temp#] ~then))))))

(defmacro when-some
  "Like when-let, but tests only for nil: false counts as a value."
  [bindings & body]
  (let [form (bindings 0) tst (bindings 1)]
    `(let [temp# ~tst]
       (if (nil? temp#) nil (let [~form temp#] ~@body)))))

(defmacro when-first
  "(when-first [x xs] body...): body with x bound to the first item of xs, when xs has items; nil otherwise."
  [bindings & body]
  (let [x (bindings 0) xs (bindings 1)]
    `(when-let [xs# (seq ~xs)] (let [~x (first xs#)] ~@body))))

(defmacro letfn
  "Evaluates the exprs with local functions, each fnspec being (name [params*] exprs*) or
  (name ([params*] exprs*) +). The functions can call each other and themselves."
  {:special-form true :forms '[(letfn [fnspecs*] exprs*)]}
  [fnspecs & body]
  (let* [bindings (loop* [s (seq fnspecs) out []]
                    (if s (recur (next s) (conj (conj out (first (first s))) (cons 'clojure.core/fn (first s)))) out))]
    (list* 'letfn* bindings body)))

;; The rest of clojure.core, one file per area, in dependency order.
(load "/clojure/core/seqs")
(load "/clojure/core/macros")
(load "/clojure/core/interop")
(load "/clojure/core/io")
(load "/clojure/core/poly")
(load "/clojure/core/concurrency")
(load "/clojure/core/extras")
