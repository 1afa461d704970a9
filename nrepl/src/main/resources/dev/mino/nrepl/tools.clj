(ns mino.nrepl.tools
  "What the nREPL server's completions, lookup and describe ops ask of the state. Each fn answers plain
  data with string keys, sent to the client as bencode as it is (nil values are left out)."
  (:require [clojure.string :as str]))

(def ^:private special-forms
  '[def if do let* letfn* quote var fn* loop* recur throw try catch finally new set! . case* deftype* reify*
    monitor-enter monitor-exit import* &])

(defn- the-ns-named
  "The namespace named ns-name, or user when there is none (a client's stale ns)."
  [ns-name]
  (or (find-ns (symbol ns-name)) (find-ns 'user)))

(defn- var-type [v]
  (cond (:macro (meta v)) "macro"
        (and (bound? v) (fn? @v)) "function"
        :else "var"))

(defn- var-candidate [qualifier sym v]
  {"candidate" (if qualifier (str qualifier "/" sym) (str sym))
   "ns" (namespace (symbol v))
   "type" (var-type v)})

(defn- qualified-candidates
  "The public vars of the namespace qualifier names (an alias in ns, or a namespace's name)."
  [ns qualifier]
  (when-let [target (or (get (ns-aliases ns) (symbol qualifier)) (find-ns (symbol qualifier)))]
    (for [[sym v] (ns-publics target)] (var-candidate qualifier sym v))))

(defn- unqualified-candidates [ns]
  (concat (for [[sym v] (ns-map ns) :when (var? v)] (var-candidate nil sym v))
          (for [n (all-ns)] {"candidate" (str (ns-name n)) "type" "namespace"})
          (for [[alias _] (ns-aliases ns)] {"candidate" (str alias) "type" "namespace"})
          (for [s special-forms] {"candidate" (str s) "type" "special-form"})))

(defn completions
  "The candidates that start with prefix, seen from the namespace named ns-name: vars (an alias or a
  namespace before a / in the prefix gives that namespace's public ones), namespaces, aliases and special
  forms; sorted, each candidate once."
  [prefix ns-name]
  (let [ns (the-ns-named ns-name)
        slash (str/index-of prefix "/")
        candidates (if (and slash (pos? slash))
                     (qualified-candidates ns (subs prefix 0 slash))
                     (unqualified-candidates ns))]
    (->> candidates
         (filter #(str/starts-with? (get % "candidate") prefix))
         (reduce (fn [found c] (update found (get c "candidate") #(or % c))) (sorted-map))
         vals
         vec)))

(defn- var-info [v]
  (let [m (meta v)
        arglists (some-> (:arglists m) pr-str)]
    {"ns" (namespace (symbol v))
     "name" (name (symbol v))
     "arglists" arglists
     "arglists-str" arglists
     "doc" (:doc m)
     "file" (:file m)
     "line" (:line m)
     "column" (:column m)
     "macro" (when (:macro m) "true")}))

(defn- ns-info [n]
  {"ns" (str (ns-name n)) "name" (str (ns-name n)) "doc" (:doc (meta n))})

(defn lookup
  "What is known of the symbol named sym in the namespace named ns-name: the metadata of the var it
  resolves to, or of the namespace it names (or aliases); {} when it is neither."
  [sym ns-name]
  (let [ns (the-ns-named ns-name)
        s (symbol sym)
        v (try (ns-resolve ns s) (catch Exception _ nil))]
    (cond (var? v) (var-info v)
          :else (if-let [n (or (get (ns-aliases ns) s) (find-ns s))] (ns-info n) {}))))

(defn clojure-version-map
  "*clojure-version* as describe's versions give it. The version string leaves out the qualifier (mino's),
  which clients that compare versions do not parse."
  []
  (let [{:keys [major minor incremental qualifier]} *clojure-version*]
    {"major" major "minor" minor "incremental" incremental "qualifier" qualifier
     "version-string" (str major "." minor "." incremental)}))
