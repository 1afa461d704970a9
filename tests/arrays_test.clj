(ns arrays-test
  "Java arrays: the typed constructors, aget/aset and the aset-* family, alength, aclone, into-array,
  make-array, to-array-2d, amap/areduce, the array casts, arrays as seqs; and vector-of."
  (:require [clojure.test :refer :all]))

(deftest array-classes
  (is (= "class [J" (str (class (long-array 1)))))
  (is (= "class [I" (str (class (int-array 1)))))
  (is (= "class [D" (str (class (double-array 1)))))
  (is (= "class [F" (str (class (float-array 1)))))
  (is (= "class [S" (str (class (short-array 1)))))
  (is (= "class [B" (str (class (byte-array 1)))))
  (is (= "class [C" (str (class (char-array 1)))))
  (is (= "class [Z" (str (class (boolean-array 1)))))
  (is (= "class [Ljava.lang.Object;" (str (class (object-array 1)))))
  (is (instance? (class (long-array 0)) (long-array 2)))
  (is (not (instance? (class (long-array 0)) (int-array 2)))))

(deftest constructors-from-a-size
  (is (= [0 0 0] (vec (long-array 3))))
  (is (= [0 0] (vec (int-array 2))))
  (is (= [0.0 0.0] (vec (double-array 2))))
  (is (= [0.0] (vec (float-array 1))))
  (is (= [0 0] (vec (short-array 2))))
  (is (= [0 0] (vec (byte-array 2))))
  (is (= [(char 0)] (vec (char-array 1))))
  (is (= [false false] (vec (boolean-array 2))))
  (is (= [nil nil] (vec (object-array 2))))
  (is (= 0 (alength (long-array 0))))
  (is (nil? (seq (int-array 0))))
  (is (= 4 (alength (double-array 4.7)))))

(deftest constructors-from-a-seq
  (is (= [1 2 3] (vec (long-array [1 2 3]))))
  (is (= [1 2 3] (vec (long-array '(1 2 3)))))
  (is (= [1 2 3] (vec (long-array (range 1 4)))))
  (is (= [] (vec (long-array nil))))
  (is (= [1 2] (vec (int-array [1.9 2.1]))))
  (is (= [1.0 2.5] (vec (double-array [1 2.5]))))
  (is (= [\a \b] (vec (char-array "ab"))))
  (is (= [\x \y] (vec (char-array [\x \y]))))
  (is (= [true false] (vec (boolean-array [true false]))))
  (is (= [-1 127] (vec (byte-array [255 127]))))
  (is (= [-25536] (vec (short-array [40000]))))
  (is (= [:a "b" nil] (vec (object-array [:a "b" nil]))))
  (is (= [[1] {:a 1}] (vec (object-array (list [1] {:a 1})))))
  (is (thrown? ClassCastException (long-array ["a"])))
  (is (thrown? ClassCastException (char-array [65])))
  (is (thrown? ClassCastException (boolean-array [1]))))

(deftest constructors-with-size-and-init
  (is (= [7 7 7] (vec (long-array 3 7))))
  (is (= [1 2 0 0] (vec (long-array 4 [1 2]))))
  (is (= [1 2] (vec (long-array 2 [1 2 3]))))
  (is (= [1 1] (vec (int-array 2 1))))
  (is (= [1.5 1.5] (vec (double-array 2 1.5))))
  (is (= [2.0 2.0] (vec (float-array 2 2))))
  (is (= [\x \x] (vec (char-array 2 \x))))
  (is (= [true true] (vec (boolean-array 2 true))))
  (is (= [5 5] (vec (byte-array 2 (byte 5)))))
  (is (= [3 3] (vec (short-array 2 (short 3)))))
  (is (= [1 2 0] (vec (byte-array 3 [1 2]))))
  (is (= [] (vec (long-array 0 9)))))

(deftest elements-come-back-boxed-by-type
  (is (instance? Long (aget (long-array [1]) 0)))
  (is (instance? Integer (aget (int-array [1]) 0)))
  (is (instance? Double (aget (double-array [1]) 0)))
  (is (instance? Float (aget (float-array [1]) 0)))
  (is (instance? Short (aget (short-array [1]) 0)))
  (is (instance? Byte (aget (byte-array [1]) 0)))
  (is (instance? Character (aget (char-array [\a]) 0)))
  (is (instance? Boolean (aget (boolean-array [true]) 0)))
  (is (= "0.1" (str (aget (float-array [0.1]) 0))))
  (is (= 1 (aget (int-array [1]) 0)))
  (is (= 1.0 (aget (float-array [1]) 0))))

(deftest aget-and-aset
  (let [a (long-array 3)]
    (is (= 5 (aset a 1 5)))
    (is (= [0 5 0] (vec a)))
    (is (= 5 (aget a 1))))
  (let [a (object-array [:a :b])]
    (is (= "x" (aset a 0 "x")))
    (is (= ["x" :b] (vec a))))
  (let [a (int-array 2)]
    (aset a 1 7)
    (is (= [0 7] (vec a))))
  (let [a (double-array 2)]
    (aset a 0 2.5)
    (is (= 2.5 (aget a 0))))
  (let [a (char-array 1)]
    (aset a 0 \q)
    (is (= \q (aget a 0))))
  (let [a (boolean-array 1)]
    (aset a 0 true)
    (is (true? (aget a 0))))
  (let [m (to-array-2d [[1 2] [3 4]])]
    (is (= 3 (aget m 1 0)))
    (is (= :x (aset m 0 1 :x)))
    (is (= [1 :x] (vec (aget m 0))))
    (is (= [3 4] (vec (aget m 1)))))
  (is (thrown? ArrayIndexOutOfBoundsException (aget (long-array 2) 5)))
  (is (thrown? ArrayIndexOutOfBoundsException (aget (long-array 2) -1)))
  (is (thrown-with-msg? ArrayIndexOutOfBoundsException #"Index 2 out of bounds for length 2"
                        (aset (object-array 2) 2 :x)))
  (is (thrown? IllegalArgumentException (aget [1 2] 0)))
  (is (thrown? IllegalArgumentException (aset [1 2] 0 3))))

(deftest aset-family
  (let [a (int-array 2)]
    (is (= 3 (aset-int a 0 3)))
    (is (= [3 0] (vec a))))
  (let [a (long-array 2)]
    (aset-long a 1 2.9)
    (is (= [0 2] (vec a))))
  (let [a (long-array 2)]
    (aset-int a 1 4)
    (is (= [0 4] (vec a))))
  (let [a (double-array 1)]
    (is (= 1 (aset-double a 0 1)))
    (is (= [1.0] (vec a))))
  (let [a (float-array 1)]
    (aset-float a 0 1.5)
    (is (= [1.5] (vec a))))
  (let [a (short-array 1)]
    (aset-short a 0 7)
    (is (= [7] (vec a))))
  (let [a (byte-array 1)]
    (aset-byte a 0 -3)
    (is (= [-3] (vec a))))
  (let [a (char-array 2)]
    (aset-char a 0 \z)
    (aset-char a 1 65)
    (is (= [\z \A] (vec a))))
  (let [a (boolean-array 3)]
    (aset-boolean a 0 true)
    (aset-boolean a 1 :truthy)
    (aset-boolean a 2 nil)
    (is (= [true true false] (vec a))))
  (let [m (into-array [(long-array 2) (long-array 2)])]
    (is (= 9 (aset-long m 1 0 9)))
    (is (= [9 0] (vec (aget m 1)))))
  (is (thrown-with-msg? IllegalArgumentException #"Value out of range for byte: 200" (aset-byte (byte-array 1) 0 200)))
  (is (thrown-with-msg? ArithmeticException #"integer overflow" (aset-int (int-array 1) 0 3000000000)))
  (is (thrown? IllegalArgumentException (aset-int (object-array 1) 0 1))))

(deftest alength-and-aclone
  (is (= 3 (alength (int-array 3))))
  (is (= 2 (alength (object-array [1 2]))))
  (is (= 0 (alength (char-array 0))))
  (let [a (long-array [1 2])
        b (aclone a)]
    (aset b 0 9)
    (is (= [1 2] (vec a)))
    (is (= [9 2] (vec b)))
    (is (not (identical? a b)))
    (is (= (class a) (class b))))
  (let [a (object-array [[1] 2])
        b (aclone a)]
    (is (identical? (aget a 0) (aget b 0))))
  (is (thrown? IllegalArgumentException (alength [1 2])))
  (is (thrown? IllegalArgumentException (aclone "abc"))))

(deftest into-array-element-types
  (is (= "class [Ljava.lang.Long;" (str (class (into-array [1 2])))))
  (is (= "class [Ljava.lang.String;" (str (class (into-array ["a" "b"])))))
  (is (= "class [Ljava.lang.Object;" (str (class (into-array [])))))
  (is (= "class [Ljava.lang.Object;" (str (class (into-array nil)))))
  (is (= "class [Ljava.lang.Object;" (str (class (into-array [nil 1])))))
  (is (= "class [Ljava.lang.Object;" (str (class (into-array Object [1 "a"])))))
  (is (= "class [Ljava.lang.Number;" (str (class (into-array Number [1 2.0])))))
  (is (= ["a" "b"] (vec (into-array String ["a" "b"]))))
  (is (= [1 2] (vec (into-array (list 1 2)))))
  (is (= [1 2 3] (vec (into-array (range 1 4)))))
  (is (thrown? IllegalArgumentException (into-array [1 "a"])))
  (is (thrown? IllegalArgumentException (into-array String [1]))))

(deftest make-array-and-to-array-2d
  (let [a (make-array String 2)]
    (is (= "class [Ljava.lang.String;" (str (class a))))
    (is (= [nil nil] (vec a))))
  (let [m (make-array Object 2 3)]
    (is (= 2 (alength m)))
    (is (= 3 (alength (aget m 0))))
    (is (= "class [[Ljava.lang.Object;" (str (class m)))))
  (is (thrown? NegativeArraySizeException (make-array Object -1)))
  (let [m (to-array-2d [[1 2] [3]])]
    (is (= 2 (alength m)))
    (is (= [1 2] (vec (aget m 0))))
    (is (= [3] (vec (aget m 1))))
    (is (= "class [[Ljava.lang.Object;" (str (class m)))))
  (is (= 0 (alength (to-array-2d [])))))

(deftest amap-and-areduce
  (let [a (long-array [1 2 3])
        b (amap a i ret (* 2 (aget a i)))]
    (is (= [2 4 6] (vec b)))
    (is (= [1 2 3] (vec a)))
    (is (= (class a) (class b))))
  (let [a (double-array [1.0 2.0])]
    (is (= [0.5 1.0] (vec (amap a i ret (/ (aget a i) 2))))))
  (let [a (int-array [1 2 3])]
    (is (= [0 1 2] (vec (amap a i ret i)))))
  (let [a (long-array [1 2 3])]
    (is (= 6 (areduce a i acc 0 (+ acc (aget a i))))))
  (let [a (double-array [1.5 2.5])]
    (is (= 4.0 (areduce a i s 0.0 (+ s (aget a i))))))
  (let [a (int-array [3 1 2])]
    (is (= 3 (areduce a i m 0 (max m (aget a i))))))
  (let [a (object-array [:a :b])]
    (is (= [[0 :a] [1 :b]] (areduce a i acc [] (conj acc [i (aget a i)])))))
  (is (= 42 (areduce (long-array 0) i acc 42 (inc acc)))))

(deftest array-casts
  (let [a (long-array 1)] (is (identical? a (longs a))))
  (let [a (int-array 1)] (is (identical? a (ints a))))
  (let [a (double-array 1)] (is (identical? a (doubles a))))
  (let [a (float-array 1)] (is (identical? a (floats a))))
  (let [a (short-array 1)] (is (identical? a (shorts a))))
  (let [a (byte-array 1)] (is (identical? a (bytes a))))
  (let [a (char-array 1)] (is (identical? a (chars a))))
  (let [a (boolean-array 1)] (is (identical? a (booleans a))))
  (is (nil? (ints nil)))
  (is (thrown? ClassCastException (ints (long-array 1))))
  (is (thrown? ClassCastException (longs [1])))
  (is (bytes? (byte-array 1)))
  (is (not (bytes? (int-array 1))))
  (is (not (bytes? nil)))
  (is (not (bytes? [1]))))

(deftest arrays-as-seqs
  (is (= [1 2 3] (seq (int-array [1 2 3]))))
  (is (= 3 (count (double-array 3))))
  (is (= 2 (nth (long-array [1 2]) 1)))
  (is (= :nf (nth (long-array [1 2]) 5 :nf)))
  (is (= 6 (reduce + (long-array [1 2 3]))))
  (is (= [2 3 4] (map inc (int-array [1 2 3]))))
  (is (= "ab" (apply str (char-array [\a \b]))))
  (is (= [1 2] (vec (to-array [1 2]))))
  (is (= 1 (first (object-array [1 2]))))
  (is (= [2] (rest (object-array [1 2]))))
  (is (= [3 2 1] (reverse (long-array [1 2 3]))))
  (is (= [1 2 3] (sort (int-array [3 1 2]))))
  (is (= #{1 2} (set (long-array [1 2 2]))))
  (is (= [1 2] (into [] (long-array [1 2]))))
  (is (not= (long-array [1]) (long-array [1])))
  (is (let [a (long-array [1])] (= a a)))
  (is (seqable? (long-array 0)))
  (is (re-matches #"#object\[\"\[J\" 0x[0-9a-f]+ \"\[J@[0-9a-f]+\"\]" (pr-str (long-array 1)))))

(deftest vector-of-basics
  (is (= [] (vector-of :int)))
  (is (vector? (vector-of :int 1)))
  (is (= [1 2 3] (vector-of :long 1 2 3)))
  (is (= [1 2 3 4 5 6] (vector-of :int 1 2 3 4 5 6)))
  (is (= (vector-of :int 1 2 3) [1 2 3]))
  (is (= (hash [1 2 3]) (hash (vector-of :long 1 2 3))))
  (is (= "[1 2 3]" (pr-str (vector-of :int 1 2 3))))
  (is (= "[1.0 2.0]" (pr-str (vector-of :double 1 2))))
  (is (= "[\\a \\b]" (pr-str (vector-of :char \a \b)))))

(deftest vector-of-converts-elements
  (is (= [1] (conj (vector-of :int) 1.9)))
  (is (instance? Integer (first (vector-of :int 1))))
  (is (instance? Long (first (vector-of :long 1))))
  (is (instance? Double (first (vector-of :double 1))))
  (is (instance? Float (first (vector-of :float 1))))
  (is (instance? Byte (first (vector-of :byte 1))))
  (is (instance? Short (first (vector-of :short 1))))
  (is (instance? Character (first (vector-of :char 65))))
  (is (= [\A] (vector-of :char 65)))
  (is (= [true false true] (vector-of :boolean 1 nil :x)))
  (is (instance? Integer (peek (conj (vector-of :int 1) 2))))
  (is (instance? Integer (get (assoc (vector-of :int 1) 0 5) 0)))
  (is (thrown? ClassCastException (conj (vector-of :int) "a")))
  (is (thrown? IllegalArgumentException (vector-of :byte 200)))
  (is (thrown-with-msg? ArithmeticException #"integer overflow" (vector-of :int 3000000000))))

(deftest vector-of-operations
  (let [v (vector-of :int 1 2 3)]
    (is (= 3 (count v)))
    (is (= 2 (nth v 1)))
    (is (= :nf (nth v 9 :nf)))
    (is (= 3 (peek v)))
    (is (= [1 2] (pop v)))
    (is (= [1 9 3] (assoc v 1 9)))
    (is (= [1 2 3 4] (assoc v 3 4)))
    (is (= 2 (v 1)))
    (is (= 2 (get v 1)))
    (is (nil? (get v 5)))
    (is (contains? v 0))
    (is (not (contains? v 3)))
    (is (= [3 2 1] (rseq v)))
    (is (= [2 3] (subvec v 1)))
    (is (= 6 (reduce + v)))
    (is (= [1 2 3 4 5] (into v [4 5])))
    (is (= [] (empty v)))
    (is (= [1] (conj (empty v) 1.5)))
    (is (= -1 (compare v [1 2 4])))
    (is (= {:a 1} (meta (with-meta v {:a 1}))))
    (is (= [2 3 4] (map inc v)))
    (is (= {0 1, 1 2, 2 3} (zipmap (range) v))))
  (is (thrown? IllegalStateException (pop (vector-of :int))))
  (is (thrown? IndexOutOfBoundsException (assoc (vector-of :int 1) 5 1))))
