package dev.mino.runtime.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mino.runtime.lang.IMeta;
import dev.mino.runtime.printer.PrintSettings;
import dev.mino.runtime.printer.Printer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden output recorded from Clojure 1.12 (clojure.main, so *print-namespace-maps* is true): each line is
 * the source as a string literal, then " => " and every form read from it (pr-str, then " ^" and its
 * metadata when it has some) joined by " | ", or "ERR  | message". Generated numbers show as __N.
 * Left out on purpose: #= (mino has no read-eval) and "#:a" at end of input, which mino reports as
 * an incomplete "EOF while reading".
 */
class ClojureParityTest {
    private static final String GOLDEN = """
            "42" => 42
            "-42" => -42
            "+42" => 42
            "0x1F" => 31
            "-0X1f" => -31
            "017" => 15
            "2r101" => 5
            "36rZZ" => 1295
            "123N" => 123N
            "1.5" => 1.5
            "1e10" => 1.0E10
            "-1.5E-3" => -0.0015
            "1.5M" => 1.5M
            "2M" => 2M
            "1/2" => 1/2
            "4/2" => 2
            "-6/8" => -3/4
            "##Inf" => ##Inf
            "##-Inf" => ##-Inf
            "##NaN\\n:a" => ##NaN | :a
            ":a/b" => :a/b
            "::a" => :user/a
            "a/b" => a/b
            "/" => /
            "clojure.core//" => clojure.core//
            "nil" => nil
            "true" => true
            "false" => false
            "\\"a\\\\tb\\"" => "a\\tb"
            "\\\\a" => \\a
            "\\\\newline" => \\newline
            "\\\\u0041" => \\A
            "\\\\o101\\n(a b c)" => \\A | (a b c) ^{:line 2, :column 1}
            "[1 2 3]" => [1 2 3]
            "{:a 1 :b 2}" => {:a 1, :b 2}
            "#{1 2 3}" => #{1 3 2}
            "{:a 1 :b 2 :c 3 :d 4 :e 5 :f 6 :g 7 :h 8 :i 9}" => {:e 5, :g 7, :c 3, :h 8, :b 2, :d 4, :f 6, :i 9, :a 1}
            "#{:a :b :c :d :e :f :g :h :i :j}\\n'x" => #{:e :g :c :j :h :b :d :f :i :a} | (quote x)
            "@x" => (clojure.core/deref x)
            "#'x" => (var x)
            "~x" => (clojure.core/unquote x)
            "~@x" => (clojure.core/unquote-splicing x)
            "`(a ~b ~@c)" => (clojure.core/seq (clojure.core/concat (clojure.core/list (quote user/a)) (clojure.core/list b) c))
            "`[a b]" => (clojure.core/apply clojure.core/vector (clojure.core/seq (clojure.core/concat (clojure.core/list (quote user/a)) (clojure.core/list (quote user/b)))))
            "`{:a ~b}" => (clojure.core/apply clojure.core/hash-map (clojure.core/seq (clojure.core/concat (clojure.core/list :a) (clojure.core/list b))))
            "`#{a}" => (clojure.core/apply clojure.core/hash-set (clojure.core/seq (clojure.core/concat (clojure.core/list (quote user/a)))))
            "`x#" => (quote x__N__auto__)
            "`(x# x#)" => (clojure.core/seq (clojure.core/concat (clojure.core/list (quote x__N__auto__)) (clojure.core/list (quote x__N__auto__))))
            "`(def let* if)" => (clojure.core/seq (clojure.core/concat (clojure.core/list (quote def)) (clojure.core/list (quote let*)) (clojure.core/list (quote if))))
            "`^:m [a]" => (clojure.core/with-meta (clojure.core/apply clojure.core/vector (clojure.core/seq (clojure.core/concat (clojure.core/list (quote user/a))))) (clojure.core/apply clojure.core/hash-map (clojure.core/seq (clojure.core/concat (clojure.core/list :m) (clojure.core/list (quote true))))))
            "`(a (b ~c) [d ~@e])\\n#(+ % %2)" => (clojure.core/seq (clojure.core/concat (clojure.core/list (quote user/a)) (clojure.core/list (clojure.core/seq (clojure.core/concat (clojure.core/list (quote user/b)) (clojure.core/list c)))) (clojure.core/list (clojure.core/apply clojure.core/vector (clojure.core/seq (clojure.core/concat (clojure.core/list (quote user/d)) e)))))) | (fn* [p1__N# p2__N#] (+ p1__N# p2__N#))
            "#(%3)" => (fn* [p1__N# p2__N# p3__N#] (p3__N#))
            "#(% %&)" => (fn* [p1__N# & rest__N#] (p1__N# rest__N#))
            "#(%&)" => (fn* [& rest__N#] (rest__N#))
            "#(inc %)" => (fn* [p1__N#] (inc p1__N#))
            "^:a x" => x ^{:a true}
            "^String x" => x ^{:tag String}
            "^{:a 1} [1]" => [1] ^{:a 1}
            "^:a ^:b (1)" => (1) ^{:line 1, :column 1, :b true, :a true}
            "^[String] x\\n#?(:clj 1 :cljs 2)" => x ^{:param-tags [String]} | 1
            "[#?@(:clj [1 2]) 3]" => [1 2 3]
            "#?(:cljs 1 :default 2)" => 2
            "(#?(:cljs 1))" => ()
            "#:a{:b 1 :_/c 2 d 3}" => {:a/b 1, :c 2, a/d 3}
            "#::{:b 1}\\n(a ; comment\\n b)" => #:user{:b 1} | (a b) ^{:line 2, :column 1}
            "#_ 1 2" => 2
            "[1 #_ 2 3]" => [1 3]
            "#! shebang\\n1" => 1
            "\\"multi\\nline\\"" => "multi\\nline"
            "(a\\n  (b\\n    (c)))" => (a (b (c))) ^{:line 1, :column 1}
            "(a,b,,c)" => (a b c) ^{:line 1, :column 1}
            "(1 2" => ERR  | EOF while reading, starting at line 1
            "[1 2" => ERR  | EOF while reading, starting at line 1
            "\\"abc" => ERR  | EOF while reading string
            "\\\\" => ERR  | EOF while reading character
            "(1 2]" => ERR  | Unmatched delimiter: ]
            ")" => ERR  | Unmatched delimiter: )
            "{1}" => ERR  | Map literal must contain an even number of forms
            "{:a 1 :a 2}" => ERR  | Duplicate key: :a
            "#{1 1}" => ERR  | Duplicate key: 1
            "1.2.3" => ERR  | Invalid number: 1.2.3
            "\\\\foo" => ERR  | Unsupported character: \\foo
            ":" => ERR  | Invalid token: :
            "::x/y" => ERR  | Invalid token: ::x/y
            "#foo 1" => ERR  | No reader function for tag foo
            "#(#(a))" => ERR  | Nested #()s are not allowed
            "`~@x" => ERR  | splice not in list
            "^1 x" => ERR  | Metadata must be Symbol,Keyword,String,Vector or Map
            "^:a 1\\n#?@(:clj [1])" => ERR  | Metadata can only be applied to IMetas
            "#?(:clj)" => ERR  | read-cond starting on line 1 requires an even number of forms
            "#?(1 2)" => ERR  | Feature should be a keyword: 1
            "#?[:clj 1]" => ERR  | read-cond body must be a list
            "#:a{:b}" => ERR  | Namespaced map literal must contain an even number of forms
            "#: a{}" => ERR  | Namespaced map must specify a namespace
            "##foo" => ERR  | Unknown symbolic value: ##foo
            "#\\"a\\\\d\\"" => #"a\\d"
            "#\\"[a\\\\\\"]\\"" => #"[a\\"]"
            "#inst \\"2020-02-03T04:05:06.789Z\\"" => #inst "2020-02-03T04:05:06.789-00:00"
            "#uuid \\"00000000-0000-0000-0000-000000000001\\"\\n`(a.b/c String. .foo Integer/MAX_VALUE java.util.Map$Entry a.b.C)" => #uuid "00000000-0000-0000-0000-000000000001" | (clojure.core/seq (clojure.core/concat (clojure.core/list (quote a.b/c)) (clojure.core/list (quote java.lang.String.)) (clojure.core/list (quote .foo)) (clojure.core/list (quote java.lang.Integer/MAX_VALUE)) (clojure.core/list (quote java.util.Map$Entry)) (clojure.core/list (quote a.b.C))))
            "`(try (catch Exception e) (finally))" => (clojure.core/seq (clojure.core/concat (clojure.core/list (quote try)) (clojure.core/list (clojure.core/seq (clojure.core/concat (clojure.core/list (quote catch)) (clojure.core/list (quote java.lang.Exception)) (clojure.core/list (quote user/e))))) (clojure.core/list (clojure.core/seq (clojure.core/concat (clojure.core/list (quote finally)))))))
            "`(new Foo (. x y) (set! z 1))\\n\\"\\\\u00e9\\\\b\\\\f\\\\\\"\\\\\\\\\\"" => (clojure.core/seq (clojure.core/concat (clojure.core/list (quote new)) (clojure.core/list (quote user/Foo)) (clojure.core/list (clojure.core/seq (clojure.core/concat (clojure.core/list (quote .)) (clojure.core/list (quote user/x)) (clojure.core/list (quote user/y))))) (clojure.core/list (clojure.core/seq (clojure.core/concat (clojure.core/list (quote set!)) (clojure.core/list (quote user/z)) (clojure.core/list 1)))))) | "é\\b\\f\\"\\\\"
            "\\\\space\\\\tab\\\\return" => \\space | \\tab | \\return
            "(\\\\a\\\\b)" => (\\a \\b) ^{:line 1, :column 1}
            "[1'a]" => [1 (quote a)]
            "[:a\\"b\\"]" => [:a "b"]
            "{:a {:b {:c [1 (2) #{3}]}}}" => {:a {:b {:c [1 (2) #{3}]}}}
            "(quote (a b))" => (quote (a b)) ^{:line 1, :column 1}
            "'()" => (quote ())
            "`()" => (clojure.core/list)
            "()" => ()
            "[()]" => [()]
            "(())\\n#?(:clj #_1 2)" => (()) ^{:line 1, :column 1} | 2
            "#?(:clj ^:m [1])" => [1] ^{:m true}
            "['#?@(:clj [1 2])]" => [(quote 1) 2]
            "'a'b" => (quote a'b)
            "a/b/c" => a/b/c
            ":a/b/c" => :a/b/c
            "a//" => a//
            "::a:b" => :user/a:b
            ":1" => :1
            "a#" => a#
            "%" => %
            "(%)" => (%) ^{:line 1, :column 1}
            "#(-1)\\n0" => (fn* [] (-1)) | 0
            "-0" => 0
            "0N" => 0N
            "07" => 7
            "08.5" => 8.5
            "1." => 1.0
            "1.e5" => 100000.0
            "9223372036854775808" => 9223372036854775808N
            "-9223372036854775809" => -9223372036854775809N
            "1e" => ERR  | Invalid number: 1e
            "09" => ERR  | Invalid number: 09
            "1/0" => ERR  | Divide by zero
            "2r102" => ERR  | For input string: "102" under radix 2
            "0x" => ERR  | Invalid number: 0x
            "-0x1FN" => -31N
            "36rZZN" => 46643
            ":a/1" => ERR  | Invalid token: :a/1
            "a/1" => a/1
            "a/10" => ERR  | Invalid token: a/10
            "/a" => ERR  | Invalid token: /a
            "a/" => ERR  | Invalid token: a/
            "::" => ERR  | Invalid token: ::
            ":::a" => ERR  | Invalid token: :::a
            "a::b" => ERR  | Invalid token: a::b
            ":a:" => ERR  | Invalid token: :a:
            "a:" => ERR  | Invalid token: a:
            "://" => ERR  | Invalid token: ://
            "::/" => ERR  | Invalid token: ::/
            "x/:" => ERR  | Invalid token: x/:
            "a:/b" => ERR  | Invalid token: a:/b
            "a/:b" => a/:b
            "//" => ERR  | Invalid token: //
            "///" => ERR  | Invalid token: ///
            "a///" => a///
            ":a//" => :a//
            "::1" => :user/1
            "::1/a" => ERR  | Invalid token: ::1/a
            "1a/b" => ERR  | Invalid number: 1a/b
            ":1/a" => :1/a
            "a.b/1" => a.b/1
            "a/b/1\\n\\\\ab" => ERR  | Unsupported character: \\ab
            "\\\\u12" => ERR  | Invalid unicode character: \\u12
            "\\\\uD800" => ERR  | Invalid character constant: \\ud800
            "\\\\o400" => ERR  | Octal escape sequence must be in range [0, 377].
            "\\\\o8" => ERR  | Invalid digit: 8
            "\\\\u00411" => ERR  | Invalid unicode character: \\u00411
            "\\\\ux" => ERR  | Invalid unicode character: \\ux
            "\\\\uZZZZ" => ERR  | Invalid digit: Z
            "\\\\o1011" => ERR  | Invalid octal escape sequence length: 4
            "\\\\(" => \\(
            "\\\\)" => \\)
            "\\\\ " => \\space
            "\\\\;" => \\;
            "\\\\#" => \\#
            "\\\\u" => \\u
            "\\\\o" => \\o
            "\\"\\\\u004\\"" => ERR  | Invalid character length: 3, should be: 4
            "\\"\\\\u004g\\"" => ERR  | Invalid digit: g
            "\\"\\\\101\\"" => "A"
            "\\"\\\\400\\"" => ERR  | Octal escape sequence must be in range [0, 377].
            "\\"\\\\0\\"" => "\0"
            "\\"\\\\q\\"" => ERR  | Unsupported escape character: \\q
            "\\"\\\\8\\"" => ERR  | Invalid digit: 8
            "\\"\\\\u\\"" => ERR  | Invalid unicode escape: \\u"
            "\\"\\\\18\\"\\n^" => ERR  | Invalid digit: 8
            "^:a" => ERR  | EOF while reading
            "#_" => ERR  | EOF while reading
            "#" => ERR  | EOF while reading character
            "`" => ERR  | EOF while reading
            "~" => ERR  | EOF while reading character
            "~@" => ERR  | EOF while reading
            "#'" => ERR  | EOF while reading
            "#(" => ERR  | EOF while reading, starting at line 1
            "#\\"abc" => ERR  | EOF while reading regex
            "#?" => ERR  | EOF while reading character
            "#?(" => ERR  | EOF while reading, starting at line 1
            "#:a{" => ERR  | EOF while reading, starting at line 1
            "##" => ERR  | EOF while reading
            "#^" => ERR  | EOF while reading
            "(" => ERR  | EOF while reading, starting at line 1
            "(a #_)" => ERR  | Unmatched delimiter: )
            "#<foo>" => ERR  | Unreadable form
            "#%" => ERR  | EOF while reading
            "#a" => ERR  | EOF while reading
            "#1" => ERR  | Reader tag must be a symbol
            "'" => ERR  | EOF while reading
            "@\\n#?(:clj 1 #_:cljs #_2)" => (clojure.core/deref 1)
            "#?(:clj 1 :cljs)" => 1
            "#?@ (:clj [1])" => ERR  | Reader conditional splicing not allowed at the top level.
            "#? (:clj 1)" => 1
            "#?(:else 1)" => ERR  | Feature name :else is reserved.
            "#?(:none 1)" => ERR  | Feature name :none is reserved.
            "[#?@(:clj 1)]" => ERR  | Spliced form list in read-cond-splicing must implement java.util.List
            "#?(:cljs #foo 1 :clj 2)" => 2
            "#?(:cljs ::x/y :clj 2)\\n#:a/b{:c 1}" => ERR  | Invalid token: ::x/y
            "#:a[1]" => ERR  | Namespaced map must specify a map
            "#:a {:b 1}" => #:a{:b 1}
            "#:a{:b 1 :b 2}" => ERR  | Duplicate key: :a/b
            "#:a{:b 1 :a/b 2}" => ERR  | Duplicate key: :a/b
            "#::a{:b 1}" => ERR  | Unknown auto-resolved namespace alias: a
            "#:a{\\"s\\" 1 _/x 2 y/z 3}\\n^:a ()" => {"s" 1, x 2, y/z 3} | () ^{:a true, :line 2, :column 1}
            "^:a []" => [] ^{:a true}
            "^\\"s\\" x" => x ^{:tag "s"}
            "^{:line 5} (1)" => (1) ^{:line 5, :column 1}
            "^:foo #(a)" => (fn* [] (a)) ^{:foo true, :line 1, :column 1}
            "`^:a ()" => (clojure.core/with-meta (clojure.core/list) (clojure.core/apply clojure.core/hash-map (clojure.core/seq (clojure.core/concat (clojure.core/list :a) (clojure.core/list (quote true)) (clojure.core/list :line) (clojure.core/list 1) (clojure.core/list :column) (clojure.core/list 2)))))
            "`^:m ~x" => x
            "`^{:line 3} (a)" => (clojure.core/seq (clojure.core/concat (clojure.core/list (quote user/a))))
            "`^:a #{}" => (clojure.core/with-meta (clojure.core/apply clojure.core/hash-set (clojure.core/seq (clojure.core/concat))) (clojure.core/apply clojure.core/hash-map (clojure.core/seq (clojure.core/concat (clojure.core/list :a) (clojure.core/list (quote true))))))
            "`(fn* [])" => (clojure.core/seq (clojure.core/concat (clojure.core/list (quote fn*)) (clojure.core/list (clojure.core/apply clojure.core/vector (clojure.core/seq (clojure.core/concat))))))
            "`(~@a)\\n#(% %1.5)" => ERR  | arg literal must be %, %& or %integer
            "#(%-1)" => ERR  | arg literal must be %, %& or %integer
            "#(%21)" => (fn* [p1__N# p2__N# p3__N# p4__N# p5__N# p6__N# p7__N# p8__N# p9__N# p10__N# p11__N# p12__N# p13__N# p14__N# p15__N# p16__N# p17__N# p18__N# p19__N# p20__N# p21__N#] (p21__N#))
            "#(%0)" => ERR  | arg literal must be %, %& or %integer
            "#(%a)" => ERR  | arg literal must be %, %& or %integer
            "#(%1 %)" => (fn* [p1__N#] (p1__N# p1__N#))
            "#(do %2)" => (fn* [p1__N# p2__N#] (do p2__N#))
            "(fn [x] #(x %))\\n\\"a\\nb\\"" => (fn [x] (fn* [p1__N#] (x p1__N#))) ^{:line 1, :column 1} | "a\\nb"
            "\\"tab\\tin\\"" => "tab\\tin"
            "(a\\tb)" => (a b) ^{:line 1, :column 1}
            "1 2 3" => 1 | 2 | 3
            "[] {} #{} ()" => [] | {} | #{} | ()
            ";only comment" => 
            "#_#_1 2" => 
            "(a #_ #_ b c d)" => (a d) ^{:line 1, :column 1}
            "{:a #_ 1 :b 2}" => ERR  | Map literal must contain an even number of forms
            "[1 2 #?(:cljs 3)]\\n`(.. System (getProperties))" => [1 2] | (clojure.core/seq (clojure.core/concat (clojure.core/list (quote ..)) (clojure.core/list (quote java.lang.System)) (clojure.core/list (clojure.core/seq (clojure.core/concat (clojure.core/list (quote user/getProperties)))))))
            "`Exception" => (quote java.lang.Exception)
            "`(throw (Exception. \\"x\\"))" => (clojure.core/seq (clojure.core/concat (clojure.core/list (quote throw)) (clojure.core/list (clojure.core/seq (clojure.core/concat (clojure.core/list (quote java.lang.Exception.)) (clojure.core/list "x"))))))
            "`java.lang.String/1" => (quote java.lang.String/1)
            "`String/1" => (quote java.lang.String/1)
            "`(a/b c/d)" => (clojure.core/seq (clojure.core/concat (clojure.core/list (quote a/b)) (clojure.core/list (quote c/d))))
            "`[1 2.0 \\"x\\" \\\\c :k nil]\\n1 ; trailing" => (clojure.core/apply clojure.core/vector (clojure.core/seq (clojure.core/concat (clojure.core/list 1) (clojure.core/list 2.0) (clojure.core/list "x") (clojure.core/list \\c) (clojure.core/list :k) (clojure.core/list (quote nil))))) | 1
            "  ,,, :k ,,, " => :k
            "\\"\\\\\\\\\\"" => "\\\\"
            "\\"\\\\\\"\\"" => "\\""
            "#\\"\\\\\\\\\\"" => #"\\\\"
            "#\\"\\\\\\"\\"" => #"\\""
            "#\\"a\\\\\\"\\"" => #"a\\""
            "#\\"(?i)x\\"" => #"(?i)x"
            "\\\\newline" => \\newline
            "\\\\return" => \\return
            "\\\\backspace" => \\backspace
            "\\\\formfeed" => \\formfeed
            "\\\\tab" => \\tab
            "\\\\space\\n-9223372036854775808" => \\space | -9223372036854775808
            "9223372036854775807" => 9223372036854775807
            "+9223372036854775808" => 9223372036854775808N
            "1/3" => 1/3
            "10/4" => 5/2
            "-0/5" => 0
            "0.0" => 0.0
            "1e-400" => 0.0
            "1e400" => ##Inf
            "1.0E-5" => 1.0E-5
            "123456789.123456789" => 1.2345678912345679E8
            "00" => 0
            "0/1" => 0
            "+0x10" => 16
            "-2r11" => -3
            "16rFF" => 255
            "16rff" => 255
            "2R11" => 3
            "0X0" => 0
            "07N" => 7N
            "0xFFFFFFFFFFFFFFFF" => 18446744073709551615N
            """;

    static Stream<String> cases() {
        return GOLDEN.lines().filter(line -> !line.isBlank());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void readsAndPrintsLikeClojure(String line) {
        int arrow = line.indexOf(" =>");
        String quoted = line.substring(0, arrow);
        // The text block drops the trailing space of lines that read no form.
        String expected = line.length() == arrow + 3 ? "" : line.substring(arrow + 4);
        String source = (String) new LispReader(quoted, "golden", ReaderContext.STANDALONE).read();
        assertEquals(expected, readAndPrint(source), quoted);
    }

    private static String readAndPrint(String source) {
        PrintSettings settings = PrintSettings.READABLY.withNamespaceMaps(true);
        List<String> out = new ArrayList<>();
        try {
            LispReader reader = new LispReader(source, "t", ReaderContext.STANDALONE);
            for (Object x = reader.read(); x != LispReader.EOF; x = reader.read()) {
                String text = Printer.toString(x, settings);
                if (x instanceof IMeta m && m.meta() != null) text += " ^" + Printer.toString(m.meta(), settings);
                out.add(text);
            }
        } catch (ReaderException e) {
            out = List.of("ERR ", e.getMessage());
        }
        return String.join(" | ", out).replaceAll("__\\d+", "__N");
    }
}
