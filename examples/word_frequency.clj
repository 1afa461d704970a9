;; Counts the words of a text and prints the most frequent ones, most frequent first
;; (ties in alphabetical order), then a few totals.

(def text
  "the quick brown fox jumps over the lazy dog
   the dog barks and the fox runs
   a lazy afternoon for a lazy dog")

(defn words [s] (re-seq #"[a-z']+" s))

(defn top-words
  "The n most frequent words as [word count] pairs."
  [n s]
  (->> (frequencies (words s))
       (sort-by (fn [[word cnt]] [(- cnt) word]))
       (take n)))

(doseq [[word cnt] (top-words 5 text)]
  (println (str word ": " cnt)))

(let [ws (words text)]
  (println "words:" (count ws))
  (println "distinct:" (count (distinct ws)))
  (println "longest:" (reduce (fn [a b] (if (> (count b) (count a)) b a)) ws)))
