;; clojure.core: sequence, collection and higher-order functions written in mino. The per-element work
;; of the hot lazy functions (map, filter, take, concat...) is done by private Java builtins (lazy-map*
;; ...); the public fns here add Clojure's other arities, transducers first among them.
;; Loaded before macros.clj: only the macros of core.clj are available here.
(in-ns 'clojure.core)

(declare map filter every? some mapcat take drop tree-seq split-at partition reverse nthrest empty? last
         sequence transduce comp into completing)

;; ---------------------------------------------------------------- misc (used by other parts of core)

(defn vary-meta
  "obj with the metadata (apply f (meta obj) args)."
  [obj f & args] (with-meta obj (apply f (meta obj) args)))
(defn alter-meta!
  "Sets the metadata of the reference r (a var, namespace, atom, ref or agent) to (apply f (meta r) args),
  and returns it."
  [r f & args] (reset-meta! r (apply f (meta r) args)))
(defn macroexpand
  "Applies macroexpand-1 to form until the result is no longer a macro call. Sub-forms are not expanded
  (see clojure.walk/macroexpand-all)."
  [form] (let [ex (macroexpand-1 form)] (if (identical? ex form) form (recur ex))))
(defn force "Forces the delay x and gives its value; any other x is given back as is." [x] (if (delay? x) (deref x) x))
(defn clojure-version "The Clojure version mino follows, as a string." [] "1.12.0-mino")

;; ---------------------------------------------------------------- functions

(defn identity "x itself, unchanged." [x] x)

(defn constantly "A function that ignores its arguments and always gives x." [x] (fn [& args] x))

(defn complement
  "A function giving the logical negation of f's result on the same arguments."
  [f]
  (fn ([] (not (f))) ([x] (not (f x))) ([x y] (not (f x y))) ([x y & zs] (not (apply f x y zs)))))

(defn comp
  "Composes fns right to left: ((comp f g) x) is (f (g x)). (comp) is identity."
  ([] identity)
  ([f] f)
  ([f g]
   (fn ([] (f (g))) ([x] (f (g x))) ([x y] (f (g x y))) ([x y z] (f (g x y z)))
       ([x y z & args] (f (apply g x y z args)))))
  ([f g & fs] (reduce comp (list* f g fs))))

(defn partial
  "Returns f with its first arguments fixed to the given ones."
  ([f] f)
  ([f a] (fn ([] (f a)) ([x] (f a x)) ([x y] (f a x y)) ([x y & more] (apply f a x y more))))
  ([f a b] (fn ([] (f a b)) ([x] (f a b x)) ([x & more] (apply f a b x more))))
  ([f a b c] (fn ([] (f a b c)) ([x] (f a b c x)) ([x & more] (apply f a b c x more))))
  ([f a b c & more] (fn [& args] (apply f a b c (concat more args)))))

(defn juxt
  "Returns a function returning the vector of each fn's result on the same arguments."
  ([f] (fn [& args] [(apply f args)]))
  ([f g] (fn [& args] [(apply f args) (apply g args)]))
  ([f g h] (fn [& args] [(apply f args) (apply g args) (apply h args)]))
  ([f g h & fs]
   (let [fs (list* f g h fs)]
     (fn [& args] (reduce (fn [v f] (conj v (apply f args))) [] fs)))))

(defn fnil
  "Returns f with nil first (second, third) arguments replaced by the given defaults."
  ([f x] (fn [a & args] (apply f (if (nil? a) x a) args)))
  ([f x y] (fn [a b & args] (apply f (if (nil? a) x a) (if (nil? b) y b) args)))
  ([f x y z] (fn [a b c & args] (apply f (if (nil? a) x a) (if (nil? b) y b) (if (nil? c) z c) args))))

(defn memoize
  "Returns a version of f that caches its result per argument list."
  [f]
  (let [mem (atom {})]
    (fn [& args]
      (if-let [e (find @mem args)]
        (val e)
        (let [ret (apply f args)] (swap! mem assoc args ret) ret)))))

(defn trampoline
  "Calls f, then keeps calling its result while that is a fn; returns the first non-fn value."
  ([f] (let [ret (f)] (if (fn? ret) (recur ret) ret)))
  ([f & args] (trampoline (fn [] (apply f args)))))

;; some-fn tries the preds on the first three args pred by pred, then on the other args (arg by arg
;; when there are at most three preds); when nothing is truthy it answers the last result of a short
;; or-chain (at most three preds and args), else nil -- as Clojure's arities do.
(defn- some-fn* [ps]
  (let [few-preds? (<= (count ps) 3)]
    (fn [& args]
      (let [head (take 3 args)
            tail (drop 3 args)
            results (mapcat (fn [p] (map p head)) ps)]
        (or (some identity results)
            (if few-preds?
              (some (fn [x] (some (fn [p] (p x)) ps)) tail)
              (some (fn [p] (some p tail)) ps))
            (when (and few-preds? (empty? tail)) (last results)))))))

(defn some-fn
  "Returns a function returning the first truthy (p x) over its preds and arguments."
  ([p] (some-fn* [p]))
  ([p1 p2] (some-fn* [p1 p2]))
  ([p1 p2 p3] (some-fn* [p1 p2 p3]))
  ([p1 p2 p3 & ps] (some-fn* (list* p1 p2 p3 ps))))

(defn- every-pred* [ps]
  (fn [& args] (boolean (every? (fn [p] (every? p args)) ps))))

(defn every-pred
  "Returns a function that is true when every pred is truthy on every argument."
  ([p] (every-pred* [p]))
  ([p1 p2] (every-pred* [p1 p2]))
  ([p1 p2 p3] (every-pred* [p1 p2 p3]))
  ([p1 p2 p3 & ps] (every-pred* (list* p1 p2 p3 ps))))

(defn comparator
  "Turns a two-argument predicate (a \"less than\") into a three-way comparator fn."
  [pred]
  (fn [x y] (cond (pred x y) -1 (pred y x) 1 :else 0)))

(defn any? "true, whatever x is." [x] true)

(defn- extreme-key
  "The item of xs whose (k x) wins by better?, calling k once per item; later items win ties."
  [better? k xs]
  (loop [best (first xs) kb (k best) xs (next xs)]
    (if xs
      (let [x (first xs) kx (k x)]
        (if (better? kx kb) (recur x kx (next xs)) (recur best kb (next xs))))
      best)))

(defn max-key
  "Of the xs, the one with the largest (k x); on a tie, the later one."
  ([k x] x)
  ([k x y] (if (> (k x) (k y)) x y))
  ([k x y & more] (extreme-key >= k (list* x y more))))

(defn min-key
  "Of the xs, the one with the smallest (k x); on a tie, the later one."
  ([k x] x)
  ([k x y] (if (< (k x) (k y)) x y))
  ([k x y & more] (extreme-key <= k (list* x y more))))

;; ---------------------------------------------------------------- seq basics

(defn empty?
  "True when coll has nothing in it (nil counts as empty). To test for items, prefer seq."
  [coll]
  (if (counted? coll) (zero? (count coll)) (not (seq coll))))

(defn not-empty "nil for an empty coll; coll itself otherwise." [coll] (when (seq coll) coll))

(defn last
  "The final item of s, found by walking all of it; nil when s is empty."
  [s]
  (if (next s) (recur (next s)) (first s)))

(defn butlast
  "Every item of s but the final one, as a seq (nil when that leaves nothing); walks all of s."
  [s]
  (loop [ret [] s s] (if (next s) (recur (conj ret (first s)) (next s)) (seq ret))))

(defn nthnext "(next coll) n times, as a seq or nil." [coll n]
  (loop [n n xs (seq coll)] (if (and xs (pos? n)) (recur (dec n) (next xs)) xs)))

(defn nthrest "(rest coll) n times; coll itself when n is not positive." [coll n]
  (loop [n n xs coll] (if (and (pos? n) (seq xs)) (recur (dec n) (rest xs)) xs)))

(defn bounded-count
  "Counts coll, but stops at n items unless coll knows its count already."
  [n coll]
  (if (counted? coll)
    (count coll)
    (loop [i 0 s (seq coll)] (if (and s (< i n)) (recur (inc i) (next s)) i))))

(defn sequence
  "A seq of coll (() when empty); with a transducer, the lazily transformed items of coll (or of the
  colls, stepped together)."
  ([coll] (if (seq? coll) coll (or (seq coll) ())))
  ([xform coll] (transformer-seq* xform coll))
  ([xform coll & colls] (apply transformer-seq* xform coll colls)))

(defmacro lazy-cat
  "Concatenates the colls into a lazy seq, evaluating each coll expression only when its items are
  reached."
  [& colls]
  (cons 'clojure.core/concat (map1 (fn [c] (list 'clojure.core/lazy-seq c)) colls)))

;; ---------------------------------------------------------------- transducer plumbing

(defn completing
  "Makes the reducing fn f usable by transduce: its one-argument (completion) arity calls cf on the result
  (identity by default)."
  ([f] (completing f identity))
  ([f cf] (fn ([] (f)) ([x] (cf x)) ([x y] (f x y)))))

(defn transduce
  "reduce with (xform f); then the completion arity of the transformed f on the result. init defaults
  to (f)."
  ([xform f coll] (transduce xform f (f) coll))
  ([xform f init coll]
   (let [rf (xform f)]
     (rf (reduce rf init coll)))))

(defn eduction
  "A reducible, iterable application of the transducers (composed left to right) to coll, redone on
  every use."
  [& xforms]
  (eduction* (apply comp (butlast xforms)) (last xforms)))

(defn- preserving-reduced
  "rf, but a reduced result is wrapped once more so that it survives an inner reduce's unwrapping."
  [rf]
  (fn [acc x] (let [r (rf acc x)] (if (reduced? r) (reduced r) r))))

(defn cat
  "The transducer that passes on each item of every input, inputs being collections or reducibles."
  [rf]
  (let [rrf (preserving-reduced rf)]
    (fn ([] (rf)) ([result] (rf result)) ([result input] (reduce rrf result input)))))

(defn halt-when
  "A transducer that ends the reduction at the first input satisfying pred. The result of transduce is
  then that input, or (retf completed-result input) when retf is given; later completions are skipped."
  ([pred] (halt-when pred nil))
  ([pred retf]
   (fn [rf]
     (let [halted (volatile! nil)]
       (fn ([] (rf))
           ([result] (if-let [h @halted] (first h) (rf result)))
           ([result input]
            (if (pred input)
              (let [v (if retf (retf (rf result) input) input)]
                (vreset! halted (list v))
                (reduced v))
              (rf result input))))))))

;; ---------------------------------------------------------------- the seq functions

(defn map
  "A lazy seq of (f x) for each item of coll; with several colls, (f x y ...) until the shortest is
  exhausted. With no coll, a transducer."
  ([f] (map-xf* f))
  ([f coll] (lazy-map* f coll))
  ([f c1 c2] (lazy-map* f c1 c2))
  ([f c1 c2 c3] (lazy-map* f c1 c2 c3))
  ([f c1 c2 c3 & colls] (apply lazy-map* f c1 c2 c3 colls)))

(defn map-indexed
  "A lazy seq of (f index item) over coll, indexes from 0; with no coll, a transducer."
  ([f]
   (fn [rf]
     (let [i (volatile! -1)]
       (fn ([] (rf))
           ([result] (rf result))
           ([result input] (rf result (f (vreset! i (inc @i)) input)))))))
  ([f coll] (lazy-map-indexed* f coll)))

(defn filter
  "Lazily keeps the items of coll that pred says yes to (a value other than nil or false); with no coll,
  a transducer."
  ([pred] (filter-xf* pred))
  ([pred coll] (lazy-filter* pred coll)))

(defn remove
  "Lazily drops the items of coll that pred says yes to (a value other than nil or false); with no coll,
  a transducer."
  ([pred] (remove-xf* pred))
  ([pred coll] (lazy-remove* pred coll)))

(defn keep
  "Lazily calls f on each item of coll and gives the results that are not nil (false included); with no
  coll, a transducer."
  ([f] (keep-xf* f))
  ([f coll] (lazy-keep* f coll)))

(defn keep-indexed
  "Lazily calls f on each index and item of coll and gives the results that are not nil; with no coll,
  a transducer."
  ([f]
   (fn [rf]
     (let [i (volatile! -1)]
       (fn ([] (rf))
           ([result] (rf result))
           ([result input] (let [v (f (vreset! i (inc @i)) input)] (if (nil? v) result (rf result v))))))))
  ([f coll] (lazy-keep-indexed* f coll)))

(defn take
  "A lazy seq of the first n items of coll; with no coll, a transducer that ends the reduction once it
  has passed n items on."
  ([n]
   (fn [rf]
     (let [left (volatile! n)]
       (fn ([] (rf))
           ([result] (rf result))
           ([result input]
            (let [n @left
                  nn (vreset! left (dec n))
                  result (if (pos? n) (rf result input) result)]
              (if (pos? nn) result (ensure-reduced result))))))))
  ([n coll] (lazy-take* n coll)))

(defn take-while
  "A lazy seq of the items of coll up to the first for which pred is falsy; with no coll, a transducer."
  ([pred]
   (fn [rf]
     (fn ([] (rf))
         ([result] (rf result))
         ([result input] (if (pred input) (rf result input) (reduced result))))))
  ([pred coll] (lazy-take-while* pred coll)))

(defn drop
  "Lazily skips n items of coll and gives the rest; with no coll, a transducer."
  ([n]
   (fn [rf]
     (let [left (volatile! n)]
       (fn ([] (rf))
           ([result] (rf result))
           ([result input]
            (let [n @left]
              (vreset! left (dec n))
              (if (pos? n) result (rf result input))))))))
  ([n coll] (lazy-drop* n coll)))

(defn drop-while
  "Lazily skips items of coll while pred says yes to them and gives the rest, from the first it refuses;
  with no coll, a transducer."
  ([pred]
   (fn [rf]
     (let [dropping (volatile! true)]
       (fn ([] (rf))
           ([result] (rf result))
           ([result input]
            (if (and @dropping (pred input))
              result
              (do (vreset! dropping false) (rf result input))))))))
  ([pred coll] (lazy-drop-while* pred coll)))

(defn take-nth
  "Lazily gives the items of coll at indexes 0, n, 2n, ...; with no coll, a transducer."
  ([n]
   (fn [rf]
     (let [i (volatile! -1)]
       (fn ([] (rf))
           ([result] (rf result))
           ([result input]
            (if (zero? (rem (vreset! i (inc @i)) n)) (rf result input) result))))))
  ([n coll] (lazy-take-nth* n coll)))

(defn mapcat
  "(apply concat (map f colls)), lazily; with no colls, a transducer."
  ([f] (comp (map f) cat))
  ([f & colls] (apply concat (apply map f colls))))

(defn interpose
  "Lazily puts sep between each two consecutive items of coll; with no coll, a transducer."
  ([sep]
   (fn [rf]
     (let [started (volatile! false)]
       (fn ([] (rf))
           ([result] (rf result))
           ([result input]
            (if @started
              (let [r (rf result sep)] (if (reduced? r) r (rf r input)))
              (do (vreset! started true) (rf result input))))))))
  ([sep coll] (drop 1 (interleave (repeat sep) coll))))

(defn distinct
  "Lazily gives each item of coll the first time it appears (by =), skipping repeats; with no coll, a
  transducer."
  ([]
   (fn [rf]
     (let [seen (volatile! #{})]
       (fn ([] (rf))
           ([result] (rf result))
           ([result input]
            (if (contains? @seen input)
              result
              (do (vreset! seen (conj @seen input)) (rf result input))))))))
  ([coll]
   (let [step (fn step [xs seen]
                (lazy-seq
                  (loop [s (seq xs)]
                    (when s
                      (let [x (first s)]
                        (if (contains? seen x)
                          (recur (next s))
                          (cons x (step (rest s) (conj seen x)))))))))]
     (step coll #{}))))

(defn dedupe
  "Lazily gives coll with runs of equal (=) items collapsed to one; with no coll, a transducer."
  ([]
   (fn [rf]
     (let [none (new-object)
           prior (volatile! none)]
       (fn ([] (rf))
           ([result] (rf result))
           ([result input]
            (let [p @prior]
              (vreset! prior input)
              (if (and (not (identical? p none)) (= p input)) result (rf result input))))))))
  ([coll] (sequence (dedupe) coll)))

(defn replace
  "coll with each item that is a key of smap replaced by its value: a vector for a vector, else a lazy
  seq. With no coll, a transducer."
  ([smap] (map (fn [x] (if-let [e (find smap x)] (val e) x))))
  ([smap coll]
   (if (vector? coll)
     (reduce (fn [v i] (if-let [e (find smap (nth v i))] (assoc v i (val e)) v))
             coll (range (count coll)))
     (map (fn [x] (if-let [e (find smap x)] (val e) x)) coll))))

(defn random-sample
  "The items of coll each kept with probability prob; with no coll, a transducer."
  ([prob] (filter (fn [_] (< (rand) prob))))
  ([prob coll] (filter (fn [_] (< (rand) prob)) coll)))

(defn- partition-all-xf
  "The transducer of partition-all: groups of n as vectors; a partial group is flushed at completion."
  [n]
  (fn [rf]
    (let [buf (volatile! [])]
      (fn ([] (rf))
          ([result]
           (let [b @buf
                 result (if (zero? (count b)) result (do (vreset! buf []) (unreduced (rf result b))))]
             (rf result)))
          ([result input]
           (let [b (vreset! buf (conj @buf input))]
             (if (= n (count b))
               (do (vreset! buf []) (rf result b))
               result)))))))

(defn partition-all
  "Like partition, but the last partition may hold fewer than n items; with no coll, a transducer
  giving vectors."
  ([n] (partition-all-xf n))
  ([n coll] (partition-all n n coll))
  ([n step coll]
   (lazy-seq
     (when-let [s (seq coll)]
       (let [seg (doall (take n s))]
         (cons seg (partition-all n step (nthrest s step))))))))

(defn partition
  "A lazy seq of lists of n items, each starting step items after the previous (step defaults to n).
  An incomplete last partition is dropped, or, with pad, filled from pad (and then possibly short)."
  ([n coll] (partition n n coll))
  ([n step coll]
   (lazy-seq
     (when-let [s (seq coll)]
       (let [p (doall (take n s))]
         (when (= n (count p))
           (cons p (partition n step (nthrest s step))))))))
  ([n step pad coll]
   (lazy-seq
     (when-let [s (seq coll)]
       (let [p (doall (take n s))]
         (if (= n (count p))
           (cons p (partition n step pad (nthrest s step)))
           (list (take n (concat p pad)))))))))

(defn partition-by
  "A lazy seq of runs of consecutive items of coll for which f gives equal values; with no coll, a
  transducer giving vectors."
  ([f]
   (fn [rf]
     (let [none (new-object)
           buf (volatile! [])
           prior (volatile! none)]
       (fn ([] (rf))
           ([result]
            (let [b @buf
                  result (if (zero? (count b)) result (do (vreset! buf []) (unreduced (rf result b))))]
              (rf result)))
           ([result input]
            (let [p @prior
                  v (f input)]
              (vreset! prior v)
              (if (or (identical? p none) (= v p))
                (do (vreset! buf (conj @buf input)) result)
                (let [r (rf result @buf)]
                  (vreset! buf (if (reduced? r) [] [input]))
                  r))))))))
  ([f coll]
   (lazy-seq
     (when-let [s (seq coll)]
       (let [fv (f (first s))
             [run more] (loop [run [(first s)] s (next s)]
                          (if (and s (= fv (f (first s))))
                            (recur (conj run (first s)) (next s))
                            [run s]))]
         (cons (seq run) (partition-by f more)))))))

(defn partitionv
  "Like partition, but the partitions are vectors."
  ([n coll] (partitionv n n coll))
  ([n step coll]
   (lazy-seq
     (when-let [s (seq coll)]
       (let [p (into [] (take n) s)]
         (when (= n (count p))
           (cons p (partitionv n step (nthrest s step))))))))
  ([n step pad coll]
   (lazy-seq
     (when-let [s (seq coll)]
       (let [p (into [] (take n) s)]
         (if (= n (count p))
           (cons p (partitionv n step pad (nthrest s step)))
           (list (into [] (take n) (concat p pad)))))))))

(defn partitionv-all
  "Like partition-all, but the partitions are vectors."
  ([n] (partition-all-xf n))
  ([n coll] (partitionv-all n n coll))
  ([n step coll]
   (lazy-seq
     (when-let [s (seq coll)]
       (let [seg (into [] (take n) s)]
         (cons seg (partitionv-all n step (nthrest s step))))))))

(defn splitv-at "[(vector of the first n items) (lazy seq of the rest)]." [n coll]
  [(into [] (take n) coll) (drop n coll)])

(defn drop-last
  "Lazily gives coll without its final n items (one by default)."
  ([coll] (drop-last 1 coll))
  ([n coll] (map (fn [x _] x) coll (drop n coll))))

(defn take-last
  "The final n items of coll as a seq (nil when there are none); walks all of coll."
  [n coll]
  (loop [s (seq coll) lead (seq (drop n coll))]
    (if lead (recur (next s) (next lead)) s)))

(defn split-at
  "Splits coll after n items: a vector of the first n and a seq of the rest."
  [n coll] [(take n coll) (drop n coll)])

(defn split-with
  "Splits coll where pred first fails: a vector of the leading items passing pred and a seq of the rest."
  [pred coll]
  [(take-while pred coll) (drop-while pred coll)])

(defn every?
  "True when pred says yes (not nil or false) to each item of coll; true for an empty coll."
  [pred coll]
  (loop [s (seq coll)]
    (cond (nil? s) true
          (pred (first s)) (recur (next s))
          :else false)))

(defn not-every? "(not (every? pred coll))." [pred coll] (not (every? pred coll)))

(defn some
  "Calls pred on the items of coll in order and gives its first result that is neither nil nor false;
  nil when there is none."
  [pred coll]
  (loop [s (seq coll)]
    (when s (or (pred (first s)) (recur (next s))))))

(defn not-any? "(not (some pred coll))." [pred coll] (not (some pred coll)))

(defn reverse
  "The items of coll back to front, in a new list (not lazy); () for an empty coll."
  [coll] (reduce conj () coll))

(defn into
  "Adds every item of from to to with conj (through xform when given), keeping to's metadata."
  ([] [])
  ([to] to)
  ([to from]
   (if (editable? to)
     (with-meta (persistent! (reduce conj! (transient to) from)) (meta to))
     (reduce conj to from)))
  ([to xform from]
   (if (editable? to)
     (transduce xform (into-rf* (meta to)) (transient to) from)
     (transduce xform conj to from))))

(defn mapv
  "A vector of (f x) for each item of coll (of (f x y ...) over several colls)."
  ([f coll] (persistent! (reduce (fn [v x] (conj! v (f x))) (transient []) coll)))
  ([f c1 c2] (into [] (map f c1 c2)))
  ([f c1 c2 c3] (into [] (map f c1 c2 c3)))
  ([f c1 c2 c3 & colls] (into [] (apply map f c1 c2 c3 colls))))

(defn filterv "Like filter, but eager, giving a vector." [pred coll]
  (persistent! (reduce (fn [v x] (if (pred x) (conj! v x) v)) (transient []) coll)))

(defn distinct?
  "True when the arguments are pairwise distinct by =."
  ([x] true)
  ([x y] (not= x y))
  ([x y & more]
   (if (not= x y)
     (loop [seen #{x y} xs (seq more)]
       (if xs
         (if (contains? seen (first xs)) false (recur (conj seen (first xs)) (next xs)))
         true))
     false)))

(defn tree-seq
  "Walks a tree depth first, lazily: root, then, for each node where (branch? node) is true, the walk of
  each of (children node)."
  [branch? children root]
  (let [walk (fn walk [node]
               (lazy-seq (cons node (when (branch? node) (mapcat walk (children node))))))]
    (walk root)))

(defn flatten
  "The non-sequential items nested in sequential x, as a lazy seq; (flatten nil) is ()."
  [x]
  (filter (complement sequential?) (rest (tree-seq sequential? seq x))))

(defn frequencies "Counts the items of coll: a map from each item to how often it occurs." [coll]
  (persistent! (reduce (fn [counts x] (assoc! counts x (inc (get counts x 0)))) (transient {}) coll)))

(defn group-by
  "A map from each (f x) to the vector of the items x of coll giving it, in order."
  [f coll]
  (persistent! (reduce (fn [ret x] (let [k (f x)] (assoc! ret k (conj (get ret k []) x)))) (transient {}) coll)))

(defn reductions
  "Like reduce, but lazily gives every running result, from the starting value to the final one."
  ([f coll]
   (lazy-seq
     (if-let [s (seq coll)]
       (reductions f (first s) (rest s))
       (list (f)))))
  ([f init coll]
   (if (reduced? init)
     (list @init)
     (cons init
           (lazy-seq
             (when-let [s (seq coll)]
               (reductions f (f init (first s)) (rest s))))))))

(defn zipmap
  "Pairs the keys with the vals, first with first and so on, into a map; extra keys or vals are ignored."
  [keys vals]
  (loop [map {} ks (seq keys) vs (seq vals)]
    (if (and ks vs) (recur (assoc map (first ks) (first vs)) (next ks) (next vs)) map)))

(defn rand-nth "A random item of coll (nth time for non-indexed colls)." [coll]
  (nth coll (rand-int (count coll))))

(defn run! "Calls proc on each item of coll, for its side effects; returns nil." [proc coll]
  (reduce (fn [_ x] (proc x)) nil coll)
  nil)

(defn iteration
  "A seqable, reducible view of a paged process: (step k) gives a ret; while (somef ret), (vf ret) is
  produced and (kf ret), when not nil, is the next k. Starts from initk."
  [step & {:keys [somef vf kf initk] :or {vf identity kf identity somef some? initk nil}}]
  (iteration* step somef vf kf initk))

(defn replicate "Deprecated: use repeat. A lazy seq of n copies of x." [n x] (take n (repeat x)))

(defn stream-transduce!
  "transduce over the items of a java.util.stream.BaseStream, consuming it."
  ([xform f stream] (stream-transduce! xform f (f) stream))
  ([xform f init stream]
   (let [rf (xform f)]
     (rf (stream-reduce! rf init stream)))))

(defn stream-into!
  "into from the items of a java.util.stream.BaseStream, consuming it."
  ([to stream] (into to (stream-seq! stream)))
  ([to xform stream] (into to xform (stream-seq! stream))))

;; ---------------------------------------------------------------- collections

(defn merge
  "The maps conj-ed left to right (later keys win); nil when no map is given."
  [& maps]
  (when (some identity maps) (reduce (fn [m x] (conj (or m {}) x)) maps)))

(defn merge-with
  "Like merge, but values of keys present in several maps are combined with (f earlier later)."
  [f & maps]
  (when (some identity maps)
    (let [merge-entry (fn [m e]
                        (let [k (key e) v (val e)]
                          (if (contains? m k) (assoc m k (f (get m k) v)) (assoc m k v))))]
      (reduce (fn [m1 m2] (reduce merge-entry (or m1 {}) (seq m2))) maps))))

(defn select-keys "The map of the entries of map whose keys are in keyseq." [map keyseq]
  (loop [ret {} keys (seq keyseq)]
    (if keys
      (let [e (find map (first keys))] (recur (if e (conj ret e) ret) (next keys)))
      (with-meta ret (meta map)))))

(defn get-in
  "Follows the path of keys ks into nested maps (or vectors) from m and gives what is there, or
  not-found (default nil) when the path breaks off."
  ([m ks] (reduce get m ks))
  ([m ks not-found]
   (loop [sentinel (new-object) m m ks (seq ks)]
     (if ks
       (let [m (get m (first ks) sentinel)]
         (if (identical? sentinel m) not-found (recur sentinel m (next ks))))
       m))))

(defn assoc-in
  "m with v put at the path of keys [k & ks] into its nested maps (or vectors), new maps filling missing
  levels."
  [m [k & ks] v]
  (if ks (assoc m k (assoc-in (get m k) ks v)) (assoc m k v)))

(defn update
  "Associates k in m with (f old-value args...)."
  ([m k f] (assoc m k (f (get m k))))
  ([m k f x] (assoc m k (f (get m k) x)))
  ([m k f x y] (assoc m k (f (get m k) x y)))
  ([m k f x y z] (assoc m k (f (get m k) x y z)))
  ([m k f x y z & more] (assoc m k (apply f (get m k) x y z more))))

(defn update-in
  "m with the value at the path of keys ks replaced by (f value args...), new maps filling missing
  levels."
  [m ks f & args]
  (let [up (fn up [m [k & ks]]
             (if ks (assoc m k (up (get m k) ks)) (assoc m k (apply f (get m k) args))))]
    (up m ks)))

(defn update-keys "m with f applied to every key." [m f]
  (with-meta (persistent! (reduce-kv (fn [acc k v] (assoc! acc (f k) v)) (transient {}) m)) (meta m)))

(defn update-vals "m with f applied to every value." [m f]
  (with-meta (persistent! (reduce-kv (fn [acc k v] (assoc! acc k (f v))) (transient {}) m)) (meta m)))

(defn- bound-test
  "Whether an entry of sorted coll sc passes (test (compare entry-key key) 0)."
  [sc test key]
  (fn [e] (test (sorted-compare* sc e key) 0)))

(defn subseq
  "The entries of sorted coll sc whose keys pass test against key (tests < <= > >=), ascending."
  ([sc test key]
   (let [include (bound-test sc test key)]
     (if (#{> >=} test)
       (when-let [s (sorted-seq* sc key true)]
         (if (include (first s)) s (next s)))
       (take-while include (seq sc)))))
  ([sc start-test start-key end-test end-key]
   (when-let [s (sorted-seq* sc start-key true)]
     (take-while (bound-test sc end-test end-key)
                 (if ((bound-test sc start-test start-key) (first s)) s (next s))))))

(defn rsubseq
  "Like subseq, but descending."
  ([sc test key]
   (let [include (bound-test sc test key)]
     (if (#{< <=} test)
       (when-let [s (sorted-seq* sc key false)]
         (if (include (first s)) s (next s)))
       (take-while include (rseq sc)))))
  ([sc start-test start-key end-test end-key]
   (when-let [s (sorted-seq* sc end-key false)]
     (take-while (bound-test sc start-test start-key)
                 (if ((bound-test sc end-test end-key) (first s)) s (next s))))))
