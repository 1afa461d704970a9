(ns clojure.set
  "Set algebra, and relational operations on sets of maps (relations).")

(defn- larger-first
  "The sets ordered so that the one with the most elements comes first (the last of them on a tie)."
  [sets]
  (let [biggest (reduce (fn [a b] (if (>= (count b) (count a)) b a)) sets)]
    (cons biggest (remove #(identical? % biggest) sets))))

(defn union
  "The set of the elements of every input set. The elements of the smaller sets are added to the
  largest, so the result has the largest set's type."
  ([] #{})
  ([s1] s1)
  ([s1 s2]
   (if (< (count s1) (count s2))
     (reduce conj s2 s1)
     (reduce conj s1 s2)))
  ([s1 s2 & sets]
   (let [[big & others] (larger-first (list* s1 s2 sets))]
     (reduce (fn [acc s] (reduce conj acc s)) big others))))

(defn intersection
  "The set of the elements found in every input set, taken out of the smallest one."
  ([s1] s1)
  ([s1 s2]
   (let [[small big] (if (< (count s2) (count s1)) [s2 s1] [s1 s2])]
     (reduce (fn [acc x] (if (contains? big x) acc (disj acc x))) small small)))
  ([s1 s2 & sets]
   (let [sets (list* s1 s2 sets)
         smallest (reduce (fn [a b] (if (<= (count b) (count a)) b a)) sets)]
     (reduce intersection smallest (remove #(identical? % smallest) sets)))))

(defn difference
  "The elements of s1 that are in none of the other sets."
  ([s1] s1)
  ([s1 s2]
   (if (< (count s1) (count s2))
     (reduce (fn [acc x] (if (contains? s2 x) (disj acc x) acc)) s1 s1)
     (reduce disj s1 s2)))
  ([s1 s2 & sets]
   (reduce difference s1 (cons s2 sets))))

(defn select
  "The elements of xset for which pred is true, as a set of xset's type."
  [pred xset]
  (reduce (fn [acc x] (if (pred x) acc (disj acc x))) xset xset))

(defn project
  "The relation xrel with each map cut down to the keys ks."
  [xrel ks]
  (with-meta (set (map #(select-keys % ks) xrel)) (meta xrel)))

(defn rename-keys
  "map with each key found in kmap changed to the key kmap gives for it."
  [map kmap]
  (reduce-kv (fn [m old new]
               (if (contains? map old) (assoc m new (get map old)) m))
             (apply dissoc map (keys kmap))
             kmap))

(defn rename
  "The relation xrel with the keys of each map renamed by kmap."
  [xrel kmap]
  (with-meta (set (map #(rename-keys % kmap) xrel)) (meta xrel)))

(defn index
  "Groups the maps of xrel by their values for ks: a map from each (select-keys m ks) to the set of maps
  sharing it."
  [xrel ks]
  (reduce (fn [idx x]
            (let [k (select-keys x ks)]
              (assoc idx k (conj (get idx k #{}) x))))
          {}
          xrel))

(defn map-invert
  "m with keys and values swapped."
  [m]
  (persistent! (reduce-kv (fn [acc k v] (assoc! acc v k)) (transient {}) m)))

(defn- join-on
  "The merged pairs of maps of r (indexed on ks) and s whose projections match; key-of maps a map of s
  to its key in the index."
  [r s ks key-of]
  (let [idx (index r ks)]
    (reduce (fn [acc x]
              (if-let [matches (get idx (key-of x))]
                (reduce (fn [acc y] (conj acc (merge y x))) acc matches)
                acc))
            #{}
            s)))

(defn join
  "The relational join of xrel and yrel: on the keys their maps share, or on the key correspondence
  km (xrel key -> yrel key)."
  ([xrel yrel]
   (if (and (seq xrel) (seq yrel))
     (let [ks (intersection (set (keys (first xrel))) (set (keys (first yrel))))
           [r s] (if (<= (count xrel) (count yrel)) [xrel yrel] [yrel xrel])]
       (join-on r s ks #(select-keys % ks)))
     #{}))
  ([xrel yrel km]
   (let [[r s k] (if (<= (count xrel) (count yrel))
                   [xrel yrel (map-invert km)]
                   [yrel xrel km])]
     (join-on r s (vals k) #(rename-keys (select-keys % (keys k)) k)))))

(defn subset?
  "True when every element of set1 is in set2."
  [set1 set2]
  (and (<= (count set1) (count set2))
       (every? #(contains? set2 %) set1)))

(defn superset?
  "True when every element of set2 is in set1."
  [set1 set2]
  (and (>= (count set1) (count set2))
       (every? #(contains? set1 %) set2)))
