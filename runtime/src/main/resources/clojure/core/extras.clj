;; clojure.core: the remaining smaller areas (arrays, unchecked math, struct maps, taps, ...).
;; Their Java halves are ArrayFns, UncheckedFns, NumberConversions, ChunkFns, PrimitiveVector,
;; StructMapFns, PrintMethodFns, ReaderFns, HostFns, HashFns, LibraryFns and Taps.
(in-ns 'clojure.core)

;; ---- predicates ----

(defn pos-int? "Whether x is a fixed-precision integer greater than zero." [x] (and (int? x) (pos? x)))
(defn neg-int? "Whether x is a fixed-precision integer less than zero." [x] (and (int? x) (neg? x)))
(defn nat-int? "Whether x is a fixed-precision integer that is zero or more." [x] (and (int? x) (not (neg? x))))
(defn qualified-ident? "Whether x is a symbol or keyword with a namespace." [x] (boolean (and (ident? x) (namespace x) true)))
(defn simple-ident? "Whether x is a symbol or keyword without a namespace." [x] (and (ident? x) (nil? (namespace x))))

;; ---- instants ----

(defprotocol Inst
  "Points in time: java.util.Date and java.time.Instant."
  (inst-ms* [inst] "The milliseconds from the Unix epoch to inst."))

(extend-protocol Inst
  java.util.Date
  (inst-ms* [inst] (.getTime ^java.util.Date inst))
  java.time.Instant
  (inst-ms* [inst] (.toEpochMilli ^java.time.Instant inst)))

(defn inst-ms "The time of the Inst inst as milliseconds from the Unix epoch (1970-01-01T00:00Z)." [inst] (inst-ms* inst))
(defn inst? "Whether x satisfies Inst (java.util.Date and java.time.Instant do)." [x] (satisfies? Inst x))

;; ---- arrays ----

(defmacro amap
  "Builds a new array from array a: ret names a clone of a, and each element idx of it is set to expr
  (evaluated with idx bound); gives ret."
  [a idx ret expr]
  `(let [a# ~a l# (alength a#)
         ~ret (aclone a#)]
     (loop [~idx 0]
       (if (< ~idx l#)
         (do (aset ~ret ~idx ~expr)
             (recur (unchecked-inc ~idx)))
         ~ret))))

(defmacro areduce
  "Folds over array a: with idx bound to each index in turn and ret to the value so far (init at first),
  expr gives the next value; gives the last one."
  [a idx ret init expr]
  `(let [a# ~a l# (alength a#)]
     (loop [~idx 0 ~ret ~init]
       (if (< ~idx l#)
         (recur (unchecked-inc-int ~idx) ~expr)
         ~ret))))

;; ---- struct maps ----

(defmacro defstruct
  "Defines name as the structure basis of keys, for struct and struct-map."
  [name & keys]
  `(def ~name (create-struct ~@keys)))

;; ---- chunked seqs ----

(defn chunked-seq?
  "Whether s is a chunked seq: a range, a vector's seq, what chunk-cons builds, or the realized seq of
  map, filter, ... over one of those."
  [s]
  (instance? clojure.lang.IChunkedSeq s))

;; ---- vars, namespaces and libs ----

(def ^{:doc "Unquote: only meaningful inside syntax-quote."} unquote)
(def ^{:doc "Unquote-splicing: only meaningful inside syntax-quote."} unquote-splicing)

(defmacro with-local-vars
  "Runs body with each name of the bindings (name init pairs) bound to a new var of no namespace,
  thread-bound to its init value; use var-get, var-set and @ on them."
  [name-vals-vec & body]
  (when-not (vector? name-vals-vec)
    (throw (IllegalArgumentException. "with-local-vars requires a vector for its binding")))
  (when-not (even? (count name-vals-vec))
    (throw (IllegalArgumentException. "with-local-vars requires an even number of forms in binding vector")))
  `(let [~@(interleave (take-nth 2 name-vals-vec) (repeat '(clojure.core/-local-var)))]
     (push-thread-bindings (hash-map ~@name-vals-vec))
     (try ~@body
          (finally (pop-thread-bindings)))))

(defmacro refer-clojure
  "Refers the public vars of clojure.core into the current namespace, with refer's filters
  (:only, :exclude, :rename)."
  [& filters]
  `(clojure.core/refer '~'clojure.core ~@filters))

(defn requiring-resolve
  "Like resolve for the qualified symbol sym, but when it does not resolve, requires sym's namespace
  and tries again."
  [sym]
  (if (qualified-symbol? sym)
    (or (resolve sym)
        (do (require (symbol (namespace sym)))
            (resolve sym)))
    (throw (IllegalArgumentException. (str "Not a qualified symbol: " sym)))))

(defn use
  "Like require, then refers the lib's public vars into the current namespace. A lib spec is a symbol,
  a vector [lib & options] with :as, :only, :exclude and :rename, or a prefix list (prefix lib...).
  Flags :reload and :reload-all are passed to require."
  [& args]
  (let [flags (filter keyword? args)
        prefixed (fn [prefix lib]
                   (if (vector? lib)
                     (into [(symbol (str prefix "." (first lib)))] (rest lib))
                     (symbol (str prefix "." lib))))
        specs (mapcat (fn [spec]
                        (if (seq? spec)
                          (map #(prefixed (first spec) %) (rest spec))
                          [spec]))
                      (remove keyword? args))]
    (doseq [spec specs]
      (let [[lib & options] (if (vector? spec) spec [spec])
            opts (apply hash-map options)]
        (apply require (if (:as opts) [lib :as (:as opts)] lib) flags)
        (apply refer lib (mapcat identity (select-keys opts [:only :exclude :rename])))))
    nil))

(defn test
  "Calls the fn in the :test metadata of v: :ok when there is one, else :no-test."
  [v]
  (let [f (:test (meta v))]
    (if f
      (do (f) :ok)
      :no-test)))

(defmacro definline
  "Defines a function whose body is given as a template, like a macro's: (definline f [x] `(+ ~x 1)).
  The expansion becomes the fn's body and is kept as the var's :inline metadata."
  [name & decl]
  (let [[pre-args [args expr]] (split-with (comp not vector?) decl)]
    `(do
       (defn ~name ~@pre-args ~args ~(apply (eval (list `fn args expr)) args))
       (alter-meta! (var ~name) assoc :inline (fn ~name ~args ~expr))
       (var ~name))))

;; ---- trees ----

(defn xml-seq
  "A tree seq over elements of the shape clojure.xml/parse gives ({:tag .. :attrs .. :content [..]})."
  [root]
  (tree-seq (complement string?) (comp seq :content) root))

(defn file-seq
  "A lazy seq of the java.io.File dir and every file and directory beneath it, depth first."
  [dir]
  (tree-seq (fn [f] (.isDirectory ^java.io.File f))
            (fn [d] (seq (.listFiles ^java.io.File d)))
            dir))

;; ---- host ----

(def primitives-classnames
  "Map from each primitive type class to the source text that names it, such as \"Long/TYPE\"."
  {Float/TYPE "Float/TYPE", Integer/TYPE "Integer/TYPE", Long/TYPE "Long/TYPE", Boolean/TYPE "Boolean/TYPE",
   Character/TYPE "Character/TYPE", Double/TYPE "Double/TYPE", Byte/TYPE "Byte/TYPE", Short/TYPE "Short/TYPE"})

(defn method-sig
  "[name parameter-types return-type] of a java.lang.reflect.Method."
  [^java.lang.reflect.Method meth]
  [(.getName meth) (seq (.getParameterTypes meth)) (.getReturnType meth)])

;; ---- dynamic vars tools read, at Clojure's defaults ----

(def ^:dynamic *verbose-defrecords* "Accepted for compatibility; mino does not read it." false)
(def ^:dynamic *use-context-classloader* "Accepted for compatibility; mino does not read it." true)
(def ^:dynamic *allow-unresolved-vars* "Accepted for compatibility; mino does not read it." false)
(def ^:dynamic *compile-files* "Accepted for compatibility: mino compiles no class files, and does not read it." false)
(def ^:dynamic *compile-path* "Accepted for compatibility: mino compiles no class files, and does not read it." "classes")
(def ^:dynamic *compiler-options* "Accepted for compatibility; mino does not read it." nil)
(def ^:dynamic *fn-loader* "Accepted for compatibility; mino does not read it." nil)

(defmacro with-precision
  "Runs body with BigDecimal results rounded to precision digits: (with-precision 10 (/ 1M 3)),
  optionally (with-precision 10 :rounding HALF_DOWN body)."
  [precision & exprs]
  (let [[rounding body] (if (= :rounding (first exprs)) [(second exprs) (nnext exprs)] ['HALF_UP exprs])]
    `(with-precision* ~precision '~rounding (fn [] ~@body))))
