;; A small JSON parser: characters to tokens to data, then queries over the result.
(ns corpus.json-parse (:require [clojure.string :as str]))

(defn skip-ws [^String s i]
  (loop [i i] (if (and (< i (count s)) (Character/isWhitespace (.charAt s i))) (recur (inc i)) i)))

(declare parse-value)

(defn parse-string [^String s i]
  (loop [j (inc i) sb (StringBuilder.)]
    (let [c (.charAt s j)]
      (cond (= c \") [(str sb) (inc j)]
            (= c \\) (recur (+ j 2) (.append sb (.charAt s (inc j))))
            :else (recur (inc j) (.append sb c))))))

(defn parse-number [^String s i]
  (loop [j i]
    (if (and (< j (count s)) (let [c (.charAt s j)] (or (Character/isDigit c) (= c \-) (= c \.))))
      (recur (inc j))
      (let [t (subs s i j)] [(if (str/includes? t ".") (Double/parseDouble t) (Long/parseLong t)) j]))))

(defn parse-seq [s i close item]
  (loop [i (skip-ws s (inc i)) acc []]
    (if (= (.charAt ^String s i) close)
      [acc (inc i)]
      (let [[v j] (item s i) j (skip-ws s j)]
        (recur (skip-ws s (if (= (.charAt ^String s j) \,) (inc j) j)) (conj acc v))))))

(defn parse-entry [s i]
  (let [[k j] (parse-string s i) j (skip-ws s j) [v j] (parse-value s (skip-ws s (inc j)))] [[(keyword k) v] j]))

(defn parse-value [^String s i]
  (let [i (skip-ws s i) c (.charAt s i)]
    (cond (= c \{) (let [[es j] (parse-seq s i \} parse-entry)] [(into {} es) j])
          (= c \[) (parse-seq s i \] parse-value)
          (= c \") (parse-string s i)
          (str/starts-with? (subs s i) "true") [true (+ i 4)]
          (str/starts-with? (subs s i) "false") [false (+ i 5)]
          (str/starts-with? (subs s i) "null") [nil (+ i 4)]
          :else (parse-number s i))))

(def doc (str "{\"orders\": [" (str/join ", " (for [n (range 200)] (str "{\"id\": " n ", \"qty\": " (mod (* n 7) 13) ", \"price\": " (+ 1.5 (mod n 9)) ", \"tags\": [\"a\", \"b\"], \"paid\": " (even? n) "}"))) "]}"))
(let [data (first (parse-value doc 0))]
  (println (count (:orders data)) (reduce + (map :qty (:orders data)))
           (count (filter :paid (:orders data))) (reduce + (map #(* (:qty %) (:price %)) (:orders data)))))
