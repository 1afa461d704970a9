(ns dev.mino.nrepl.reference-client
  "Drives mino's nREPL server with the reference nREPL client (org.clojure/tools.nrepl, running on Clojure itself),
  as an editor would. Each fn returns plain Clojure data that ReferenceClientTest checks."
  (:require [clojure.tools.nrepl :as nrepl]
            [clojure.walk]))

(def ^:private timeout-ms 20000)

(defn- session-client [conn]
  (let [c (nrepl/client conn timeout-ms)]
    (nrepl/client-session c)))

(defn- combined [responses]
  (nrepl/combine-responses (doall responses)))

(defn eval-code
  "Evaluates code in a fresh session on a new connection: {:values [read values] :out text :ns ns :status #{...}}."
  [port code]
  (with-open [conn (nrepl/connect :port port)]
    (let [s (session-client conn)
          r (combined (nrepl/message s {:op "eval" :code code}))]
      {:values (vec (map read-string (:value r))) :out (:out r) :ns (:ns r) :status (set (:status r))})))

(defn load-file-op
  "Sends load-file with the file's text, name and path; returns the combined response."
  [port text file-name file-path]
  (with-open [conn (nrepl/connect :port port)]
    (let [s (session-client conn)
          r (combined (nrepl/message s {:op "load-file" :file text :file-name file-name :file-path file-path}))
          after (combined (nrepl/message s {:op "eval" :code "(greet \"editor\")"}))]
      {:values (vec (map read-string (:value r))) :status (set (:status r)) :after (vec (map read-string (:value after)))})))

(defn completions
  "The completion candidates the server offers for prefix in namespace ns."
  [port prefix ns]
  (with-open [conn (nrepl/connect :port port)]
    (let [s (session-client conn)
          r (doall (nrepl/message s {:op "completions" :prefix prefix :ns ns}))]
      {:candidates (vec (sort (map :candidate (mapcat :completions r))))
       :status (set (mapcat :status r))})))

(defn interrupt-runaway
  "Starts an endless loop, interrupts it by id over a second connection (one client's reads of a single
  connection race when two threads wait on it), then evaluates again in that session."
  [port]
  (with-open [conn (nrepl/connect :port port)
              control (nrepl/connect :port port)]
    (let [c (nrepl/client conn timeout-ms)
          session (nrepl/new-session c)
          s (nrepl/client-session c :session session)
          id "runaway-1"
          running (future (doall (nrepl/message s {:op "eval" :id id :code "(loop [] (recur))"})))]
      (Thread/sleep 500)
      (let [ir (combined (nrepl/message (nrepl/client-session (nrepl/client control timeout-ms) :session session)
                                        {:op "interrupt" :interrupt-id id}))
            ev (deref running timeout-ms ::timed-out)
            after (combined (nrepl/message s {:op "eval" :code "(+ 40 2)"}))]
        {:interrupt-status (set (:status ir))
         :eval-status (if (= ev ::timed-out) #{"timed-out"} (set (:status (combined ev))))
         :after (vec (map read-string (:value after)))}))))

(defn two-sessions
  "Two sessions, each with its own namespace and binding, used from two threads at once (each thread on a
  connection of its own: one client's reads of a single connection race when two threads wait on it)."
  [port]
  (with-open [conn-a (nrepl/connect :port port)
              conn-b (nrepl/connect :port port)]
    (let [ca (nrepl/client conn-a timeout-ms)
          cb (nrepl/client conn-b timeout-ms)
          a (nrepl/client-session ca :session (nrepl/new-session ca))
          b (nrepl/client-session cb :session (nrepl/new-session cb))
          run (fn [s code] (combined (nrepl/message s {:op "eval" :code code})))]
      (run a "(ns session.a) (def who :a) (set! *print-length* 2)")
      (run b "(ns session.b) (def who :b)")
      (let [fa (future (run a "(do (Thread/sleep 300) [(str *ns*) who])"))
            fb (future (run b "[(str *ns*) who]"))
            va @fa
            vb @fb
            sessions (combined (nrepl/message (nrepl/client-session ca) {:op "ls-sessions"}))]
        {:a (read-string (first (:value va)))
         :b (read-string (first (:value vb)))
         :a-prints (first (:value (run a "(range 5)")))
         :b-prints (first (:value (run b "(range 5)")))
         :sessions (count (:sessions sessions))}))))

(defn describe-op [port]
  (with-open [conn (nrepl/connect :port port)]
    (let [r (combined (nrepl/message (nrepl/client conn timeout-ms) {:op "describe"}))]
      {:ops (set (map name (keys (:ops r)))) :versions (:versions r)})))

(defn- plain
  "x with keywords turned into their names, so the Java side needs none of Clojure's classes."
  [x]
  (clojure.walk/postwalk #(if (keyword? %) (name %) %) x))

(doseq [v [#'eval-code #'load-file-op #'completions #'interrupt-runaway #'two-sessions #'describe-op]]
  (alter-var-root v (fn [f] (fn [& args] (plain (apply f args))))))
