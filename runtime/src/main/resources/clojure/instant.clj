(ns clojure.instant
  "Parsing RFC 3339 timestamps (the text of #inst literals) into java.util.Date, java.util.Calendar or
  java.sql.Timestamp values. Loading it also makes calendars and timestamps print as #inst literals.")

;; Private builtins construct-date, construct-calendar, construct-timestamp:
;; dev.mino.runtime.core.InstantLib.
(clojure.core/install-native-lib 'clojure.instant)

(defn- fail [msg]
  (throw (RuntimeException. ^String msg)))

(def ^:private timestamp
  #"(\d\d\d\d)(?:-(\d\d)(?:-(\d\d)(?:[T](\d\d)(?::(\d\d)(?::(\d\d)(?:[.](\d+))?)?)?)?)?)?(?:[Z]|([-+])(\d\d):(\d\d))?")

(defn- parse-int [s]
  (Long/parseLong s))

(defn- nine-digits
  "The fraction digits as nanoseconds: cut or padded with zeros to nine digits."
  [^String s]
  (if (> (count s) 9)
    (subs s 0 9)
    (apply str s (repeat (- 9 (count s)) \0))))

(defn parse-timestamp
  "Parses cs, an RFC 3339 timestamp such as 2024-05-17T08:30:00.125-04:00, and returns (new-instant
  years months days hours minutes seconds nanoseconds offset-sign offset-hours offset-minutes), all
  integers. Everything after the year may be left out, from the end: months and days default to 1,
  the rest to 0 (offset-sign is -1, 0 or 1; Z or no offset gives 0). Throws RuntimeException
  \"Unrecognized date/time syntax: ...\" when cs is not a timestamp. Fields are not range-checked
  here: wrap new-instant with validated for that."
  [new-instant ^CharSequence cs]
  (if-let [[_ years months days hours minutes seconds fraction offset-sign offset-hours offset-minutes]
           (re-matches timestamp cs)]
    (new-instant
      (parse-int years)
      (if-not months 1 (parse-int months))
      (if-not days 1 (parse-int days))
      (if-not hours 0 (parse-int hours))
      (if-not minutes 0 (parse-int minutes))
      (if-not seconds 0 (parse-int seconds))
      (if-not fraction 0 (parse-int (nine-digits fraction)))
      (cond (= "-" offset-sign) -1
            (= "+" offset-sign) 1
            :else 0)
      (if-not offset-hours 0 (parse-int offset-hours))
      (if-not offset-minutes 0 (parse-int offset-minutes)))
    (fail (str "Unrecognized date/time syntax: " cs))))

(defn- leap-year? [year]
  (and (zero? (mod year 4))
       (or (not (zero? (mod year 100)))
           (zero? (mod year 400)))))

(defn- days-in-month [month leap-year]
  (get (if leap-year
         [nil 31 29 31 30 31 30 31 31 30 31 30 31]
         [nil 31 28 31 30 31 30 31 31 30 31 30 31])
       month))

(defmacro ^:private verify
  "Throws RuntimeException \"failed: <test>\" unless test holds."
  [test]
  `(when-not ~test
     (fail ~(str "failed: " (pr-str test)))))

(defn validated
  "new-instance wrapped so that it is only called with fields in range: months 1-12, days within the
  month (leap years counted), hours 0-23, minutes 0-59, seconds 0-59 (60 when minutes is 59),
  nanoseconds 0-999999999, offset-sign -1-1, offset-hours 0-23 and offset-minutes 0-59. Out of range,
  it throws RuntimeException naming the failed check, e.g. \"failed: (<= 1 months 12)\"."
  [new-instance]
  (fn [years months days hours minutes seconds nanoseconds offset-sign offset-hours offset-minutes]
    (verify (<= 1 months 12))
    (verify (<= 1 days (days-in-month months (leap-year? years))))
    (verify (<= 0 hours 23))
    (verify (<= 0 minutes 59))
    (verify (<= 0 seconds (if (= minutes 59) 60 59)))
    (verify (<= 0 nanoseconds 999999999))
    (verify (<= -1 offset-sign 1))
    (verify (<= 0 offset-hours 23))
    (verify (<= 0 offset-minutes 59))
    (new-instance years months days hours minutes seconds nanoseconds offset-sign offset-hours offset-minutes)))

(def ^{:arglists '([cs])} read-instant-date
  "The java.util.Date an RFC 3339 timestamp string denotes (millisecond precision), after validation.
  What the reader uses for #inst literals."
  (partial parse-timestamp (validated construct-date)))

(def ^{:arglists '([cs])} read-instant-calendar
  "The java.util.Calendar an RFC 3339 timestamp string denotes, in the timestamp's own offset (millisecond
  precision), after validation."
  (partial parse-timestamp (validated construct-calendar)))

(def ^{:arglists '([cs])} read-instant-timestamp
  "The java.sql.Timestamp an RFC 3339 timestamp string denotes, nanoseconds kept, after validation."
  (partial parse-timestamp (validated construct-timestamp)))
