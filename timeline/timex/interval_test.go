package timex

import (
	"testing"
	"time"
)

func TestIntervalValues(t *testing.T) {
	dct := time.Date(2021, 9, 11, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct{ typ, value, mod, want string }{
		{"DATE", "2021-08-16", "", "2021-08-16 2021-08-16 day"},
		{"TIME", "2021-08-16T10:30", "", "2021-08-16 2021-08-16 day"},
		{"DATE", "2021-W35", "", "2021-08-30 2021-09-05 week"},
		{"DATE", "2021-W35-WE", "", "2021-09-04 2021-09-05 range"},
		{"DATE", "2020-W53", "", "2020-12-28 2021-01-03 week"},
		{"DATE", "2021-02", "", "2021-02-01 2021-02-28 month"},
		{"DATE", "2001-FA", "", "2001-09-01 2001-11-30 season"},
		{"DATE", "2001-WI", "", "2001-12-01 2002-02-28 season"},
		{"DATE", "2021-Q3", "", "2021-07-01 2021-09-30 quarter"},
		{"DATE", "2021-H1", "", "2021-01-01 2021-06-30 range"},
		{"DATE", "2020", "", "2020-01-01 2020-12-31 year"},
		{"DATE", "2020", "MID", "2020-05-01 2020-08-31 year"},
		{"DATE", "199", "", "1990-01-01 1999-12-31 decade"},
		{"DATE", "199", "START", "1990-01-01 1992-12-31 decade"},
		{"DATE", "19", "", "1900-01-01 1999-12-31 range"},
		{"DATE", "2021-08", "END", "2021-08-21 2021-08-31 month"},
		{"DATE", "2021-08-16", "END", "2021-08-16 2021-08-16 day"},
		{"TIME", "2021-08-16TMO", "START", "2021-08-16 2021-08-16 day"},
		{"DATE", "2021-08-16", "ON_OR_AFTER", "2021-08-16 2021-09-11 range"},
		{"DATE", "2021-10", "ON_OR_AFTER", "-"},
		{"DATE", "2021", "BEFORE", "-"},
		{"DATE", "PRESENT_REF", "", "2021-09-11 2021-09-11 day"},
		{"DATE", "PAST_REF", "", "-"},
		{"DATE", "XXXX-08-16", "", "-"},
		{"DATE", "2021-13", "", "-"},
		{"DATE", "2021-02-30", "", "-"},
		{"DURATION", "P3W", "", "-"},
		{"SET", "P1W", "", "-"},
	} {
		x := Timex{Type: c.typ, Value: c.value, Mod: c.mod}
		if got := intervalString(x, dct); got != c.want {
			t.Errorf("Interval(%s %s %s) = %s, want %s", c.typ, c.value, c.mod, got, c.want)
		}
	}
}
