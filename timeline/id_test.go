package timeline

import "testing"

func TestMakeID(t *testing.T) {
	cases := []struct {
		e    Event
		want string
	}{
		{Event{Title: "William Burns meets Abdul Ghani Baradar in Kabul",
			Date: &Date{Earliest: "2021-08-16", Latest: "2021-09-11"}},
			"2021-08-william-burns-meets-abdul-ghani-baradar-kabul"},
		{Event{Title: "Mohammad Yousuf Wafa visits Tajikistan and Uzbekistan"},
			"mohammad-yousuf-wafa-visits-tajikistan-uzbekistan"},
		{Event{Title: "Erdoğan says “no” to the plan"}, "erdogan-says-no-plan"},
		{Event{Type: Statement, Title: "—"}, "statement"},
		{Event{Title: "Elis meets Sparta in Olympia",
			Date: &Date{Value: "BC0776", Earliest: "-0775-01-01", Latest: "-0775-12-31"}},
			"bc0776-elis-meets-sparta-olympia"},
	}
	for _, c := range cases {
		if got := MakeID(c.e); got != c.want {
			t.Errorf("MakeID(%q) = %q, want %q", c.e.Title, got, c.want)
		}
	}
}

func TestUniqueIDsIsStableAndUnique(t *testing.T) {
	mk := func(seed string, start int) Event {
		return Event{ID: "2021-09-milley-says", Sources: []Citation{{Seed: seed, Start: start, Sentence: "x"}}}
	}
	events := []Event{mk("a.txt", 10), mk("b.txt", 20), mk("c.txt", 30)}
	UniqueIDs(events)
	seen := map[string]bool{}
	for _, e := range events {
		if seen[e.ID] {
			t.Fatalf("duplicate id %s", e.ID)
		}
		seen[e.ID] = true
	}
	if events[0].ID != "2021-09-milley-says" {
		t.Errorf("first keeps its id, got %s", events[0].ID)
	}
	again := []Event{mk("b.txt", 20)}
	again = append([]Event{mk("a.txt", 10)}, again...)
	UniqueIDs(again)
	if again[1].ID != events[1].ID {
		t.Errorf("suffix depends on more than the citation: %s vs %s", again[1].ID, events[1].ID)
	}
}
