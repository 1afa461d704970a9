(ns instant-test
  "clojure.instant: RFC 3339 timestamps parsed into Dates, Calendars and Timestamps, with validation."
  (:require [clojure.test :refer :all]
            [clojure.instant :as i]))

(deftest read-instant-date-fn
  (are [expected s] (= expected (i/read-instant-date s))
    #inst "2020-01-02T03:04:05.678-00:00" "2020-01-02T03:04:05.678-00:00"
    #inst "2020-01-02T03:04:05.678-00:00" "2020-01-02T03:04:05.678Z"
    #inst "2020-01-02T03:04:05.678-00:00" "2020-01-02T03:04:05.678"
    #inst "2020-01-01T00:00:00.000-00:00" "2020"
    #inst "2020-03-01T00:00:00.000-00:00" "2020-03"
    #inst "2020-03-04T00:00:00.000-00:00" "2020-03-04"
    #inst "2020-03-04T05:00:00.000-00:00" "2020-03-04T05"
    #inst "2020-03-04T05:06:00.000-00:00" "2020-03-04T05:06"
    #inst "2020-01-02T02:04:05.000-00:00" "2020-01-02T03:04:05+01:00"
    #inst "2020-01-02T11:04:05.000-00:00" "2020-01-02T03:04:05-08:00"
    #inst "2020-01-01T23:30:00.000-00:00" "2020-01-02T05:00:00+05:30"
    #inst "2020-01-02T03:04:05.100-00:00" "2020-01-02T03:04:05.1"
    #inst "2020-01-02T03:04:05.123-00:00" "2020-01-02T03:04:05.123456789"
    #inst "2020-02-29T00:00:00.000-00:00" "2020-02-29"
    #inst "2000-02-29T00:00:00.000-00:00" "2000-02-29"
    #inst "2017-01-01T00:00:00.000-00:00" "2016-12-31T23:59:60Z")
  (is (instance? java.util.Date (i/read-instant-date "2020")))
  (is (= "#inst \"1999-12-31T23:59:59.999-00:00\"" (pr-str (i/read-instant-date "1999-12-31T23:59:59.999Z")))))

(deftest read-instant-calendar-fn
  (let [c (i/read-instant-calendar "2020-01-02T03:04:05.678+05:30")]
    (is (instance? java.util.Calendar c))
    (is (= "#inst \"2020-01-02T03:04:05.678+05:30\"" (pr-str c)))
    (is (= 3 (.get c java.util.Calendar/HOUR_OF_DAY)))
    (is (= 0 (.get c java.util.Calendar/MONTH)))
    (is (= (.getTime (i/read-instant-date "2020-01-02T03:04:05.678+05:30")) (.getTimeInMillis c))))
  (is (= "#inst \"2020-01-01T00:00:00.000+00:00\"" (pr-str (i/read-instant-calendar "2020"))))
  (is (= "#inst \"2020-06-15T12:00:00.000-04:00\"" (pr-str (i/read-instant-calendar "2020-06-15T12:00:00-04:00")))))

(deftest read-instant-timestamp-fn
  (let [t (i/read-instant-timestamp "2020-01-02T03:04:05.123456789Z")]
    (is (instance? java.sql.Timestamp t))
    (is (instance? java.util.Date t))
    (is (= "#inst \"2020-01-02T03:04:05.123456789-00:00\"" (pr-str t))))
  (is (= "#inst \"2020-01-02T02:04:05.500000000-00:00\"" (pr-str (i/read-instant-timestamp "2020-01-02T03:04:05.5+01:00"))))
  (is (= "#inst \"2020-01-01T00:00:00.000000000-00:00\"" (pr-str (i/read-instant-timestamp "2020")))))

(deftest parse-timestamp-fn
  (are [expected s] (= expected (i/parse-timestamp vector s))
    [2020 1 1 0 0 0 0 0 0 0] "2020"
    [2020 1 2 3 4 5 678000000 0 0 0] "2020-01-02T03:04:05.678"
    [2020 1 2 3 4 5 100000000 -1 8 0] "2020-01-02T03:04:05.1-08:00"
    [2020 1 2 3 4 5 0 1 5 30] "2020-01-02T03:04:05+05:30"
    [2020 1 2 3 4 5 0 0 0 0] "2020-01-02T03:04:05Z"
    [2020 13 45 0 0 0 0 0 0 0] "2020-13-45")
  (is (thrown-with-msg? RuntimeException #"Unrecognized date/time syntax: nope" (i/parse-timestamp vector "nope")))
  (is (thrown-with-msg? RuntimeException #"Unrecognized date/time syntax" (i/read-instant-date "2020-1-2"))))

(deftest validated-fn
  (let [check (i/validated vector)]
    (is (= [2020 2 29 23 59 60 999999999 -1 23 59] (check 2020 2 29 23 59 60 999999999 -1 23 59))))
  (are [s] (thrown-with-msg? RuntimeException #"failed: \(<= 1 months 12\)" (i/read-instant-date s))
    "2020-13-01"
    "2020-00-01")
  (are [s] (thrown-with-msg? RuntimeException #"failed: \(<= 1 days" (i/read-instant-date s))
    "2019-02-29"
    "1900-02-29"
    "2020-04-31"
    "2020-01-00")
  (is (thrown-with-msg? RuntimeException #"failed: \(<= 0 hours 23\)" (i/read-instant-date "2020-01-01T24:00")))
  (is (thrown-with-msg? RuntimeException #"failed: \(<= 0 minutes 59\)" (i/read-instant-date "2020-01-01T12:60")))
  (is (thrown-with-msg? RuntimeException #"failed: \(<= 0 seconds" (i/read-instant-date "2020-01-01T12:30:60")))
  (is (thrown-with-msg? RuntimeException #"failed: \(<= 0 offset-hours 23\)" (i/read-instant-date "2020-01-01T12:30:00+24:00")))
  (is (thrown-with-msg? RuntimeException #"failed: \(<= 0 offset-minutes 59\)" (i/read-instant-date "2020-01-01T12:30:00+01:60"))))
