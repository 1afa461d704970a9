(ns proxy-test
  "proxy and its family: instances of classes made at run time that implement interfaces and extend
  classes with fns, arity overloading, Object's methods, unimplemented methods, proxy-super, the
  mappings functions, get-proxy-class and construct-proxy. Expected values are Clojure 1.12's."
  (:require [clojure.test :refer :all]))

(defn- thrown-class-and-message
  "[class message] of what f throws, or nil."
  [f]
  (try (f) nil (catch Throwable t [(class t) (ex-message t)])))

(deftest proxies-implement-interfaces
  (let [log (atom [])
        r (proxy [Runnable] [] (run [] (swap! log conj :ran)))]
    (.run r)
    (is (= [:ran] @log))
    (is (instance? Runnable r))
    (is (instance? clojure.lang.IProxy r)))
  (let [c (proxy [java.util.Comparator] [] (compare [a b] (compare b a)))]
    (is (= [3 2 1] (sort c [1 3 2])) "Java code calls the fn"))
  (let [s (proxy [java.util.function.Supplier] [] (get [] this))]
    (is (identical? s (.get s)) "this is the proxy"))
  (let [f (proxy [java.util.function.IntUnaryOperator] [] (applyAsInt [x] (inc x)))]
    (is (= 5 (.applyAsInt f 4)) "a primitive result is converted to the method's type"))
  (let [c (proxy [java.util.concurrent.Callable java.util.function.Supplier] []
            (call [] :called)
            (get [] :got))]
    (is (= [:called :got] [(.call c) (.get c)]) "several interfaces")))

(deftest unimplemented-methods-throw
  (let [e (proxy [Runnable] [])]
    (is (= [UnsupportedOperationException "run"] (thrown-class-and-message #(.run e)))))
  (let [c (proxy [java.util.Comparator] [] (compare [a b] 0))]
    (is (= [UnsupportedOperationException "reversed"] (thrown-class-and-message #(.reversed c)))
        "an interface's default method too")))

(deftest object-methods-default-to-objects
  (let [e (proxy [Runnable] [])]
    (is (= e e))
    (is (.equals e e))
    (is (not (.equals e (proxy [Runnable] []))))
    (is (integer? (.hashCode e)))
    (is (= (str (.getName (class e)) "@" (Integer/toHexString (.hashCode e))) (.toString e))))
  (let [t (proxy [Object] [] (toString [] "custom") (hashCode [] 7) (equals [o] (= o :same)))]
    (is (= "custom" (str t)))
    (is (= 7 (.hashCode t)))
    (is (.equals t :same))))

(deftest arity-overloading
  (let [log (atom [])
        w (proxy [java.io.Writer] []
            (write ([x] (swap! log conj [:one x]))
                   ([buf off len] (swap! log conj [:three off len])))
            (flush [])
            (close []))]
    (.write w "abc")
    (.write w (char-array "abc") 0 2)
    (.write w 65)
    (is (= [[:one "abc"] [:three 0 2] [:one 65]] @log))
    (is (= Integer (class (second (last @log)))) "Java arguments arrive boxed as Java boxes them")))

(deftest proxies-extend-classes
  (let [l (proxy [java.util.AbstractList] [] (get [i] (* i 10)) (size [] 3))]
    (is (= [0 10 20] (vec l)) "the abstract class's own methods use the fns")
    (is (= 10 (.get l 1)))
    (is (.contains l 20))
    (is (= "[0, 10, 20]" (str l)))
    (is (= ["get" "size"] (sort (keys (proxy-mappings l))))))
  (testing "methods not given are the superclass's"
    (let [al (proxy [java.util.ArrayList] [[1 2 3]] (size [] (* 2 (proxy-super size))))]
      (is (= 6 (.size al)) "proxy-super calls the superclass's method")
      (is (= 1 (.get al 0)))))
  (testing "an abstract method not given throws"
    (let [l (proxy [java.util.AbstractList] [] (get [i] i))]
      (is (= [UnsupportedOperationException "size"] (thrown-class-and-message #(.size l))))))
  (let [t (proxy [Object] [] (toString [] (str "wrapped " (class (proxy-super toString)))))]
    (is (= "wrapped class java.lang.String" (str t)))))

(deftest mappings-can-change
  (let [l (proxy [java.util.AbstractList] [] (get [i] (* i 10)) (size [] 3))]
    (is (identical? l (update-proxy l {"size" (fn [this] 2)})))
    (is (= [0 10] (vec l)))
    (update-proxy l {"size" nil})
    (is (= ["get" "size"] (sort (keys (proxy-mappings l)))))
    (is (nil? (get (proxy-mappings l) "size")))
    (is (= [UnsupportedOperationException "size"] (thrown-class-and-message #(count l))))
    (is (identical? l (init-proxy l {"get" (fn [this i] :x) "size" (fn [this] 1)})))
    (is (= [:x] (vec l))))
  (is (= ClassCastException (first (thrown-class-and-message #(proxy-mappings 1))))))

(deftest proxy-classes
  ;; Named after the current namespace when called; proxy's after the namespace it is written in.
  (binding [*ns* (the-ns 'proxy-test)]
    (let [c (get-proxy-class Runnable)]
      (is (class? c))
      (is (identical? c (get-proxy-class Runnable)) "made once")
      (is (= Object (.getSuperclass c)))
      (is (= (class (proxy [Runnable] [])) c))
      (is (.startsWith (proxy-name Object [Runnable]) "proxy_test.proxy$java.lang.Object$Runnable$"))
      (is (= (.getName c) (proxy-name Object [Runnable]))))
    (is (.startsWith (proxy-name java.util.AbstractList [Runnable java.io.Serializable])
                     "proxy_test.proxy$java.util.AbstractList$Serializable$Runnable$")
        "the interfaces in order of name"))
  (let [p (construct-proxy (get-proxy-class java.util.ArrayList) [5 6])]
    (is (= [5 6] (vec p)) "construct-proxy picks the constructor that fits")
    (is (nil? (proxy-mappings p)) "and maps no fns")
    (init-proxy p {"size" (fn [this] 1)})
    (is (= 1 (.size p)))))

(deftest mino-interfaces-too
  (let [d (proxy [clojure.lang.IDeref] [] (deref [] 5))]
    (is (= 5 @d))))

(definterface Shape
  (area [])
  (^long sides [])
  (^String describe [^long n other]))

(deftype Square [s]
  Shape
  (area [this] (* s s))
  (sides [this] 4)
  (describe [this n other] (str n other)))

(deftest definterface-makes-an-interface
  (is (class? Shape))
  (is (.isInterface Shape))
  (is (= "proxy_test.Shape" (.getName Shape)))
  (let [sq (->Square 3)]
    (is (instance? Shape sq))
    (is (= [9 4 "2:x"] [(.area sq) (.sides sq) (.describe sq 2 :x)])))
  (let [r (reify Shape (area [_] 1) (sides [_] 3) (describe [_ n o] "r"))]
    (is (= [1 3 "r"] [(.area r) (.sides r) (.describe r 1 nil)])))
  (let [p (proxy [Shape] [] (area [] 2) (sides [] 5))]
    (is (= [2 5] [(.area p) (.sides p)]))
    (is (thrown? UnsupportedOperationException (.describe p 1 2)))))

(gen-interface :name proxy_test.Named :extends [Runnable] :methods [[nameOf [] String]])

(deftest gen-interface-makes-an-interface
  (let [c (resolve 'proxy_test.Named)]
    (is (class? c))
    (is (= [Runnable] (vec (.getInterfaces c)))))
  (let [ran (atom false)
        n (reify proxy_test.Named (nameOf [_] "N") (run [_] (reset! ran true)))]
    (is (= "N" (.nameOf n)))
    (.run n)
    (is @ran)))
