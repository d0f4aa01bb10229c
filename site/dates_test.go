package site

import (
	"cmp"
	"slices"
	"testing"

	"timeline/timeline"
)

func TestDateText(t *testing.T) {
	for _, c := range []struct {
		d    *timeline.Date
		want string
	}{
		{nil, "undated"},
		{date("2021-08-23", "2021-08-23", "2021-08-23", timeline.Day, ""), "23 Aug 2021"},
		{date("2021-08", "2021-08-01", "2021-08-31", timeline.Month, ""), "Aug 2021"},
		{date("2021-09", "2021-09-01", "2021-09-10", timeline.Range, ""), "between 1 and 10 Sep 2021"},
		{date("2001-FA", "2001-09-01", "2001-11-30", timeline.Season, ""), "autumn 2001"},
		{date("2020", "2020-01-01", "2020-12-31", timeline.Year, ""), "2020"},
		{date("198", "1980-01-01", "1989-12-31", timeline.Decade, ""), "the 1980s"},
		{date("2021-Q3", "2021-07-01", "2021-09-30", timeline.Quarter, ""), "Q3 2021"},
		{date("2021-W35", "2021-08-30", "2021-09-05", timeline.Week, ""), "week of 30 Aug 2021"},
		{date("2021-08", "2021-08-10", "2021-08-20", timeline.Range, ""), "between 10 and 20 Aug 2021"},
		{date("2021", "2021-08-10", "2021-09-02", timeline.Range, ""), "between 10 Aug and 2 Sep 2021"},
		{date("2019", "2019-01-01", "2021-12-31", timeline.Range, ""), "between 2019 and 2021"},
		{date("x", "bad", "2021-01-01", timeline.Day, ""), "x"},
		{date("BC0776", "-0775-01-01", "-0775-12-31", timeline.Year, ""), "776 BC"},
		{date("0393", "0393-01-01", "0393-12-31", timeline.Year, ""), "393"},
		{withMod(date("2021-08-16", "2021-08-16", "2021-09-30", timeline.Range, ""), "ON_OR_AFTER"), "on or after 16 Aug 2021"},
		{withMod(date("2021", "2021-08-28", "2021-09-11", timeline.Range, ""), "ON_OR_BEFORE"), "shortly before 11 Sep 2021"},
		{withMod(date("2021", "2021-01-01", "2021-09-11", timeline.Range, ""), "ON_OR_BEFORE"), "by 11 Sep 2021"},
	} {
		if got := dateText(c.d); got != c.want {
			t.Errorf("dateText(%+v) = %q, want %q", c.d, got, c.want)
		}
	}
}

func TestGroupKey(t *testing.T) {
	for _, c := range []struct {
		d           *timeline.Date
		year, month string
	}{
		{date("2021-08-23", "2021-08-23", "2021-08-23", timeline.Day, ""), "2021", "2021-08"},
		{date("2021", "2021-08-27", "2021-09-10", timeline.Range, ""), "2021", "2021-08"},
		{date("2021-12", "2021-12-20", "2022-01-05", timeline.Range, ""), "2021", "2021-12"},
		{date("2020", "2020-01-01", "2020-12-31", timeline.Year, ""), "2020", ""},
		{date("198", "1980-01-01", "1989-12-31", timeline.Decade, ""), "1980–1989", ""},
		{date("BC0776", "-0775-01-01", "-0775-12-31", timeline.Year, ""), "776 BC", ""},
	} {
		if y, m, _ := groupKey(c.d); y != c.year || m != c.month {
			t.Errorf("groupKey(%+v) = %q, %q; want %q, %q", c.d, y, m, c.year, c.month)
		}
	}
}

func withMod(d *timeline.Date, mod string) *timeline.Date {
	d.Mod = mod
	return d
}

func TestYearGroupsKeepHistoryFirst(t *testing.T) {
	years := []string{"????", "2021", "1980–1989", "776 BC", "1354 BC", "1980"}
	slices.SortStableFunc(years, func(a, b string) int { return cmp.Compare(yearOrder(a), yearOrder(b)) })
	if want := []string{"1354 BC", "776 BC", "1980–1989", "1980", "2021", "????"}; !slices.Equal(years, want) {
		t.Errorf("year order = %q, want %q", years, want)
	}
	if got := yearAnchor("776 BC"); got != "y776-BC" {
		t.Errorf("yearAnchor(776 BC) = %q", got)
	}
}
