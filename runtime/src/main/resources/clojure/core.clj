;; clojure.core, the mino half: macros and the functions that are simplest written in mino itself.
;; The Java half (arithmetic, collections, seq primitives, printing, namespaces) is installed first.
(in-ns 'clojure.core)

(def ^:private map1 (fn* map1 [f coll] (lazy-seq* (fn* [] (let* [s (seq coll)] (if s (cons (f (first s)) (map1 f (rest s)))))))))

(def ^:private defmacro-fn 'fn*)

(def
 ^{:doc "Like defn, but the resulting function name is declared as a macro."}
 defmacro
 (fn* defmacro [&form &env name & decl]
   (let* [doc (if (string? (first decl)) (first decl) nil)
          decl (if doc (next decl) decl)
          decl (if (map? (first decl)) (next decl) decl)
          sigs (if (vector? (first decl)) (list decl) decl)
          sigs (map1 (fn* [sig] (cons (vec (cons '&form (cons '&env (first sig)))) (next sig))) sigs)]
     (list 'do
           (list 'def (with-meta name (if doc {:doc doc} {})) (cons defmacro-fn (cons name sigs)))
           (list 'clojure.core/set-macro! (list 'var name))
           (list 'var name)))))

(set-macro! (var defmacro))

(defmacro comment [& body] nil)

(defmacro lazy-seq [& body] (list 'clojure.core/lazy-seq* (list* 'fn* [] body)))

(def second (fn* second [x] (first (next x))))
(def ffirst (fn* ffirst [x] (first (first x))))
(def nfirst (fn* nfirst [x] (next (first x))))
(def fnext (fn* fnext [x] (first (next x))))
(def nnext (fn* nnext [x] (next (next x))))

(defmacro when [test & body] (list 'if test (cons 'do body)))
(defmacro when-not [test & body] (list 'if test nil (cons 'do body)))
(defmacro if-not ([test then] (list 'if test nil then)) ([test then else] (list 'if test else then)))

(defmacro and
  ([] true)
  ([x] x)
  ([x & next] (let* [g (gensym "and__")] (list 'let* [g x] (list 'if g (cons 'clojure.core/and next) g)))))

(defmacro or
  ([] nil)
  ([x] x)
  ([x & next] (let* [g (gensym "or__")] (list 'let* [g x] (list 'if g g (cons 'clojure.core/or next))))))

(defmacro cond [& clauses]
  (when clauses
    (when-not (next clauses) (throw (ex-info "cond requires an even number of forms" {})))
    (list 'if (first clauses) (second clauses) (cons 'clojure.core/cond (nnext clauses)))))

(def ^:private sigs-of
  (fn* [decl]
    (if (vector? (first decl)) (list decl) decl)))

;; fn with destructuring parameters: non-symbol params become gensyms bound by a let in the body.
(def ^:private fn-method
  (fn* [sig]
    (let* [params (first sig)
           body (next sig)
           body (if (and (map? (first body)) (next body)) (next body) body)]
      (loop* [ps (seq params) out [] lets []]
        (if ps
          (let* [p (first ps)]
            (if (or (symbol? p))
              (recur (next ps) (conj out p) lets)
              (let* [g (gensym "p__")] (recur (next ps) (conj out g) (conj (conj lets p) g)))))
          (if (seq lets)
            (list out (cons 'clojure.core/let (cons lets body)))
            (cons out body)))))))

(defmacro fn [& decl]
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

(defmacro let [bindings & body]
  (when-not (vector? bindings) (throw (ex-info "let requires a vector for its binding" {})))
  (list* 'let* (destructure bindings) body))

(defmacro loop [bindings & body]
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


(defmacro defn [name & decl]
  (let [doc (when (string? (first decl)) (first decl))
        decl (if doc (next decl) decl)
        attr (when (map? (first decl)) (first decl))
        decl (if attr (next decl) decl)
        sigs (sigs-of decl)
        arglists (list 'quote (map1 first sigs))
        m (merge-meta (meta name) (if doc {:doc doc} {}) (or attr {}) {:arglists arglists})]
    (list 'def (with-meta name m) (with-meta (cons 'clojure.core/fn sigs) (meta &form)))))


(defmacro defn- [name & decl] (list* 'clojure.core/defn (with-meta name (assoc (or (meta name) {}) :private true)) decl))

(defmacro declare [& names] (cons 'do (map1 (fn [n] (list 'def (with-meta n (assoc (or (meta n) {}) :declared true)))) names)))

(defmacro defonce [name expr]
  `(let [v# (def ~name)]
     (when-not (has-root? v#) (def ~name ~expr))))

(defmacro if-let
  ([bindings then] `(if-let ~bindings ~then nil))
  ([bindings then else]
   (let [form (bindings 0) tst (bindings 1)]
     `(let [temp# ~tst]
        (if temp# (let [~form temp#] ~then) ~else)))))

(defmacro when-let [bindings & body]
  (let [form (bindings 0) tst (bindings 1)]
    `(let [temp# ~tst]
       (when temp# (let [~form temp#] ~@body)))))

(defmacro if-some
  ([bindings then] `(if-some ~bindings ~then nil))
  ([bindings then else]
   (let [form (bindings 0) tst (bindings 1)]
     `(let [temp# ~tst]
        (if (nil? temp#) ~else (let [~form temp#] ~then))))))

(defmacro when-some [bindings & body]
  (let [form (bindings 0) tst (bindings 1)]
    `(let [temp# ~tst]
       (if (nil? temp#) nil (let [~form temp#] ~@body)))))

(defmacro when-first [bindings & body]
  (let [x (bindings 0) xs (bindings 1)]
    `(when-let [xs# (seq ~xs)] (let [~x (first xs#)] ~@body))))

(defmacro letfn [fnspecs & body]
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
