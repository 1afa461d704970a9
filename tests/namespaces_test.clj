(ns namespaces-test
  "Namespaces and vars: ns/in-ns, require with :as/:refer/:refer :all, loading a file by path,
  dynamic vars and binding, declare, defonce, and namespace introspection."
  (:require [clojure.test :refer :all]))

;; support/helper.clj sits beside this file. mino's (require "path") takes a path relative to the
;; working directory; the suite may run from the repo root (./mino) or from the tests module
;; (Maven), so the path is built from the directory of the file being loaded (*file*).
(def this-directory
  (let [f (str *file*)]
    (loop [i (dec (count f))]
      (cond (< i 0) ""
            (= "/" (subs f i (inc i))) (subs f 0 (inc i))
            :else (recur (dec i))))))

#?(:mino (require (str this-directory "support/helper"))
   :clj (load-file (str this-directory "support/helper.clj")))

(require '[support.helper :as h])
(require '[support.helper :refer [shout]])
(require '[support.helper :refer :all])
(require 'support.helper)

(def loaded-in (ns-name *ns*))

(in-ns 'namespaces-test.other)
(def other-value 99)
(def seen-ns (clojure.core/ns-name clojure.core/*ns*))
(in-ns 'namespaces-test)

(declare later-fn)
(defn uses-later [] (later-fn))
(defn later-fn [] :later)

(defonce once-val (atom 0))
(defonce once-val (atom 100))

(def ^:dynamic *setting* :root)
(defn read-setting [] *setting*)

(deftest loading-and-requiring
  (is (= "hello" h/greeting) ":as gives an alias")
  (is (= "hi!" (h/shout "hi")))
  (is (= "hey!" (shout "hey")) ":refer brings in the named vars")
  (is (= "hello" greeting) ":refer :all brings in every public var")
  (is (= 2 (let [n (atom 0)] (h/twice (swap! n inc)) @n)) "macros are reached through an alias")
  (is (= 1 @h/loads) "requiring a loaded namespace again does not reload it")
  (is (= :private (@#'support.helper/hidden)) "a private var is reachable through its var")
  (is (thrown? Exception (eval '(support.helper/hidden))) "but not by name from another namespace"))

(deftest current-namespace
  (is (= 'namespaces-test loaded-in) "*ns* is the file's namespace while it loads")
  (is (= 99 namespaces-test.other/other-value) "in-ns switches the namespace defs go to")
  (is (= 'namespaces-test.other namespaces-test.other/seen-ns))
  (is (some? (find-ns 'support.helper)))
  (is (some? (find-ns 'namespaces-test.other)))
  (is (nil? (find-ns 'no.such.namespace)))
  (is (= 'support.helper (ns-name (find-ns 'support.helper))))
  (is (some? (create-ns 'namespaces-test.created)))
  (is (some? (find-ns 'namespaces-test.created))))

(deftest introspection
  (is (contains? (ns-publics 'support.helper) 'shout))
  (is (contains? (ns-publics 'support.helper) 'greeting))
  (is (not (contains? (ns-publics 'support.helper) 'hidden)) "private vars are not public")
  (is (= #'support.helper/shout (ns-resolve 'namespaces-test 'h/shout)))
  (is (= #'support.helper/shout (ns-resolve 'namespaces-test 'shout)))
  (is (= #'clojure.core/map (ns-resolve 'namespaces-test 'map)))
  (is (nil? (ns-resolve 'namespaces-test 'no-such-var)))
  (is (= 'shout (:name (meta #'h/shout))))
  (is (= (find-ns 'support.helper) (:ns (meta #'h/shout))))
  (is (= 5 @(intern 'namespaces-test.other 'made 5)))
  (is (= 5 @(ns-resolve 'namespaces-test.other 'made))))

(deftest vars
  (is (= :later (uses-later)) "declare allows a forward reference")
  (is (= 0 @once-val) "defonce does not redefine")
  (is (= :root *setting*))
  (is (= :bound (binding [*setting* :bound] (read-setting))))
  (is (= :root (read-setting)) "binding ends with its body")
  (is (= 2 (binding [h/*level* 2] h/*level*)))
  (is (true? (:dynamic (meta #'*setting*))))
  (is (true? (:dynamic (meta #'pr))) "pr says it is dynamic")
  (is (= :bound (binding [*out* *out*, *err* *err*, *ns* *ns*, *file* *file*] :bound))
      "clojure.core's dynamic vars can be bound")
  ;; Clojure makes these vars in Java, and their metadata has no :dynamic key; mino's says so
  #?(:mino (is (every? #(true? (:dynamic (meta %))) [#'*out* #'*err* #'*ns* #'*file*])))
  ;; pr is dynamic in Clojure; (binding [pr prn] ...) would recurse there, as prn calls pr.
  (is (= :bound (binding [pr (fn [& _] :bound)] (pr 1))))
  (is (= :root (var-get #'*setting*)))
  (is (= 7 (with-redefs [later-fn (fn [] 7)] (uses-later))) "with-redefs swaps the root")
  (is (= :later (uses-later)))
  (is (= [:root :inner :root]
         (let [seen (atom [])]
           (swap! seen conj *setting*)
           (binding [*setting* :inner] (swap! seen conj (read-setting)))
           (swap! seen conj *setting*)
           @seen)))
  (do
    (alter-var-root #'*setting* (constantly :altered))
    (is (= :altered *setting*) "alter-var-root changes the root value")
    (alter-var-root #'*setting* (constantly :root))))
