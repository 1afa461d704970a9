(ns clojure.repl
  "Looking around from the REPL: documentation (doc, find-doc), definitions (source), names (apropos, dir)
  and errors (pst). The REPL refers doc, source, apropos, dir, find-doc and pst into user when it starts."
  (:require [clojure.string :as str]))

;; form-text and stack-frames, the parts that need Java (dev.mino.runtime.core.ReplLib).
(clojure.core/install-native-lib 'clojure.repl)

;; What doc shows for the special forms that are not macros: their syntax, and a page of clojure.org.
(def ^:private special-doc-map
  '{. {:forms [(.instanceMember instance args*) (.instanceMember Classname args*) (Classname/staticMethod args*)
              Classname/staticField]
       :url "java_interop#dot"
       :doc "Java member access: calls a method, or reads a field, of an object or a class. The forms above\n  are shorthands that expand into (. target member args*)."}
    def {:forms [(def symbol doc-string? init?)]
         :doc "Interns the var symbol in the current namespace and, given init, sets its root to the value of init.\n  The symbol's metadata (and doc-string, as :doc) becomes the var's. Returns the var."}
    do {:forms [(do exprs*)]
        :doc "Evaluates the exprs in order and returns the value of the last, or nil when there are none."}
    if {:forms [(if test then else?)]
        :doc "Evaluates test; when its value is true (not nil or false), evaluates and gives then, otherwise else\n  (nil without else)."}
    new {:forms [(Classname. args*) (new Classname args*)]
         :url "java_interop#new"
         :doc "A new instance of the class, made by the constructor that fits the args."}
    quote {:forms [(quote form)]
           :doc "form itself, unevaluated. The reader turns 'form into (quote form)."}
    recur {:forms [(recur exprs*)]
           :doc "Jumps back to the start of the nearest enclosing loop or fn, binding its locals or parameters to the\n  values of the exprs. Allowed only in tail position; it uses no stack."}
    set! {:forms [(set! var-symbol expr) (set! (. instance-expr instanceFieldName-symbol) expr)
                  (set! (. Classname-symbol staticFieldName-symbol) expr)]
          :url "vars#set"
          :doc "Assigns the value of expr to the thread binding of a dynamic var (which must be bound on this\n  thread) or to a Java field, and returns it."}
    throw {:forms [(throw expr)]
           :doc "Throws the exception expr gives."}
    try {:forms [(try expr* catch-clause* finally-clause?)]
         :doc "Evaluates the exprs and returns the value of the last. An exception they throw goes to the first\n  (catch Class name body*) it is an instance of, whose body gives the value instead. The body of\n  (finally body*) always runs last, for its side effects."}
    var {:forms [(var symbol)]
         :doc "The var symbol names, rather than its value. The reader turns #'symbol into (var symbol)."}})

(defn- print-doc
  "Prints the header line, then what m (a var's or namespace's metadata, or a special form's) says: its
  forms or arglists, whether it is a special form or a macro, its docstring, and a special form's page."
  [{ns :ns name :name :keys [forms arglists special-form macro doc url] :as m}]
  (println "-------------------------")
  (println (if ns (str (ns-name ns) "/" name) (str name)))
  (doseq [f forms] (print "  ") (prn f))
  (when arglists (prn arglists))
  (cond special-form (println "Special Form")
        macro (println "Macro"))
  (when doc (println " " doc))
  (when special-form
    (cond (not (contains? m :url)) (println (str "\n  Please see http://clojure.org/special_forms#" name))
          url (println (str "\n  Please see http://clojure.org/" url)))))

(defn- special-doc [name]
  (assoc (or (special-doc-map name) (meta (resolve name))) :name name :special-form true))

(defn- print-var-doc [v]
  (print-doc (meta v)))

(defn- print-ns-doc [ns]
  (print-doc (assoc (dissoc (meta ns) :ns) :name (ns-name ns))))

(defmacro doc
  "Prints the documentation of what name names: a special form (its syntax and description), a namespace,
  or a var (its qualified name, arglists, whether it is a macro, its docstring). Prints nothing for a name
  that names none of these."
  [name]
  (let [special ('{& fn catch try finally try} name)]
    (cond special `(#'print-doc (#'special-doc '~special))
          (special-doc-map name) `(#'print-doc (#'special-doc '~name))
          (special-symbol? name) `(#'print-doc {:name '~name :special-form true :url nil})
          (find-ns name) `(#'print-ns-doc (find-ns '~name))
          (var? (resolve name)) `(#'print-var-doc (var ~name)))))

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
     (loop [t e]
       (println (str (simple-class-name t) " " (ex-message t)
                     (when-let [data (ex-data t)] (str " " (pr-str data)))))
       (doseq [frame (take depth (stack-frames t))]
         (println (str \tab frame)))
       (when-let [cause (ex-cause t)]
         (println "Caused by:")               ; on a line of its own, as Clojure prints it
         (recur cause))))))
