(ns multimethods-test
  "Multimethods (defmulti, defmethod, :default, :hierarchy, preferences, method tables) and
  hierarchies (make-hierarchy, derive, underive, isa?, parents, ancestors, descendants)."
  (:require [clojure.test :refer :all]))

;; ---- dispatch ----

(defmulti area :shape)
(defmethod area :circle [{:keys [r]}] (* 3 r r))
(defmethod area :rect [{:keys [w h]}] (* w h))

(defmulti area-or-zero "Area, or zero for unknown shapes." :shape)
(defmethod area-or-zero :square [{:keys [s]}] (* s s))
(defmethod area-or-zero :default [_] 0)

(deftest keyword-dispatch
  (is (= 12 (area {:shape :circle :r 2})))
  (is (= 6 (area {:shape :rect :w 2 :h 3})))
  (is (= [12 6] (map area [{:shape :circle :r 2} {:shape :rect :w 2 :h 3}])))
  (is (= 9 (area-or-zero {:shape :square :s 3})))
  (is (= 0 (area-or-zero {:shape :blob})))
  (is (= 0 (area-or-zero {})))
  (is (= "Area, or zero for unknown shapes." (:doc (meta #'area-or-zero)))))

(deftest no-method-errors
  (is (thrown? IllegalArgumentException (area {:shape :tri})))
  (is (thrown-with-msg? IllegalArgumentException
                        #"No method in multimethod 'area' for dispatch value: :tri"
                        (area {:shape :tri})))
  (is (thrown-with-msg? IllegalArgumentException
                        #"No method in multimethod 'area' for dispatch value: null"
                        (area {}))))

(defmulti classify class)
(defmethod classify Number [_] :number)
(defmethod classify String [_] :string)
(defmethod classify Object [_] :object)
(defmethod classify nil [_] :nil)

(deftest class-dispatch-uses-isa
  (is (= :number (classify 1)))
  (is (= :number (classify 1.5)))
  (is (= :number (classify 1/2)))
  (is (= :string (classify "s")))
  (is (= :object (classify :k)))
  (is (= :object (classify [])))
  (is (= :nil (classify nil))))

(defmulti custom-default identity :default ::none)
(defmethod custom-default ::none [_] :fallback)
(defmethod custom-default :default [_] :keyword-default)
(defmethod custom-default 1 [_] :one)

(deftest default-dispatch-value-option
  (is (= :one (custom-default 1)))
  (is (= :fallback (custom-default 2)))
  (is (= :keyword-default (custom-default :default)))
  (is (= :fallback (custom-default ::none))))

(defmulti greet (fn [lang & _] lang))
(defmethod greet :en
  ([_] "hello")
  ([_ who] (str "hello " who))
  ([_ who & more] (apply str "hello " who (map #(str " & " %) more))))
(defmethod greet :fr [_ & [who]] (str "bonjour" (when who (str " " who))))

(deftest arities
  (is (= "hello" (greet :en)))
  (is (= "hello Ann" (greet :en "Ann")))
  (is (= "hello Ann & Bo & Cy & Di & Ed" (greet :en "Ann" "Bo" "Cy" "Di" "Ed")))
  (is (= "bonjour" (greet :fr)))
  (is (= "bonjour Zoé" (greet :fr "Zoé")))
  (is (= "hello Ann" (apply greet [:en "Ann"]))))

(defmulti by-value identity)
(defmethod by-value "str" [_] :string-key)
(defmethod by-value 42 [_] :number-key)
(defmethod by-value [1 2] [_] :vector-key)
(defmethod by-value {:a 1} [_] :map-key)
(defmethod by-value nil [_] :nil-key)

(deftest dispatch-values-are-compared-with-equality
  (is (= :string-key (by-value "str")))
  (is (= :number-key (by-value 42)))
  (is (= :vector-key (by-value [1 2])))
  (is (= :vector-key (by-value '(1 2))))
  (is (= :map-key (by-value {:a 1})))
  (is (= :nil-key (by-value nil))))

(defmulti by-type type)
(defmethod by-type ::special [_] :special)
(defmethod by-type :default [x] [:plain (type x)])

(deftest type-metadata-dispatch
  (is (= :special (by-type (with-meta {} {:type ::special}))))
  (is (= [:plain clojure.lang.PersistentArrayMap] (by-type {}))))

(defrecord Dog [name])
(defrecord Cat [name])
(defmulti speak class)
(defmethod speak Dog [d] (str (:name d) " barks"))
(defmethod speak Cat [c] (str (:name c) " meows"))

(deftest record-class-dispatch
  (is (= "Rex barks" (speak (->Dog "Rex"))))
  (is (= "Tom meows" (speak (->Cat "Tom"))))
  (is (thrown? IllegalArgumentException (speak {:name "x"}))))

;; ---- defmulti / defmethod return values and redefinition ----

(def first-defmulti (defmulti redef :k))
(defmethod redef :a [_] :a-method)
(def second-defmulti (defmulti redef :other))
(def defmethod-result (defmethod redef :b [_] :b-method))

(deftest redefinition-is-a-no-op
  (is (= #'redef first-defmulti))
  (is (nil? second-defmulti))
  (is (= :a-method (redef {:k :a})) "the original dispatch fn and methods survive")
  (is (identical? redef defmethod-result) "defmethod returns the multimethod"))

;; ---- method tables ----

(defmulti table identity)
(defmethod table :a [_] :a)
(defmethod table :b [_] :b)

(deftest methods-get-method-remove
  (is (= #{:a :b} (set (keys (methods table)))))
  (is (fn? (get-method table :a)))
  (is (= :a ((get-method table :a) :ignored)))
  (is (nil? (get-method table :zzz)))
  (is (identical? table (remove-method table :a)))
  (is (= #{:b} (set (keys (methods table)))))
  (is (thrown? IllegalArgumentException (table :a)))
  (is (= :b (table :b)))
  (defmethod table :default [_] :dflt)
  (is (= :dflt (table :a)))
  (is (= (get-method table :default) (get-method table :unknown)) "get-method falls back to the default")
  (is (identical? table (remove-all-methods table)))
  (is (= {} (methods table)))
  (is (thrown? IllegalArgumentException (table :b))))

(defmulti replace-me identity)
(defmethod replace-me :x [_] 1)

(deftest defmethod-replaces
  (is (= 1 (replace-me :x)))
  (defmethod replace-me :x [_] 2)
  (is (= 2 (replace-me :x))))

(defmulti named-method identity)
(defmethod named-method :fact self [n] n)
(defmethod named-method 5 fact [n] (if (<= n 1) 1 (* n (fact (dec n)))))

(deftest named-method-fns
  (is (= 120 (named-method 5))))

;; ---- hierarchies and preferences ----

(derive ::square ::rect)
(derive ::square ::rhombus)
(derive ::rect ::shape)
(derive ::rhombus ::shape)

(defmulti kind identity)
(defmethod kind ::rect [_] :rect)
(defmethod kind ::rhombus [_] :rhombus)
(defmethod kind ::shape [_] :shape)

(deftest hierarchy-dispatch-and-ambiguity
  (is (= :rect (kind ::rect)))
  (is (= :shape (kind ::shape)))
  (is (thrown-with-msg? IllegalArgumentException
                        #"Multiple methods in multimethod 'kind' match dispatch value: :multimethods-test/square -> :multimethods-test/(rect|rhombus) and :multimethods-test/(rect|rhombus), and neither is preferred"
                        (kind ::square)))
  (is (identical? kind (prefer-method kind ::rect ::rhombus)))
  (is (= :rect (kind ::square)))
  (is (= {::rect #{::rhombus}} (prefers kind)))
  (is (thrown-with-msg? IllegalStateException
                        #"Preference conflict in multimethod 'kind': :multimethods-test/rect is already preferred to :multimethods-test/rhombus"
                        (prefer-method kind ::rhombus ::rect))))

(defmulti collide (fn [a b] [(:kind a) (:kind b)]))
(derive ::asteroid ::thing)
(derive ::ship ::thing)
(defmethod collide [::asteroid ::ship] [_ _] :ship-destroyed)
(defmethod collide [::thing ::thing] [_ _] :bounce)

(deftest vector-dispatch
  (is (= :ship-destroyed (collide {:kind ::asteroid} {:kind ::ship})))
  (is (= :bounce (collide {:kind ::ship} {:kind ::asteroid})))
  (is (= :bounce (collide {:kind ::asteroid} {:kind ::asteroid})))
  (is (thrown? IllegalArgumentException (collide {:kind ::ship} {:kind :planet}))))

(def local-h (-> (make-hierarchy) (derive :child :parent)))

(defmulti in-local identity :hierarchy #'local-h)
(defmethod in-local :parent [_] :parent-method)

(deftest explicit-hierarchy-option
  (is (= :parent-method (in-local :child)))
  (is (thrown? IllegalArgumentException (in-local :other)))
  (alter-var-root #'local-h derive :other :parent)
  (is (= :parent-method (in-local :other)) "the cache notices the hierarchy changed")
  (is (not (isa? :child :parent)) "the global hierarchy is untouched"))

(defmulti java-kind class)
(defmethod java-kind java.util.Collection [_] :collection)
(defmethod java-kind java.util.List [_] :list)
(defmethod java-kind CharSequence [_] :chars)

(deftest class-hierarchy-prefers-subinterfaces
  (is (= :list (java-kind [1 2])))
  (is (= :collection (java-kind #{1})))
  (is (= :chars (java-kind "s"))))

;; ---- hierarchies ----

(deftest make-hierarchy-shape
  (is (= {:parents {} :descendants {} :ancestors {}} (make-hierarchy)))
  (is (= "{:parents {}, :descendants {}, :ancestors {}}" (pr-str (make-hierarchy)))))

(def h (-> (make-hierarchy)
           (derive :a :b)
           (derive :b :c)
           (derive :x :c)))

(deftest explicit-hierarchies
  (is (isa? h :a :b))
  (is (isa? h :a :c))
  (is (isa? h :b :c))
  (is (not (isa? h :c :a)))
  (is (not (isa? h :a :x)))
  (is (isa? h :a :a))
  (is (= #{:b} (parents h :a)))
  (is (= #{:b :c} (ancestors h :a)))
  (is (= #{:a :b :x} (descendants h :c)))
  (is (= #{:a} (descendants h :b)))
  (is (nil? (parents h :c)))
  (is (nil? (ancestors h :c)))
  (is (nil? (descendants h :a)))
  (is (nil? (parents h :unknown)))
  (testing "multiple parents"
    (let [h2 (derive h :a :y)]
      (is (= #{:b :y} (parents h2 :a)))
      (is (= #{:b :c :y} (ancestors h2 :a)))
      (is (= #{:a} (descendants h2 :y)))))
  (testing "deriving below an existing chain updates every descendant"
    (let [h3 (derive h :c :top)]
      (is (isa? h3 :a :top))
      (is (= #{:b :c :top} (ancestors h3 :a)))
      (is (= #{:a :b :c :x} (descendants h3 :top)))))
  (testing "derive is persistent"
    (is (not (isa? (make-hierarchy) :a :b)))
    (is (= h (derive h :a :b)) "deriving an existing parent is a no-op")))

(deftest underive-test
  (let [h2 (underive h :a :b)]
    (is (not (isa? h2 :a :b)))
    (is (not (isa? h2 :a :c)))
    (is (isa? h2 :b :c))
    (is (nil? (parents h2 :a)))
    (is (= #{:b :x} (descendants h2 :c))))
  (is (= h (underive h :a :zzz)) "underiving a missing link changes nothing"))

(deftest derive-errors
  (is (thrown? AssertionError (derive h :a :a)))
  (is (thrown? AssertionError (derive h "a" :b)))
  (is (thrown? AssertionError (derive h :a "b")))
  (is (thrown-with-msg? Exception #"Cyclic derivation: :a has :c as ancestor" (derive h :c :a)))
  (is (thrown-with-msg? Exception #":a already has :c as ancestor" (derive h :a :c)))
  (testing "the global hierarchy wants namespaced tags"
    (is (thrown? AssertionError (derive :dog :animal)))
    (is (thrown? AssertionError (derive ::dog :animal)))))

(deftest global-hierarchy
  (is (nil? (derive ::poodle ::dog)))
  (is (isa? ::poodle ::dog))
  (is (= #{::dog} (parents ::poodle)))
  (is (contains? (descendants ::dog) ::poodle))
  (derive ::dog ::animal)
  (is (isa? ::poodle ::animal))
  (is (contains? (ancestors ::poodle) ::animal))
  (is (nil? (underive ::poodle ::dog)))
  (is (not (isa? ::poodle ::dog)))
  (is (not (isa? ::poodle ::animal)))
  (is (isa? ::dog ::animal))
  (underive ::dog ::animal))

(deftest isa-with-classes-and-vectors
  (is (isa? Long Number))
  (is (isa? String Object))
  (is (isa? String CharSequence))
  (is (not (isa? Number Long)))
  (is (isa? 1 1))
  (is (not (isa? 1 2)))
  (is (isa? [Long String] [Number Object]))
  (is (not (isa? [Long String] [Number Long])))
  (is (not (isa? [Long] [Number Object])))
  (is (isa? [] []))
  (is (isa? h [:a :b] [:c :c]))
  (testing "classes in a hierarchy"
    (let [hc (derive (make-hierarchy) CharSequence ::text)]
      (is (isa? hc String ::text))
      (is (contains? (ancestors hc String) ::text))
      (is (contains? (ancestors hc String) Object))))
  (testing "record types are classes"
    (let [hr (derive (make-hierarchy) Dog ::pet)]
      (is (isa? hr Dog ::pet))
      (is (not (isa? hr Cat ::pet)))
      (is (isa? Dog clojure.lang.IPersistentMap))
      (is (isa? Dog Object)))))

(deftest class-parents-and-ancestors
  (is (contains? (parents String) Object))
  (is (contains? (parents String) CharSequence))
  (is (contains? (ancestors Long) Number))
  (is (contains? (ancestors Long) Object))
  (is (thrown? UnsupportedOperationException (descendants String)))
  (is (= Number (first (bases Long))))
  (is (nil? (bases Object)))
  (is (nil? (supers Object)))
  (is (contains? (supers Long) Number))
  (is (contains? (supers Long) Comparable)))
