package timeline

import (
	"slices"
	"testing"
)

func dated(id, earliest, latest string) Event {
	return Event{ID: id, Date: &Date{Earliest: earliest, Latest: latest}}
}

func TestSortOrdersByEarliestLatestThenID(t *testing.T) {
	events := []Event{
		{ID: "undated-b"},
		dated("c", "2021-08-16", "2021-09-11"),
		dated("b", "2021-08-16", "2021-08-31"),
		{ID: "undated-a"},
		dated("a", "2021-08-16", "2021-08-31"),
		dated("z", "2001-09-01", "2001-12-31"),
	}
	Sort(events)
	var got []string
	for _, e := range events {
		got = append(got, e.ID)
	}
	want := []string{"z", "a", "b", "c", "undated-a", "undated-b"}
	if !slices.Equal(got, want) {
		t.Fatalf("order = %v, want %v", got, want)
	}
}

func TestIntersect(t *testing.T) {
	month := &Date{Value: "2021-09", Earliest: "2021-09-01", Latest: "2021-09-30", Precision: Month, Basis: "month"}
	rangeDate := &Date{Value: "2021-08", Earliest: "2021-08-16", Latest: "2021-09-11", Precision: Range, Basis: "since"}
	got, ok := month.Intersect(rangeDate)
	if !ok || got.Earliest != "2021-09-01" || got.Latest != "2021-09-11" {
		t.Fatalf("intersect = %+v, %v", got, ok)
	}
	if got.Basis != "since" {
		t.Errorf("basis = %q, want the narrower date's", got.Basis)
	}
	old := &Date{Earliest: "2001-01-01", Latest: "2001-12-31"}
	if _, ok := month.Intersect(old); ok {
		t.Error("disjoint dates intersected")
	}
}

func TestValidate(t *testing.T) {
	for _, c := range []struct {
		d  Date
		ok bool
	}{
		{Date{Earliest: "2021-08-16", Latest: "2021-08-16"}, true},
		{Date{Earliest: "2021-08-17", Latest: "2021-08-16"}, false},
		{Date{Earliest: "2021-02-30", Latest: "2021-03-01"}, false},
		{Date{Earliest: "", Latest: "2021-03-01"}, false},
	} {
		if err := c.d.Validate(); (err == nil) != c.ok {
			t.Errorf("Validate(%+v) = %v, want ok=%v", c.d, err, c.ok)
		}
	}
}
