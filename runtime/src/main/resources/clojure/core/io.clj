;; clojure.core: I/O macros (the functions are Java builtins in dev.mino.runtime.core.IoFns).
(in-ns 'clojure.core)

(defmacro with-open
  "Evaluates body with each name bound to its init, as let does, and then closes the bound values in
  reverse order (their close method), however body exits."
  [bindings & body]
  (when-not (vector? bindings)
    (throw (illegal-argument (str "with-open requires a vector for its binding in " *ns* ":" (:line (meta &form))))))
  (when-not (even? (count bindings))
    (throw (illegal-argument (str "with-open requires an even number of forms in binding vector in " *ns* ":" (:line (meta &form))))))
  (if (empty? bindings)
    `(do ~@body)
    (let [[name init & more] bindings]
      (when-not (symbol? name)
        (throw (illegal-argument "with-open only allows Symbols in bindings")))
      `(let [~name ~init]
         (try
           (with-open ~(vec more) ~@body)
           (finally (close* ~name)))))))

(defmacro with-in-str
  "Evaluates body with *in* reading from the string s; returns body's value."
  [s & body]
  `(with-in-str* ~s (fn [] ~@body)))
