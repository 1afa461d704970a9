(ns java-io-test
  "clojure.java.io: coercions between names, files and URLs, readers, writers and streams on every type
  Clojure documents, the :encoding, :append and :buffer-size options, copy, the file helpers, resource,
  and extending IOFactory and Coercions, as Clojure 1.12 documents them."
  (:require [clojure.test :refer :all]
            [clojure.java.io :as io]))

(def ^:dynamic *dir*
  "A scratch directory of this run's own, made and removed by the fixture."
  nil)

(defn- scratch-dir []
  (doto (java.io.File/createTempFile "mino-java-io" "") (.delete) (.mkdir)))

(defn- remove-tree [dir]
  (doseq [f (reverse (file-seq dir))] (.delete f)))

(use-fixtures :each
  (fn [test]
    (let [dir (scratch-dir)]
      (try
        (binding [*dir* dir] (test))
        (finally (remove-tree dir))))))

(defn- scratch [name] (io/file *dir* name))

(defrecord Text [s])
(defrecord Place [path])

(extend Text
  io/IOFactory
  (assoc io/default-streams-impl
         :make-input-stream (fn [x opts] (io/make-input-stream (.getBytes ^String (:s x) "UTF-8") opts))))

(extend-protocol io/Coercions
  Place
  (as-file [p] (io/file (:path p)))
  (as-url [p] (io/as-url (io/file (:path p)))))

(deftest coercions
  (is (nil? (io/as-file nil)))
  (is (nil? (io/as-url nil)))
  (is (= (java.io.File. "a/b") (io/as-file "a/b")))
  (let [f (java.io.File. "x")] (is (identical? f (io/as-file f))))
  (is (= "http://example.com/a?b=c" (str (io/as-url "http://example.com/a?b=c"))))
  (let [u (io/as-url "http://example.com/")] (is (identical? u (io/as-url u))))
  (is (thrown? java.net.MalformedURLException (io/as-url "no/protocol")))
  (is (= (java.io.File. "/tmp/a b+c") (io/as-file (io/as-url "file:/tmp/a%20b+c"))) "decoded, a plus stays a plus")
  (is (thrown? IllegalArgumentException (io/as-file (io/as-url "http://example.com/x"))) "only file: URLs are files")
  (let [f (scratch "x.txt")]
    (is (= (str "file:" (.getAbsolutePath f)) (str (io/as-url f))))
    (is (= f (io/as-file (.toURI f))))
    (is (= (str (.toURI f)) (str (io/as-url (.toURI f))))))
  (is (= (str "file:" (.getAbsolutePath *dir*) "/") (str (io/as-url *dir*))) "a directory's URL ends in /"))

(deftest file-names
  (is (instance? java.io.File (io/file "x")))
  (is (= (java.io.File. "a/b/c") (io/file "a" "b" "c")))
  (is (= (java.io.File. "a/b") (io/file (io/file "a") "b")))
  (is (= (java.io.File. "x") (io/file nil "x")))
  (is (= (java.io.File. "/tmp/y") (io/file (io/as-url "file:/tmp") "y")))
  (is (thrown? IllegalArgumentException (io/file "a" "/b")) "children are relative")
  (is (= "a/b" (io/as-relative-path "a/b")))
  (is (= "a" (io/as-relative-path (io/file "a"))))
  (is (thrown? IllegalArgumentException (io/as-relative-path "/a"))))

(deftest readers-and-writers
  (let [f (scratch "lines.txt")]
    (with-open [w (io/writer f)]
      (.write w "one\ntwo\n"))
    (is (instance? java.io.BufferedWriter (with-open [w (io/writer f :append true)] w)))
    (is (= ["one" "two"] (with-open [r (io/reader f)] (doall (line-seq r)))))
    (is (instance? java.io.BufferedReader (with-open [r (io/reader f)] r)))
    (with-open [w (io/writer f :append true)]
      (.write w "three\n"))
    (is (= "one\ntwo\nthree\n" (slurp f)) ":append adds to the file")
    (with-open [w (io/writer (str f))]
      (.write w "by name"))
    (is (= "by name" (slurp (io/reader (str f)))) "a string names a file, without :append replaced")
    (is (= "by name" (slurp (io/reader (str (io/as-url f))))) "or a URL")
    (is (= "by name" (slurp (io/reader (io/as-url f)))))
    (is (= "by name" (slurp (io/reader (.toURI f)))))
    (with-open [w (io/writer (io/as-url f))]
      (.write w "via a file URL"))
    (is (= "via a file URL" (slurp f))))
  (let [f (scratch "latin.txt")]
    (with-open [w (io/writer f :encoding "ISO-8859-1")]
      (.write w "café"))
    (is (= 4 (.length f)) "one byte a character")
    (is (= "café" (with-open [r (io/reader f :encoding "ISO-8859-1")] (.readLine r))))
    (is (not= "café" (with-open [r (io/reader f)] (.readLine r))) "UTF-8 by default"))
  (let [sw (java.io.StringWriter.)]
    (with-open [w (io/writer sw)]
      (.write w "to a writer"))
    (is (= "to a writer" (str sw))))
  (let [r (java.io.BufferedReader. (java.io.StringReader. "x"))]
    (is (identical? r (io/reader r)) "a BufferedReader is its own reader"))
  (is (= "chars" (slurp (io/reader (char-array "chars")))))
  (is (= "bytes ✓" (slurp (io/reader (.getBytes "bytes ✓" "UTF-8")))))
  (is (= "stream" (slurp (io/reader (java.io.ByteArrayInputStream. (.getBytes "stream"))))))
  (is (thrown? IllegalArgumentException (io/reader nil)))
  (is (thrown? IllegalArgumentException (io/reader 42)))
  (is (thrown? IllegalArgumentException (io/writer (io/as-url "http://example.com/x"))) "only file: URLs can be written")
  (is (thrown? java.io.FileNotFoundException (io/reader (scratch "missing.txt")))))

(deftest streams
  (let [f (scratch "data.bin")]
    (with-open [out (io/output-stream f)]
      (.write out (byte-array [1 2 3])))
    (with-open [out (io/output-stream f :append true)]
      (.write out (byte-array [4])))
    (is (instance? java.io.BufferedInputStream (with-open [in (io/input-stream f)] in)))
    (is (= [1 2 3 4] (with-open [in (io/input-stream f)] (vec (repeatedly 4 #(.read in))))))
    (is (= -1 (with-open [in (io/input-stream (str f))] (.skip in 4) (.read in))))
    (is (instance? java.io.BufferedOutputStream (with-open [out (io/output-stream f)] out))))
  (let [bytes (java.io.ByteArrayOutputStream.)]
    (with-open [out (io/output-stream bytes)]
      (.write out (byte-array [7])))
    (is (= [7] (vec (.toByteArray bytes)))))
  (is (= 9 (.read (io/input-stream (byte-array [9])))))
  (let [in (java.io.BufferedInputStream. (java.io.ByteArrayInputStream. (byte-array 0)))]
    (is (identical? in (io/input-stream in))))
  (is (thrown? IllegalArgumentException (io/input-stream (java.io.StringReader. "x"))) "a reader is no byte stream")
  (is (thrown? IllegalArgumentException (io/input-stream (char-array "x"))))
  (is (thrown? IllegalArgumentException (io/output-stream (java.io.StringWriter.)))))

(deftest copying
  (let [sw (java.io.StringWriter.)]
    (is (nil? (io/copy "text ✓" sw)))
    (is (= "text ✓" (str sw))))
  (let [out (java.io.ByteArrayOutputStream.)]
    (io/copy "é" out :encoding "ISO-8859-1")
    (is (= [-23] (vec (.toByteArray out)))))
  (let [out (java.io.ByteArrayOutputStream.)]
    (io/copy (char-array "é") out)
    (is (= [-61 -87] (vec (.toByteArray out))) "UTF-8 by default"))
  (let [sw (java.io.StringWriter.)]
    (io/copy (.getBytes "bytes to chars" "UTF-8") sw :buffer-size 1)
    (is (= "bytes to chars" (str sw))))
  (let [sw (java.io.StringWriter.)]
    (io/copy (java.io.StringReader. "reader") sw)
    (is (= "reader" (str sw))))
  (let [out (java.io.ByteArrayOutputStream.)]
    (io/copy (java.io.ByteArrayInputStream. (byte-array [1 2])) out)
    (is (= [1 2] (vec (.toByteArray out)))))
  (let [from (scratch "from.txt")
        to (scratch "to.txt")]
    (spit from "file to file")
    (io/copy from to)
    (is (= "file to file" (slurp to)))
    (io/copy "shorter" to)
    (is (= "shorter" (slurp to)) "a file is written over, not appended to")
    (let [sw (java.io.StringWriter.)]
      (io/copy from sw)
      (is (= "file to file" (str sw)))))
  (is (thrown? IllegalArgumentException (io/copy 42 (java.io.StringWriter.))))
  (is (thrown? IllegalArgumentException (io/copy "x" "not-an-output"))))

(deftest file-helpers
  (let [f (scratch "gone.txt")]
    (spit f "x")
    (is (true? (io/delete-file f)))
    (is (not (.exists f)))
    (is (thrown? java.io.IOException (io/delete-file f)))
    (is (= :quietly (io/delete-file f :quietly)))
    (is (thrown? java.io.IOException (io/delete-file (str f) false))))
  (let [deep (io/file *dir* "p" "q" "r.txt")]
    (is (true? (io/make-parents deep)))
    (is (.isDirectory (io/file *dir* "p" "q")))
    (is (not (.exists deep)) "only the parents")
    (is (false? (io/make-parents deep)) "nothing left to make"))
  (is (true? (io/make-parents *dir* "s" "t" "u.txt")) "the args of file")
  (is (.isDirectory (io/file *dir* "s" "t")))
  (is (nil? (io/make-parents "no-parent.txt"))))

(deftest resources
  (is (instance? java.net.URL (io/resource "clojure/java/io.clj")))
  (is (re-find #"\(ns\s+(\^\{[^}]*\}\s+)?clojure\.java\.io\s" (slurp (io/resource "clojure/java/io.clj")))
      "the namespace's source (Clojure's ns form has metadata before the name)")
  (is (nil? (io/resource "no/such/resource.txt"))))

(deftest extending
  (is (= "text of a record" (slurp (io/reader (->Text "text of a record")))))
  (is (= "slurped" (slurp (->Text "slurped"))) "slurp opens what IOFactory is extended to")
  (is (thrown? IllegalArgumentException (io/writer (->Text "x"))) "default-streams-impl cannot write")
  (is (= (java.io.File. "a/b") (io/file (->Place "a") "b")))
  (is (= (io/as-url (io/file "a")) (io/as-url (->Place "a")))))
