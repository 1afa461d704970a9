;; clojure.core: Java interop conveniences on top of the . and new special forms.
(in-ns 'clojure.core)

(defmacro import
  "Makes Java classes reachable by their simple names in the current namespace:
  (import 'java.util.Date) or (import '[java.util Date UUID])."
  [& import-symbols-or-lists]
  (let [unquote-spec (fn [s] (if (and (seq? s) (= 'quote (first s))) (second s) s))]
    `(import* ~@(map (fn [s] (list 'quote (unquote-spec s))) import-symbols-or-lists))))

(defmacro ..
  "(.. x (m1 a) m2) threads x through member accesses: (. (. x (m1 a)) m2)."
  ([x form] `(. ~x ~form))
  ([x form & more] `(.. (. ~x ~form) ~@more)))

(defmacro memfn
  "A fn calling the named method on its first argument: (memfn toUpperCase)."
  [name & args]
  (let [t (gensym "target")]
    `(fn [~t ~@args] (. ~t (~name ~@args)))))



(defn- proxy-arities
  "The arities one method spec of proxy gives: (name [params] body...) one, (name ([params] body...) ...)
  several."
  [spec]
  (let [tail (rest spec)]
    (if (vector? (first tail)) [tail] tail)))

(defn- proxy-fn
  "The fn of one method name: every arity given for it, each taking the proxy first, as this."
  [arities]
  (list* `fn (map (fn [[params & body]] (list* (vec (cons 'this params)) body)) arities)))

(defmacro proxy
  "An instance of a class made at run time that extends the class among class-and-interfaces (Object when
  there is none) and implements the interfaces: (proxy [Class? Interface...] [ctor-args...] (method [params]
  body...) ...). A method may have several arities, given as (method ([a] ...) ([a b] ...)). In each body
  this is the proxy. Methods not given call the superclass's, or, abstract or an interface's, throw
  UnsupportedOperationException; toString, equals and hashCode are Object's unless given. The classes
  must be reachable by interop in this state."
  [class-and-interfaces args & fs]
  (let [by-name (reduce (fn [m spec] (update m (name (first spec)) (fnil into []) (proxy-arities spec))) {} fs)
        fns (into {} (map (fn [[mname arities]] [mname (proxy-fn arities)]) by-name))]
    `(let [p# (construct-proxy (proxy-class-in ~(name (ns-name *ns*)) ~@class-and-interfaces) ~@args)]
       (init-proxy p# ~fns)
       p#)))

(defmacro proxy-super
  "Inside a proxy's method: calls the superclass's method meth on this with args (meanwhile, calls of meth
  on this proxy from any thread reach the superclass's method)."
  [meth & args]
  `(proxy-call-with-super (fn [] (. ~'this ~meth ~@args)) ~'this ~(name meth)))

(defmacro gen-interface
  "Defines a Java interface in this state: (gen-interface :name pkg.Name :extends [Interface...] :methods
  [[name [param-types] return-type] ...]), types named as in type hints (long, String, java.util.List).
  Returns the interface. Defining it again the same way answers it again; it cannot be redefined otherwise."
  [& options]
  (let [{:keys [name extends methods]} (apply hash-map options)]
    `(gen-interface* ~(str name) '~(vec extends) '~(vec methods))))

(defn- hinted-type
  "The type a definterface name or parameter is hinted with, Object when it has no hint."
  [x]
  (or (:tag (meta x)) 'Object))

(defmacro definterface
  "Defines a Java interface named name in the current namespace (as ns.name) and imports it:
  (definterface Name (method [params]) ...), methods and parameters hinted with their types
  (^long (size [^String s])), Object when not. deftype, reify and proxy can implement it."
  [name & sigs]
  (let [cname (str (namespace-munge *ns*) "." name)
        methods (vec (for [[mname params] sigs]
                       [(str mname) (mapv hinted-type params) (hinted-type mname)]))]
    `(let [c# (gen-interface* ~cname [] '~methods)]
       (import* '~(symbol cname))
       c#)))

(defmacro with-loading-context
  "Runs body with the thread's context class loader set to the one mino loads classes and library
  resources through (the state's own, never another), and restores the previous loader after. Returns
  the value of body."
  [& body]
  `(run-with-loading-context (fn [] ~@body)))
