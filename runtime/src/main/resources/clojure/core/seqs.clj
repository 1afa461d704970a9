;; clojure.core: sequence, collection and higher-order functions written in mino.
(in-ns 'clojure.core)

(declare map filter every? some concat mapcat take drop tree-seq split-at partition interleave repeat reverse doall dorun nthrest)
(defn identity [x] x)
(defn constantly [x] (fn [& args] x))
(defn complement [f]
  (fn ([] (not (f))) ([x] (not (f x))) ([x y] (not (f x y))) ([x y & zs] (not (apply f x y zs)))))
(defn comp
  ([] identity)
  ([f] f)
  ([f g] (fn ([] (f (g))) ([x] (f (g x))) ([x y] (f (g x y))) ([x y & zs] (f (apply g x y zs)))))
  ([f g & fs] (reduce comp (list* f g fs))))
(defn partial
  ([f] f)
  ([f a] (fn [& args] (apply f a args)))
  ([f a b] (fn [& args] (apply f a b args)))
  ([f a b & more] (fn [& args] (apply f a b (concat more args)))))
(defn juxt [& fs] (fn [& args] (vec (map (fn [f] (apply f args)) fs))))
(defn fnil
  ([f x] (fn [a & args] (apply f (if (nil? a) x a) args)))
  ([f x y] (fn [a b & args] (apply f (if (nil? a) x a) (if (nil? b) y b) args))))
(defn memoize [f]
  (let [mem (atom {})]
    (fn [& args]
      (if-let [e (find @mem args)]
        (val e)
        (let [ret (apply f args)] (swap! mem assoc args ret) ret)))))
(defn trampoline
  ([f] (let [ret (f)] (if (fn? ret) (recur ret) ret)))
  ([f & args] (trampoline (fn [] (apply f args)))))

(defn empty? [coll] (not (seq coll)))
(defn not-empty [coll] (when (seq coll) coll))
(defn last [s] (if (next s) (recur (next s)) (first s)))
(defn butlast [s] (loop [ret [] s s] (if (next s) (recur (conj ret (first s)) (next s)) (seq ret))))
(defn nthnext [coll n] (loop [n n xs (seq coll)] (if (and xs (pos? n)) (recur (dec n) (next xs)) xs)))
(defn nthrest [coll n] (loop [n n xs coll] (if (and (pos? n) (seq xs)) (recur (dec n) (rest xs)) xs)))

(defn map
  ([f coll]
   (lazy-seq (when-let [s (seq coll)] (cons (f (first s)) (map f (rest s))))))
  ([f c1 c2]
   (lazy-seq (let [s1 (seq c1) s2 (seq c2)]
               (when (and s1 s2) (cons (f (first s1) (first s2)) (map f (rest s1) (rest s2)))))))
  ([f c1 c2 c3]
   (lazy-seq (let [s1 (seq c1) s2 (seq c2) s3 (seq c3)]
               (when (and s1 s2 s3) (cons (f (first s1) (first s2) (first s3)) (map f (rest s1) (rest s2) (rest s3)))))))
  ([f c1 c2 c3 & colls]
   (let [step (fn step [cs] (lazy-seq (let [ss (map seq cs)] (when (every? identity ss) (cons (map first ss) (step (map rest ss)))))))]
     (map (fn [xs] (apply f xs)) (step (list* c1 c2 c3 colls))))))
(defn mapv [f & colls] (vec (apply map f colls)))
(defn map-indexed [f coll]
  (letfn [(step [i s] (lazy-seq (when-let [s (seq s)] (cons (f i (first s)) (step (inc i) (rest s))))))]
    (step 0 coll)))
(defn filter [pred coll]
  (lazy-seq
    (when-let [s (seq coll)]
      (let [x (first s)]
        (if (pred x) (cons x (filter pred (rest s))) (filter pred (rest s)))))))
(defn filterv [pred coll] (vec (filter pred coll)))
(defn remove [pred coll] (filter (complement pred) coll))
(defn keep [f coll]
  (lazy-seq (when-let [s (seq coll)] (let [x (f (first s))] (if (nil? x) (keep f (rest s)) (cons x (keep f (rest s))))))))
(defn keep-indexed [f coll]
  (letfn [(step [i s] (lazy-seq (when-let [s (seq s)] (let [x (f i (first s))] (if (nil? x) (step (inc i) (rest s)) (cons x (step (inc i) (rest s))))))))]
    (step 0 coll)))
(defn take [n coll]
  (lazy-seq (when (pos? n) (when-let [s (seq coll)] (cons (first s) (take (dec n) (rest s)))))))
(defn take-while [pred coll]
  (lazy-seq (when-let [s (seq coll)] (when (pred (first s)) (cons (first s) (take-while pred (rest s)))))))
(defn drop [n coll]
  (lazy-seq (loop [n n s (seq coll)] (if (and (pos? n) s) (recur (dec n) (next s)) s))))
(defn drop-while [pred coll]
  (lazy-seq (loop [s (seq coll)] (if (and s (pred (first s))) (recur (next s)) s))))
(defn drop-last ([s] (drop-last 1 s)) ([n s] (map (fn [x _] x) s (drop n s))))
(defn take-last [n coll] (loop [s (seq coll) lead (seq (drop n coll))] (if lead (recur (next s) (next lead)) s)))
(defn take-nth [n coll] (lazy-seq (when-let [s (seq coll)] (cons (first s) (take-nth n (drop n s))))))
(defn concat
  ([] (lazy-seq nil))
  ([x] (lazy-seq x))
  ([x y] (lazy-seq (let [s (seq x)] (if s (cons (first s) (concat (rest s) y)) y))))
  ([x y & zs] (let [cat (fn cat [xy zs] (lazy-seq (let [xys (seq xy)] (if xys (cons (first xys) (cat (rest xys) zs)) (when zs (cat (first zs) (next zs)))))))]
                (cat (concat x y) zs))))
(defn mapcat [f & colls] (apply concat (apply map f colls)))
(defn repeat
  ([x] (lazy-seq (cons x (repeat x))))
  ([n x] (take n (repeat x))))
(defn repeatedly ([f] (lazy-seq (cons (f) (repeatedly f)))) ([n f] (take n (repeatedly f))))
(defn iterate [f x] (lazy-seq (cons x (iterate f (f x)))))
(defn cycle [coll] (lazy-seq (when (seq coll) (concat coll (cycle coll)))))
(defn interleave
  ([] ())
  ([c1] (lazy-seq c1))
  ([c1 c2] (lazy-seq (let [s1 (seq c1) s2 (seq c2)] (when (and s1 s2) (cons (first s1) (cons (first s2) (interleave (rest s1) (rest s2))))))))
  ([c1 c2 & colls] (lazy-seq (let [ss (map seq (list* c1 c2 colls))]
                               (when (every? identity ss) (concat (map first ss) (apply interleave (map rest ss))))))))
(defn interpose [sep coll] (drop 1 (interleave (repeat sep) coll)))
(defn partition
  ([n coll] (partition n n coll))
  ([n step coll]
   (lazy-seq (when-let [s (seq coll)]
               (let [p (doall (take n s))]
                 (when (= n (count p)) (cons p (partition n step (nthrest s step))))))))
  ([n step pad coll]
   (lazy-seq (when-let [s (seq coll)]
               (let [p (doall (take n s))]
                 (if (= n (count p))
                   (cons p (partition n step pad (nthrest s step)))
                   (list (take n (concat p pad)))))))))
(defn partition-all
  ([n coll] (partition-all n n coll))
  ([n step coll] (lazy-seq (when-let [s (seq coll)] (let [seg (doall (take n s))] (cons seg (partition-all n step (nthrest s step))))))))
(defn partition-by [f coll]
  (lazy-seq (when-let [s (seq coll)]
              (let [fst (first s) fv (f fst) run (cons fst (take-while (fn [x] (= fv (f x))) (next s)))]
                (cons run (partition-by f (lazy-seq (drop (count run) s))))))))
(defn split-at [n coll] [(take n coll) (drop n coll)])
(defn split-with [pred coll] [(take-while pred coll) (drop-while pred coll)])
(defn doall ([coll] (loop [s (seq coll)] (when s (recur (next s)))) coll) ([n coll] (dorun n coll) coll))
(defn dorun ([coll] (loop [s (seq coll)] (when s (recur (next s))))) ([n coll] (loop [n n s (seq coll)] (when (and s (pos? n)) (recur (dec n) (next s))))))
(defn every? [pred coll] (cond (nil? (seq coll)) true (pred (first coll)) (recur pred (next coll)) :else false))
(defn not-every? [pred coll] (not (every? pred coll)))
(defn some [pred coll] (when-let [s (seq coll)] (or (pred (first s)) (recur pred (next s)))))
(defn not-any? [pred coll] (not (some pred coll)))
(defn reverse [coll] (reduce conj () coll))
(defn into
  ([] [])
  ([to] to)
  ([to from] (if (and (editable? to) (not (nil? to)))
               (with-meta (persistent! (reduce conj! (transient to) from)) (meta to))
               (reduce conj to from))))
(defn distinct [coll]
  (let [step (fn step [xs seen]
               (lazy-seq ((fn [[f :as xs] seen]
                            (when-let [s (seq xs)]
                              (if (contains? seen f) (recur (rest s) seen) (cons f (step (rest s) (conj seen f))))))
                          xs seen)))]
    (step coll #{})))
(defn distinct? ([x] true) ([x y] (not= x y)) ([x y & more] (let [all (list* x y more)] (= (count all) (count (set all))))))
(defn dedupe [coll] (map first (partition-by identity coll)))
(defn flatten [x] (filter (complement sequential?) (rest (tree-seq sequential? seq x))))
(defn tree-seq [branch? children root]
  (let [walk (fn walk [node] (lazy-seq (cons node (when (branch? node) (mapcat walk (children node))))))]
    (walk root)))
(defn frequencies [coll] (persistent! (reduce (fn [counts x] (assoc! counts x (inc (get counts x 0)))) (transient {}) coll)))
(defn group-by [f coll] (persistent! (reduce (fn [ret x] (let [k (f x)] (assoc! ret k (conj (get ret k []) x)))) (transient {}) coll)))
(defn reductions
  ([f coll] (lazy-seq (if-let [s (seq coll)] (reductions f (first s) (rest s)) (list (f)))))
  ([f init coll] (if (reduced? init) (list @init)
                   (cons init (lazy-seq (when-let [s (seq coll)] (reductions f (f init (first s)) (rest s))))))))
(defn zipmap [keys vals]
  (loop [map {} ks (seq keys) vs (seq vals)]
    (if (and ks vs) (recur (assoc map (first ks) (first vs)) (next ks) (next vs)) map)))
(defn merge [& maps] (when (some identity maps) (reduce (fn [m x] (conj (or m {}) x)) maps)))
(defn merge-with [f & maps]
  (when (some identity maps)
    (let [merge-entry (fn [m e] (let [k (key e) v (val e)] (if (contains? m k) (assoc m k (f (get m k) v)) (assoc m k v))))]
      (reduce (fn [m1 m2] (reduce merge-entry (or m1 {}) (seq m2))) maps))))
(defn select-keys [map keyseq]
  (loop [ret {} keys (seq keyseq)]
    (if keys (let [e (find map (first keys))] (recur (if e (conj ret e) ret) (next keys))) (with-meta ret (meta map)))))
(defn get-in ([m ks] (reduce get m ks))
  ([m ks not-found] (loop [sentinel (new-object) m m ks (seq ks)]
                      (if ks (let [m (get m (first ks) sentinel)] (if (identical? sentinel m) not-found (recur sentinel m (next ks)))) m))))
(defn assoc-in [m [k & ks] v] (if ks (assoc m k (assoc-in (get m k) ks v)) (assoc m k v)))
(defn update
  ([m k f] (assoc m k (f (get m k))))
  ([m k f x] (assoc m k (f (get m k) x)))
  ([m k f x y] (assoc m k (f (get m k) x y)))
  ([m k f x y & more] (assoc m k (apply f (get m k) x y more))))
(defn update-in [m ks f & args]
  (let [up (fn up [m [k & ks]] (if ks (assoc m k (up (get m k) ks)) (assoc m k (apply f (get m k) args))))]
    (up m ks)))
(defn update-keys [m f] (with-meta (persistent! (reduce-kv (fn [acc k v] (assoc! acc (f k) v)) (transient {}) m)) (meta m)))
(defn update-vals [m f] (with-meta (persistent! (reduce-kv (fn [acc k v] (assoc! acc k (f v))) (transient {}) m)) (meta m)))
(defn vary-meta [obj f & args] (with-meta obj (apply f (meta obj) args)))
(defn alter-meta! [r f & args] (reset-meta! r (apply f (meta r) args)))
(defn some-fn [& ps] (fn [& args] (some (fn [p] (some p args)) ps)))
(defn every-pred [& ps] (fn [& args] (every? (fn [p] (every? p args)) ps)))
(defn max-key ([k x] x) ([k x & more] (reduce (fn [a b] (if (>= (k b) (k a)) b a)) x more)))
(defn min-key ([k x] x) ([k x & more] (reduce (fn [a b] (if (<= (k b) (k a)) b a)) x more)))
(defn rand-nth [coll] (nth coll (rand-int (count coll))))
(defn shuffle [coll] (let [v (vec coll)] (vec (sort-by (fn [_] (rand)) v))))
(defn macroexpand [form] (let [ex (macroexpand-1 form)] (if (identical? ex form) form (recur ex))))
(defn seq-to-map-for-destructuring [s] (if (next s) (apply hash-map s) (if (seq s) (first s) {})))
(defn run! [proc coll] (reduce (fn [_ x] (proc x)) nil coll) nil)
(defn force [x] (if (delay? x) (deref x) x))
(defn parse-long [s] (when (re-matches #"[+-]?\d+" s) (parse-long* s)))
(defn parse-double [s] (parse-double* s))
(defn parse-boolean [s] (cond (= s "true") true (= s "false") false :else nil))
(defn clojure-version [] "1.12.0-mino")

