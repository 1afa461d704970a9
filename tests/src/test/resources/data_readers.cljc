;; For DataReaderFilesTest: mino reads the data_readers files on the classpath as Clojure does; a .cljc one
;; may hold reader conditionals. (.cljc, so that the .clj suite runners under tests/ do not load it.)
{mino.test/shout #?(:mino mino.test.data-reader-file/shout :default not.for/mino)}
