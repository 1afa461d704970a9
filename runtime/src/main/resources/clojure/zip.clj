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
  "A location at the top of the tree root, for moving around and editing it without mutation.
  The three fns describe the tree: (branch? node) tells whether node may have children, (children node)
  lists them, and (make-node node children) rebuilds node with new ones."
  [branch? children make-node root]
  (with-meta [root nil]
    {:zip/branch? branch? :zip/children children :zip/make-node make-node}))

(defn seq-zip
  "A location at the top of root, a tree of nested seqs (every seq is a branch)."
  [root]
  (zipper seq? identity (fn [node children] (with-meta children (meta node))) root))

(defn vector-zip
  "A location at the top of root, a tree of nested vectors (every vector is a branch)."
  [root]
  (zipper vector? seq (fn [node children] (with-meta (vec children) (meta node))) root))

(defn xml-zip
  "A location at the top of root, an XML element map of the shape clojure.xml/parse gives; branches
  hold their child elements under :content."
  [root]
  (zipper (complement string?)
          (comp seq :content)
          (fn [node children] (assoc node :content (and children (apply vector children))))
          root))

(defn node "What loc points at: the current node." [loc] (loc 0))

(defn branch?
  "Whether the current node of loc can have children, by the zipper's branch? fn."
  [loc]
  ((:zip/branch? (meta loc)) (node loc)))

(defn children
  "The child nodes of loc's current node, which must be a branch, as a seq."
  [loc]
  (if (branch? loc)
    ((:zip/children (meta loc)) (node loc))
    (fail "called children on a leaf node")))

(defn make-node
  "Builds, with the zipper's make-node fn, a branch like node holding children; loc only supplies the
  zipper."
  [loc node children]
  ((:zip/make-node (meta loc)) node children))

(defn path "The ancestors of loc's node, from the root down to its parent, as a seq." [loc] (:pnodes (loc 1)))

(defn lefts "A seq of the nodes before loc's node among its siblings." [loc] (seq (:l (loc 1))))

(defn rights "A seq of the nodes after loc's node among its siblings." [loc] (:r (loc 1)))

(defn- at
  "loc's zipper (its metadata) at node with path p."
  [loc node p]
  (with-meta [node p] (meta loc)))

(defn down
  "Moves to the first child of loc's node; nil when it has no children."
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
  "Moves to the parent of loc's node, rebuilding it when something below was edited; nil at the top."
  [loc]
  (let [[node {l :l ppath :ppath pnodes :pnodes r :r changed? :changed?}] loc]
    (when pnodes
      (let [parent (peek pnodes)]
        (if changed?
          (at loc (make-node loc parent (concat l (cons node r))) (and ppath (assoc ppath :changed? true)))
          (at loc parent ppath))))))

(defn root
  "Goes up to the top, applying every edit on the way, and gives the tree's root node."
  [loc]
  (if (= :end (loc 1))
    (node loc)
    (if-let [p (up loc)]
      (recur p)
      (node loc))))

(defn right
  "Moves to the next sibling of loc's node; nil when it is the last."
  [loc]
  (let [[node {l :l [r & rs :as rights] :r :as p}] loc]
    (when (and p rights)
      (at loc r (assoc p :l (conj l node) :r rs)))))

(defn rightmost
  "Moves to the last sibling of loc's node (staying put when it is already the last)."
  [loc]
  (let [[node {l :l r :r :as p}] loc]
    (if (and p r)
      (at loc (last r) (assoc p :l (apply conj l node (butlast r)) :r nil))
      loc)))

(defn left
  "Moves to the previous sibling of loc's node; nil when it is the first."
  [loc]
  (let [[node {l :l r :r :as p}] loc]
    (when (and p (seq l))
      (at loc (peek l) (assoc p :l (pop l) :r (cons node r))))))

(defn leftmost
  "Moves to the first sibling of loc's node (staying put when it is already the first)."
  [loc]
  (let [[node {l :l r :r :as p}] loc]
    (if (and p (seq l))
      (at loc (first l) (assoc p :l [] :r (concat (rest l) [node] r)))
      loc)))

(defn insert-left
  "Puts item just before loc's node among its siblings; loc still points at the same node."
  [loc item]
  (let [[node {l :l :as p}] loc]
    (if (nil? p)
      (fail "Insert at top")
      (at loc node (assoc p :l (conj l item) :changed? true)))))

(defn insert-right
  "Puts item just after loc's node among its siblings; loc still points at the same node."
  [loc item]
  (let [[node {r :r :as p}] loc]
    (if (nil? p)
      (fail "Insert at top")
      (at loc node (assoc p :r (cons item r) :changed? true)))))

(defn replace
  "Puts node in place of loc's node, staying at that location."
  [loc node]
  (at loc node (assoc (loc 1) :changed? true)))

(defn edit
  "Puts (f current-node args...) in place of loc's node, staying at that location."
  [loc f & args]
  (replace loc (apply f (node loc) args)))

(defn insert-child
  "Makes item the first child of loc's node, staying at loc."
  [loc item]
  (replace loc (make-node loc (node loc) (cons item (children loc)))))

(defn append-child
  "Makes item the last child of loc's node, staying at loc."
  [loc item]
  (replace loc (make-node loc (node loc) (concat (children loc) [item]))))

(defn end?
  "Whether next has run past the last node of the tree, leaving loc at the end."
  [loc]
  (= :end (loc 1)))

(defn next
  "Steps to the following node in depth-first order. Past the last one it gives an end location (see
  end?), where further next calls stay."
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
  "Steps back to the preceding node in depth-first order; nil when loc is at the top."
  [loc]
  (if-let [l (left loc)]
    (loop [loc l]
      (if-let [child (and (branch? loc) (down loc))]
        (recur (rightmost child))
        loc))
    (up loc)))

(defn remove
  "Takes loc's node out of the tree and gives the location of the node before it in depth-first order."
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
