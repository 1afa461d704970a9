(ns clojure.java.io
  "Opening files, URLs, streams, readers and writers, copying between them, and working with files. The
  protocols Coercions and IOFactory are extended to the JVM's types by Java builtins
  (dev.mino.runtime.core.JavaIoLib), which open every file and URL through the state's grants; other types
  may be extended to them as in Clojure.")

;; Private builtins open-input-stream, open-output-stream, open-reader, open-writer, no-input-stream,
;; no-output-stream, to-file, to-url, do-copy, relative-path, child-file, delete,
;; make-dirs-above; and resource.
(clojure.core/install-native-lib 'clojure.java.io)

(defprotocol Coercions
  "Turns file names, files, URIs and URLs into one another."
  (as-file [x] "x as a java.io.File (nil for nil).")
  (as-url [x] "x as a java.net.URL (nil for nil)."))

(def ^:private jvm-coercions {:as-file to-file :as-url to-url})

(extend nil Coercions jvm-coercions)
(extend String Coercions jvm-coercions)
(extend java.io.File Coercions jvm-coercions)
(extend java.net.URL Coercions jvm-coercions)
(extend java.net.URI Coercions jvm-coercions)

(defprotocol IOFactory
  "Makes buffered streams, readers and writers from whatever can be opened as one: make-reader answers a
  BufferedReader, make-writer a BufferedWriter, make-input-stream a BufferedInputStream and
  make-output-stream a BufferedOutputStream. opts is a map (or nil): :encoding names the charset text is
  read or written in (default UTF-8), :append true opens a file for appending. Prefer reader, writer,
  input-stream and output-stream, which take the options as keyword arguments."
  (make-reader [x opts] "A BufferedReader on x.")
  (make-writer [x opts] "A BufferedWriter on x.")
  (make-input-stream [x opts] "A BufferedInputStream on x.")
  (make-output-stream [x opts] "A BufferedOutputStream on x."))

(def default-streams-impl
  "The IOFactory implementation to start an extension from: a reader or writer is made on the stream
  make-input-stream or make-output-stream opens, and those two throw IllegalArgumentException; assoc
  the ones a type can do."
  {:make-reader (fn [x opts] (make-reader (make-input-stream x opts) opts))
   :make-writer (fn [x opts] (make-writer (make-output-stream x opts) opts))
   :make-input-stream no-input-stream
   :make-output-stream no-output-stream})

(def ^:private jvm-streams
  {:make-reader open-reader :make-writer open-writer
   :make-input-stream open-input-stream :make-output-stream open-output-stream})

(doseq [t [java.io.InputStream java.io.OutputStream java.io.Reader java.io.Writer java.io.File
           java.net.URL java.net.URI String java.net.Socket (class (byte-array 0)) (class (char-array 0))]]
  (extend t IOFactory jvm-streams))

(extend Object IOFactory default-streams-impl)

(defn- options [opts]
  (when opts (apply hash-map opts)))

(defn reader
  "An open java.io.Reader on x (a BufferedReader for the types mino extends IOFactory to): a Reader,
  InputStream, File, URI, URL, Socket, byte or char array, or a String naming a URL, else a file (a file:
  URL is its file). Options: :encoding. Close it, e.g. with with-open."
  [x & opts]
  (make-reader x (options opts)))

(defn writer
  "An open java.io.Writer on x (a BufferedWriter for the types mino extends IOFactory to): a Writer,
  OutputStream, File, URI, URL, Socket, or a String naming a URL, else a file; only file: URLs can be
  written. Options: :encoding, :append. Close it, e.g. with with-open."
  [x & opts]
  (make-writer x (options opts)))

(defn input-stream
  "An open java.io.InputStream on x (a BufferedInputStream for the types mino extends IOFactory to): an
  InputStream, File, URI, URL, Socket, byte array, or a String naming a URL, else a file. Close it, e.g.
  with with-open."
  [x & opts]
  (make-input-stream x (options opts)))

(defn output-stream
  "An open java.io.OutputStream on x (a BufferedOutputStream for the types mino extends IOFactory to): an
  OutputStream, File, URI, URL, Socket, or a String naming a URL, else a file. Options: :append. Close it,
  e.g. with with-open."
  [x & opts]
  (make-output-stream x (options opts)))

(defn copy
  "Copies input (an InputStream, Reader, File, byte array, char array or String) to output (an
  OutputStream, Writer or File); nil, or an IOException. Options: :buffer-size (default 1024), :encoding
  for turning bytes into chars or back (default UTF-8). Closes only the streams it opens itself, those of
  files."
  [input output & opts]
  (do-copy input output (options opts)))

(defn as-relative-path
  "The path of (as-file x) as a string, when it is relative; else IllegalArgumentException."
  [x]
  (relative-path (as-file x)))

(defn file
  "A java.io.File: (as-file arg); with more args, the first is the parent and each next one a relative
  path under what came before."
  ([arg] (as-file arg))
  ([parent child] (child-file (as-file parent) (as-relative-path child)))
  ([parent child & more] (reduce file (file parent child) more)))

(defn delete-file
  "Deletes the file (file f) and answers true. When it cannot be deleted: silently if given (and truthy),
  else an IOException."
  [f & [silently]]
  (delete (file f) f silently))

(defn make-parents
  "Creates the directories above the file (apply file f more), as many as are missing; true when it
  created any, nil when the file has no parent."
  [f & more]
  (make-dirs-above (apply file f more)))
