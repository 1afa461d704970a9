;; For DataReaderFilesTest: mino reads the data_readers.clj files on the classpath as Clojure does.
{mino.test/shout mino.test.data-reader-file/shout}
