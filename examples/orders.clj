;; A small data transformation: order records in, per-customer and per-category reports out.

(def orders
  [{:id 1 :customer "ada"   :items [{:sku "pen"  :category :office :qty 10 :price 2}
                                    {:sku "desk" :category :furniture :qty 1 :price 150}]}
   {:id 2 :customer "grace" :items [{:sku "lamp" :category :furniture :qty 2 :price 30}]}
   {:id 3 :customer "ada"   :items [{:sku "ink"  :category :office :qty 3 :price 12}]}
   {:id 4 :customer "linus" :items [{:sku "pen"  :category :office :qty 5 :price 2}
                                    {:sku "chair" :category :furniture :qty 4 :price 45}]}])

(defn line-total [{:keys [qty price]}] (* qty price))

(defn order-total [order] (reduce + (map line-total (:items order))))

(def revenue-by-customer
  (reduce (fn [acc {:keys [customer] :as order}]
            (update acc customer (fnil + 0) (order-total order)))
          (sorted-map)
          orders))

(def units-by-category
  (->> orders
       (mapcat :items)
       (group-by :category)
       (map (fn [[category items]] [category (reduce + (map :qty items))]))
       (into (sorted-map))))

(println "revenue by customer:" revenue-by-customer)
(println "units by category:" units-by-category)
(println "best customer:" (key (apply max-key val revenue-by-customer)))
(println "big orders:" (mapv :id (filter #(> (order-total %) 100) orders)))
(prn (assoc-in (first orders) [:items 0 :qty] 11))
(println "total revenue:" (reduce + (vals revenue-by-customer)))
