(ns java-shell-test
  "clojure.java.shell: sh's result map, standard input from every source copy reads, the encodings, the
  directory and environment (as options and as with-sh-dir/with-sh-env), as Clojure 1.12 documents them.
  The programs are POSIX ones: echo, cat, printf, pwd and sh."
  (:require [clojure.test :refer :all]
            [clojure.java.io :as io]
            [clojure.java.shell :refer [sh with-sh-dir with-sh-env *sh-dir* *sh-env*]]))

(defn- scratch-dir []
  (doto (java.io.File/createTempFile "mino-java-shell" "") (.delete) (.mkdir)))

(deftest results
  (is (= {:exit 0 :out "hi\n" :err ""} (sh "echo" "hi")))
  (is (= {:exit 3 :out "out\n" :err "err\n"} (sh "sh" "-c" "echo out; echo err >&2; exit 3")))
  (is (= [:exit :out :err] (keys (sh "true"))))
  (is (= "" (:out (sh "cat"))) "without :in the program's input is closed at once")
  (is (thrown? java.io.IOException (sh "no-such-program-for-mino-tests"))))

(deftest input
  (is (= "text ✓" (:out (sh "cat" :in "text ✓"))))
  (is (= "bytes" (:out (sh "cat" :in (.getBytes "bytes" "UTF-8")))))
  (is (= "chars" (:out (sh "cat" :in (char-array "chars")))))
  (is (= "reader" (:out (sh "cat" :in (java.io.StringReader. "reader")))))
  (is (= "stream" (:out (sh "cat" :in (java.io.ByteArrayInputStream. (.getBytes "stream" "UTF-8"))))))
  (let [f (java.io.File/createTempFile "mino-java-shell" ".txt")]
    (try
      (spit f "from a file")
      (is (= "from a file" (:out (sh "cat" :in f))))
      (finally (.delete f))))
  (is (= 100000 (count (:out (sh "cat" :in (apply str (repeat 100000 "x")))))) "more than a pipe holds")
  (is (= "xxxxx" (:out (sh "head" "-c" "5" :in (apply str (repeat 100000 "x"))))) "a program may stop reading"))

(deftest encodings
  (is (= [-23] (vec (:out (sh "cat" :in "é" :in-enc "ISO-8859-1" :out-enc :bytes)))))
  (is (= "é" (:out (sh "cat" :in "é" :in-enc "ISO-8859-1" :out-enc "ISO-8859-1"))))
  (is (= [97 98] (vec (:out (sh "printf" "ab" :out-enc :bytes)))))
  (is (bytes? (:out (sh "true" :out-enc :bytes)))))

(deftest directory-and-environment
  (is (nil? *sh-dir*))
  (is (nil? *sh-env*))
  (let [dir (scratch-dir)
        here (str (.getCanonicalPath dir) "\n")]
    (try
      (is (= here (:out (sh "pwd" :dir (str dir)))))
      (is (= here (:out (sh "pwd" :dir dir))))
      (is (= here (with-sh-dir dir (:out (sh "pwd")))))
      (is (= here (with-sh-dir "/" (:out (sh "pwd" :dir dir)))) "the option wins over the binding")
      (finally (.delete dir))))
  (is (= "bar|\n" (:out (sh "sh" "-c" "echo \"$FOO|$MINO_UNSET_VAR\"" :env {"FOO" "bar"}))))
  (is (= "1 x\n" (:out (sh "sh" "-c" "echo $A $B" :env {:A 1 'B "x"}))) "names by name, values by str")
  (is (= "\n" (:out (sh "sh" "-c" "echo $HOME" :env {"FOO" "bar"}))) "the environment is replaced, not added to")
  (is (= "e\n" (with-sh-env {"V" "e"} (:out (sh "sh" "-c" "echo $V"))))))
