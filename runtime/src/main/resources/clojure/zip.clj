(ns clojure.zip
  "Functional zippers (Huet): navigate a tree and edit it, getting back a new tree. A location is a
  vector [node path] whose metadata holds the tree's branch?, children and make-node functions; path is
  nil at the root, :end after the last node of a depth-first walk, else a map of the siblings to the
  left (:l, a vector) and right (:r, a seq), the ancestors (:pnodes), the parent's path (:ppath) and
  whether anything changed below the parent (:changed?)."
  (:refer-clojure :exclude [replace remove next]))

(defn- fail [message]
  (throw (Exception. ^String message)))

(defn zipper
  "A zipper at root, for trees where (branch? node) says whether a node can have children,
  (children node) gives them as a seq, and (make-node node children) builds a new node of node's kind."
  [branch? children make-node root]
  (with-meta [root nil]
    {:zip/branch? branch? :zip/children children :zip/make-node make-node}))

(defn seq-zip
  "A zipper over nested seqs."
  [root]
  (zipper seq? identity (fn [node children] (with-meta children (meta node))) root))

(defn vector-zip
  "A zipper over nested vectors."
  [root]
  (zipper vector? seq (fn [node children] (with-meta (vec children) (meta node))) root))

(defn xml-zip
  "A zipper over xml elements as clojure.xml/parse returns them: maps with the children under :content."
  [root]
  (zipper (complement string?)
          (comp seq :content)
          (fn [node children] (assoc node :content (and children (apply vector children))))
          root))

(defn node "The node at loc." [loc] (loc 0))

(defn branch?
  "True if the node at loc is a branch."
  [loc]
  ((:zip/branch? (meta loc)) (node loc)))

(defn children
  "The children of the branch at loc."
  [loc]
  (if (branch? loc)
    ((:zip/children (meta loc)) (node loc))
    (fail "called children on a leaf node")))

(defn make-node
  "A new branch node like node (the node at loc's kind) with the given children."
  [loc node children]
  ((:zip/make-node (meta loc)) node children))

(defn path "The nodes from the root down to (not including) loc's node." [loc] (:pnodes (loc 1)))

(defn lefts "The siblings to the left of loc, as a seq." [loc] (seq (:l (loc 1))))

(defn rights "The siblings to the right of loc, as a seq." [loc] (:r (loc 1)))

(defn- at
  "loc's zipper (its metadata) at node with path p."
  [loc node p]
  (with-meta [node p] (meta loc)))

(defn down
  "The leftmost child of the node at loc, or nil if it has none."
  [loc]
  (when (branch? loc)
    (let [[node p] loc
          [c & more :as cs] (children loc)]
      ;; An empty child seq that is not nil (seq-zip's ()) still has a (nil) first child, as in Clojure.
      (when cs
        (at loc c {:l []
                   :pnodes (if p (conj (:pnodes p) node) [node])
                   :ppath p
                   :r more})))))

(defn up
  "The parent of loc, or nil at the root. Edits below it are rebuilt into the parent node."
  [loc]
  (let [[node {l :l ppath :ppath pnodes :pnodes r :r changed? :changed?}] loc]
    (when pnodes
      (let [parent (peek pnodes)]
        (if changed?
          (at loc (make-node loc parent (concat l (cons node r))) (and ppath (assoc ppath :changed? true)))
          (at loc parent ppath))))))

(defn root
  "Zips all the way up and returns the root node, with every edit applied."
  [loc]
  (if (= :end (loc 1))
    (node loc)
    (if-let [p (up loc)]
      (recur p)
      (node loc))))

(defn right
  "The sibling to the right of loc, or nil."
  [loc]
  (let [[node {l :l [r & rs :as rights] :r :as p}] loc]
    (when (and p rights)
      (at loc r (assoc p :l (conj l node) :r rs)))))

(defn rightmost
  "The rightmost sibling of loc (loc itself if it is the rightmost)."
  [loc]
  (let [[node {l :l r :r :as p}] loc]
    (if (and p r)
      (at loc (last r) (assoc p :l (apply conj l node (butlast r)) :r nil))
      loc)))

(defn left
  "The sibling to the left of loc, or nil."
  [loc]
  (let [[node {l :l r :r :as p}] loc]
    (when (and p (seq l))
      (at loc (peek l) (assoc p :l (pop l) :r (cons node r))))))

(defn leftmost
  "The leftmost sibling of loc (loc itself if it is the leftmost)."
  [loc]
  (let [[node {l :l r :r :as p}] loc]
    (if (and p (seq l))
      (at loc (first l) (assoc p :l [] :r (concat (rest l) [node] r)))
      loc)))

(defn insert-left
  "Inserts item as the left sibling of loc, without moving."
  [loc item]
  (let [[node {l :l :as p}] loc]
    (if (nil? p)
      (fail "Insert at top")
      (at loc node (assoc p :l (conj l item) :changed? true)))))

(defn insert-right
  "Inserts item as the right sibling of loc, without moving."
  [loc item]
  (let [[node {r :r :as p}] loc]
    (if (nil? p)
      (fail "Insert at top")
      (at loc node (assoc p :r (cons item r) :changed? true)))))

(defn replace
  "Replaces the node at loc with node, without moving."
  [loc node]
  (at loc node (assoc (loc 1) :changed? true)))

(defn edit
  "Replaces the node at loc with (f node & args)."
  [loc f & args]
  (replace loc (apply f (node loc) args)))

(defn insert-child
  "Inserts item as the leftmost child of the node at loc, without moving."
  [loc item]
  (replace loc (make-node loc (node loc) (cons item (children loc)))))

(defn append-child
  "Inserts item as the rightmost child of the node at loc, without moving."
  [loc item]
  (replace loc (make-node loc (node loc) (concat (children loc) [item]))))

(defn end?
  "True when loc is the end of a depth-first walk with next."
  [loc]
  (= :end (loc 1)))

(defn next
  "The next location of a depth-first walk; after the last node, a location for which end? is true
  (and at which next stays)."
  [loc]
  (if (end? loc)
    loc
    (or (and (branch? loc) (down loc))
        (right loc)
        (loop [p loc]
          (if-let [parent (up p)]
            (or (right parent) (recur parent))
            [(node p) :end])))))

(defn prev
  "The previous location of a depth-first walk, or nil at the root."
  [loc]
  (if-let [l (left loc)]
    (loop [loc l]
      (if-let [child (and (branch? loc) (down loc))]
        (recur (rightmost child))
        loc))
    (up loc)))

(defn remove
  "Removes the node at loc and moves to the location before it in a depth-first walk."
  [loc]
  (let [[node {l :l ppath :ppath pnodes :pnodes rs :r :as p}] loc]
    (if (nil? p)
      (fail "Remove at top")
      (if (pos? (count l))
        (loop [loc (at loc (peek l) (assoc p :l (pop l) :changed? true))]
          (if-let [child (and (branch? loc) (down loc))]
            (recur (rightmost child))
            loc))
        (at loc (make-node loc (peek pnodes) rs) (and ppath (assoc ppath :changed? true)))))))
