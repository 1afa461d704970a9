;; Validating incoming orders with clojure.spec: map specs with unqualified keys, a regex over a
;; command line, conform to destructure, explain to report what is wrong.
(ns spec-orders
  (:require [clojure.spec.alpha :as s]
            [clojure.string :as str]))

(s/def ::sku (s/and string? #(re-matches #"[A-Z]{3}-\d{3}" %)))
(s/def ::qty (s/int-in 1 100))
(s/def ::price (s/and number? pos?))
(s/def ::line (s/keys :req-un [::sku ::qty ::price]))
(s/def ::lines (s/coll-of ::line :kind vector? :min-count 1))
(s/def ::payment (s/or :card (s/keys :req-un [::card-number]) :invoice (s/keys :req-un [::po])))
(s/def ::card-number (s/and string? #(= 16 (count %))))
(s/def ::po pos-int?)
(s/def ::order (s/keys :req-un [::id ::lines ::payment] :opt-un [::note]))
(s/def ::id uuid?)
(s/def ::note string?)

(def orders
  [{:id #uuid "6f1c2a1e-8d3b-4c5e-9a7f-0b1c2d3e4f5a"
    :lines [{:sku "ABC-123" :qty 2 :price 9.5} {:sku "XYZ-001" :qty 1 :price 120}]
    :payment {:card-number "4111111111111111"}}
   {:id #uuid "00000000-0000-4000-8000-000000000001"
    :lines [{:sku "abc-123" :qty 0 :price 9.5}]
    :payment {:po 42}
    :note 17}
   {:id "not-a-uuid" :lines [] :payment {}}])

(defn total [order]
  (reduce + (map #(* (:qty %) (:price %)) (:lines order))))

(doseq [order orders]
  (if (s/valid? ::order order)
    (let [{:keys [payment]} (s/conform ::order order)]
      (println "accepted" (:id order) "paid by" (name (key payment)) "total" (total order)))
    (do (println "rejected:")
        (print (s/explain-str ::order order)))))

(println (s/describe ::order))
(println (s/form ::qty))

;; A command line: flags, then one or more file names.
(s/def ::flag (s/cat :name #{"-v" "-n" "-o"} :arg (s/? (s/and string? #(not (str/starts-with? % "-"))))))
(s/def ::cmd (s/cat :flags (s/* ::flag) :files (s/+ string?)))

(doseq [args [["-v" "-o" "out.txt" "a.clj" "b.clj"]
              ["-n"]
              ["-x" "a.clj"]]]
  (let [c (s/conform ::cmd args)]
    (if (s/invalid? c)
      (print (s/explain-str ::cmd args))
      (prn c))))

(prn (s/unform ::cmd (s/conform ::cmd ["-o" "x" "f"])))
(prn (::s/problems (s/explain-data ::qty 0)))
