(ns reader-options-test
  "The reader's options as Clojure 1.12 documents them: *data-readers* and *default-data-reader-fn*
  bound around read and read-string, the opts map of read, read+string and read-string (:eof,
  :read-cond :allow / :preserve, :features), and clojure.edn's :readers, :default and :eof."
  (:require [clojure.test :refer :all]
            [clojure.edn :as edn]))

(deftest data-readers-are-consulted
  (is (= 3 (binding [*data-readers* {'my/inc inc}] (read-string "#my/inc 2"))))
  (is (= [3 {:a 4}] (binding [*data-readers* {'my/inc inc}] (read-string "[#my/inc 2 {:a #my/inc 3}]"))))
  (is (= 3 (binding [*data-readers* {'my/inc inc}] (read-string "#my/inc #my/inc 1"))) "tags nest")
  (is (= 0 (binding [*data-readers* {'my/dec dec}] (with-in-str "#my/dec 1" (read)))))
  (is (= :b (binding [*data-readers* {'my/pick {1 :a 2 :b}}] (read-string "#my/pick 2"))) "any fn, a map too")
  (testing "an entry of *data-readers* comes before the built-in #inst"
    (is (= "2020" (binding [*data-readers* {'inst str}] (read-string "#inst \"2020\"")))))
  (testing "the built-in tags stay when *data-readers* is empty or nil"
    (is (= #inst "2020-01-01T00:00:00.000-00:00" (binding [*data-readers* nil] (read-string "#inst \"2020\""))))))

(deftest default-data-reader-fn
  (is (= ['foo 2] (binding [*default-data-reader-fn* (fn [tag value] [tag value])] (read-string "#foo 2"))))
  (is (= (tagged-literal 'my/thing [1 2])
         (binding [*default-data-reader-fn* tagged-literal] (read-string "#my/thing [1 2]"))))
  (testing "it is not asked for #inst nor for a tag *data-readers* reads"
    (binding [*default-data-reader-fn* (fn [tag value] :default)
              *data-readers* {'my/inc inc}]
      (is (= #inst "2020-01-01T00:00:00.000-00:00" (read-string "#inst \"2020\"")))
      (is (= 3 (read-string "#my/inc 2")))
      (is (= :default (read-string "#my/other 2"))))))

(deftest unknown-tags-are-errors
  (is (thrown-with-msg? Exception #"No reader function for tag foo" (read-string "#foo 2")))
  (is (thrown-with-msg? Exception #"No reader function for tag foo/bar" (read-string "#foo/bar 2")))
  (is (thrown? Exception (binding [*data-readers* {'my/x 5}] (read-string "#my/x 2"))) "a reader must be a fn"))

(deftest read-string-opts
  (is (= :done (read-string {:eof :done} "")))
  (is (= :done (read-string {:eof :done} "  ; nothing")))
  (is (thrown-with-msg? Exception #"EOF while reading" (read-string {} "")))
  (is (= '(+ 1 2) (read-string {} "(+ 1 2)")))
  (testing ":readers and :default are clojure.edn's options; read-string does not use them"
    (is (thrown? Exception (read-string {:readers {'foo inc}} "#foo 2")))
    (is (thrown? Exception (read-string {:default (fn [t v] v)} "#foo 2")))))

(deftest reader-conditionals-need-read-cond
  (is (thrown-with-msg? Exception #"Conditional read not allowed" (read-string "#?(:clj 1 :default 2)")))
  (is (thrown-with-msg? Exception #"Conditional read not allowed" (read-string {:read-cond :bogus} "#?(:clj 1)")))
  (is (thrown? Exception (with-in-str "#?(:clj 1)" (read))))
  (is (= 1 (read-string {:read-cond :allow} "#?(:clj 1 :default 2)")))
  (is (= [1 2 3] (read-string {:read-cond :allow} "[#?@(:clj [1 2]) 3]")))
  (is (= [] (read-string {:read-cond :allow} "[#?(:cljs 1)]")))
  (is (= :none (read-string {:read-cond :allow :eof :none} "#?(:cljs 1)")) "no branch read: the end of input")
  (is (thrown-with-msg? Exception #"EOF while reading" (read-string {:read-cond :allow} "#?(:cljs 1)")))
  (is (thrown-with-msg? Exception #"splicing not allowed at the top level"
                        (read-string {:read-cond :allow} "#?@(:clj [1 2])")))
  (is (thrown-with-msg? Exception #"Feature name :else is reserved"
                        (read-string {:read-cond :allow} "#?(:else 1)")))
  (testing "an unknown tag in a branch not read is no error"
    (is (= 2 (read-string {:read-cond :allow} "#?(:cljs #foo 1 :clj 2)"))))
  (is (= [1 4] (with-in-str "#?(:clj 1) #?(:cljs 3) 4" [(read {:read-cond :allow} *in*) (read {:read-cond :allow} *in*)]))))

(deftest features
  (is (= 1 (read-string {:read-cond :allow :features #{:cljs}} "#?(:cljs 1 :default 2)")))
  (is (= 2 (read-string {:read-cond :allow :features #{:cljr}} "#?(:cljs 1 :default 2)")))
  (testing "the platform's own feature is always read for; the first feature read for wins"
    (is (= 1 (read-string {:read-cond :allow :features #{:cljs}} "#?(:clj 1 :cljs 2)")))
    (is (= 2 (read-string {:read-cond :allow :features #{:cljs}} "#?(:cljs 2 :clj 1)"))))
  (is (thrown? Exception (read-string {:read-cond :allow :features [:cljs]} "#?(:cljs 1)")) ":features is a set"))

(deftest preserved-conditionals
  (let [rc (read-string {:read-cond :preserve} "#?(:clj 1 :cljs 2)")]
    (is (reader-conditional? rc))
    (is (= '(:clj 1 :cljs 2) (:form rc)))
    (is (false? (:splicing? rc)))
    (is (= "#?(:clj 1 :cljs 2)" (pr-str rc))))
  (is (= (reader-conditional '(:cljs [1 2]) true) (read-string {:read-cond :preserve} "#?@(:cljs [1 2])")))
  (is (= "[#?@(:clj [1 2]) 3]" (pr-str (read-string {:read-cond :preserve} "[#?@(:clj [1 2]) 3]"))))
  (testing "a preserved conditional is kept whole, even with an odd number of forms"
    (is (= "#?(:clj 1 2)" (pr-str (read-string {:read-cond :preserve} "#?(:clj 1 2)")))))
  (testing "tags inside a preserved conditional stay tagged literals, even with a reader bound"
    (let [rc (binding [*data-readers* {'my/inc inc}] (read-string {:read-cond :preserve} "#?(:clj #my/inc 2)"))]
      (is (= (tagged-literal 'my/inc 2) (second (:form rc))))
      (is (= "#?(:clj #my/inc 2)" (pr-str rc)))))
  (testing "outside a conditional, tags are read as ever"
    (is (= 3 (binding [*data-readers* {'my/inc inc}] (read-string {:read-cond :preserve} "#my/inc 2"))))
    (is (thrown? Exception (read-string {:read-cond :preserve} "#foo [1]")))))

(deftest edn-options
  (is (= 3 (edn/read-string {:readers {'foo inc}} "#foo 2")))
  (is (= ['foo 2] (edn/read-string {:default vector} "#foo 2")))
  (is (= "2020" (edn/read-string {:readers {'inst str}} "#inst \"2020\"")) ":readers before the built-in tags")
  (is (= #inst "2020-01-01T00:00:00.000-00:00" (edn/read-string {:default vector} "#inst \"2020\"")))
  (is (= 7 (edn/read-string {:eof 7} "")))
  (is (nil? (edn/read-string "")))
  (is (thrown? Exception (edn/read-string {} "")))
  (testing "*data-readers* plays no part in EDN"
    (is (thrown-with-msg? Exception #"No reader function for tag foo"
                          (binding [*data-readers* {'foo inc}] (edn/read-string "#foo 2")))))
  (is (thrown? Exception (edn/read-string {:readers {'foo 5}} "#foo 2")))
  (is (thrown? Exception (edn/read-string "#?(:clj 1)")) "EDN has no reader conditionals"))
