(ns clojure.repl
  "Looking around from the REPL: documentation (doc, find-doc), definitions (source), names (apropos, dir)
  and errors (pst). The REPL refers doc, source, apropos, dir, find-doc and pst into user when it starts."
  (:require [clojure.string :as str]))

;; form-text and stack-frames, the parts that need Java (dev.mino.runtime.core.ReplLib).
(clojure.core/install-native-lib 'clojure.repl)

(def ^:private rule "-------------------------")

(defn- print-doc
  "Prints the header line, then what m (a var's or namespace's metadata, or a special form's) says."
  [title m]
  (println rule)
  (println title)
  (when-let [arglists (:arglists m)] (prn arglists))
  (cond (:special-form m) (println "Special Form")
        (:macro m) (println "Macro"))
  (when-let [d (:doc m)] (println " " d)))

(defn- print-var-doc [v]
  (let [m (meta v)]
    (print-doc (str (ns-name (:ns m)) "/" (:name m)) m)))

(defn- print-ns-doc [ns]
  (print-doc (str (ns-name ns)) (meta ns)))

(defmacro doc
  "Prints the documentation of what name names: a special form, a namespace, or a var (its qualified name,
  its arglists, whether it is a macro, its docstring). Prints nothing for a name that names none of these."
  [name]
  (cond
    (special-symbol? name) `(#'print-doc ~(str name) {:special-form true})
    (find-ns name) `(#'print-ns-doc (find-ns '~name))
    (resolve name) `(#'print-var-doc (var ~name))))

(defn find-doc
  "Prints the documentation of every namespace and every public var of a loaded namespace whose name or
  docstring matches re-string-or-pattern (a regex, or a string made into one)."
  [re-string-or-pattern]
  (let [re (re-pattern re-string-or-pattern)
        matches? (fn [m label] (or (and (:doc m) (re-find re (:doc m))) (re-find re (str label))))]
    (doseq [ns (sort-by ns-name (all-ns))
            :when (matches? (meta ns) (ns-name ns))]
      (print-ns-doc ns))
    (doseq [ns (sort-by ns-name (all-ns))
            [sym v] (sort-by key (ns-publics ns))
            :when (matches? (meta v) sym)]
      (print-var-doc v))))

(defn source-fn
  "The source text of the definition of the var sym names (resolved in *ns*), read from the file its
  metadata names (:file, :line): a library's source, or a file this state may read. nil when it cannot be
  found, as for a fn typed at the REPL or one written in Java."
  [sym]
  (when-let [v (resolve sym)]
    (let [{:keys [file line column]} (meta v)]
      (when (and file line)
        (form-text file line (or column 1))))))

(defmacro source
  "Prints the source text of the definition of the var name names, or says it was not found."
  [name]
  `(println (or (source-fn '~name) "Source not found")))

(defn apropos
  "The qualified names of the public vars of every loaded namespace whose name contains str-or-pattern (a
  string), or has a match for it (a regex), sorted."
  [str-or-pattern]
  (let [matches? (if (instance? java.util.regex.Pattern str-or-pattern)
                   (fn [s] (re-find str-or-pattern s))
                   (fn [s] (str/includes? s (str str-or-pattern))))]
    (sort (for [ns (all-ns)
                sym (keys (ns-publics ns))
                :when (matches? (str sym))]
            (symbol (str (ns-name ns)) (str sym))))))

(defn dir-fn
  "The names of the public vars of the namespace ns names (an alias of *ns* or a namespace's name), sorted."
  [ns]
  (sort (keys (ns-publics (the-ns (get (ns-aliases *ns*) ns ns))))))

(defmacro dir
  "Prints the names of the public vars of the namespace nsname names, sorted, one a line."
  [nsname]
  `(doseq [name# (dir-fn '~nsname)] (println name#)))

(defn root-cause
  "The innermost cause of throwable t: the end of its chain of causes (t itself when it has none)."
  [t]
  (if-let [cause (ex-cause t)] (recur cause) t))

(defn- simple-class-name [x]
  (re-find #"[^.]+$" (pr-str (class x))))

(defn pst
  "Prints a throwable to *err*: its class, message and ex-data, then up to depth (12 unless given) of the
  mino frames it passed through, innermost first (else where it was raised), then each cause the same way.
  With no throwable, prints *e, the last error at the REPL."
  ([] (pst 12))
  ([e-or-depth]
   (if (instance? Throwable e-or-depth)
     (pst e-or-depth 12)
     (when-let [e *e] (pst e e-or-depth))))
  ([e depth]
   (binding [*out* *err*]
     (loop [t e, prefix ""]
       (println (str prefix (simple-class-name t) " " (ex-message t)
                     (when-let [data (ex-data t)] (str " " (pr-str data)))))
       (doseq [frame (take depth (stack-frames t))]
         (println (str \tab frame)))
       (when-let [cause (ex-cause t)]
         (recur cause "Caused by: "))))))
