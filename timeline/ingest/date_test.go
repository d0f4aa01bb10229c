package ingest

import "testing"

// TestParseDate covers the layouts a publication date is written in.
// Numeric dates are day-first unless that is impossible.
func TestParseDate(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2021-09-10", "2021-09-10"},
		{"10.09.2021", "2021-09-10"},
		{"10/09/2021", "2021-09-10"},
		{"3.4.2019", "2019-04-03"},
		{"09/13/2021", "2021-09-13"}, // 13 cannot be a month
		{"13.09.2021", "2021-09-13"},
		{"10.09.21", "2021-09-10"},
		{"2021/09/10", "2021-09-10"},
		{"10.09.2021 14:05", "2021-09-10"},
		{"2021-09-10T08:30:00Z", "2021-09-10"},
		{"2021-09-10T23:30:00+04:30", "2021-09-10"},
		{"September 10, 2021", "2021-09-10"},
		{"10 September 2021", "2021-09-10"},
		{"Sep 10, 2021", "2021-09-10"},
		{"Friday, September 10, 2021", "2021-09-10"},
		{"10 Sept 2021", "2021-09-10"},
		{"10th September, 2021", "2021-09-10"},
		{"September 10th, 2021", "2021-09-10"},
		{"Sept. 10, 2021", "2021-09-10"},
		{"10-Sep-2021", "2021-09-10"},
		{"Fri, 10 Sep 2021 08:00:00 GMT", "2021-09-10"},
		{"2021", ""},           // no day
		{"2021-09", ""},        // no day
		{"September 2021", ""}, // no day
		{"12:30", ""},
		{"1631260800", ""},
		{"31 Smarch 2021", ""},
		{"31.02.2021", ""},
		{"10.09/2021", ""},
		{"soon", ""},
		{"last Tuesday", ""},
		{"", ""},
	} {
		got, err := parseDate(c.in)
		switch {
		case c.want == "" && err == nil:
			t.Errorf("parseDate(%q) = %s, want an error", c.in, got.Format("2006-01-02"))
		case c.want != "" && err != nil:
			t.Errorf("parseDate(%q): %v, want %s", c.in, err, c.want)
		case c.want != "" && got.Format("2006-01-02") != c.want:
			t.Errorf("parseDate(%q) = %s, want %s", c.in, got.Format("2006-01-02"), c.want)
		}
	}
}
