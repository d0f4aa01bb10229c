package site

import (
	"context"
	"strings"
	"testing"

	"timeline/timeline"
)

// TestSeveralPlacesGetAPageEach renders an event with a list of places: each
// place is linked in words ("in Armenia and Georgia") and has its own page,
// and a single place keeps working alongside.
func TestSeveralPlacesGetAPageEach(t *testing.T) {
	src := newSource("trip.txt", "Trip", "2024-06-05", "", "Trip\n\nIlse Berg travelled to Armenia and Georgia on Monday. She met the mayor of Tbilisi.")
	tl := &timeline.Timeline{GeneratedFrom: []string{"seeds/trip.txt"}, Sources: []timeline.Source{src}, Events: []timeline.Event{
		{ID: "2024-06-ilse-berg-visits-armenia-georgia", Type: timeline.Visit, Title: "Ilse Berg visits Armenia and Georgia",
			Date:         date("2024-06-03", "2024-06-03", "2024-06-03", timeline.Day, "'Monday'"),
			Participants: []timeline.Participant{{Name: "Ilse Berg", Kind: "person"}},
			Place:        "Armenia, Georgia", Places: []string{"Armenia", "Georgia"},
			Sources: []timeline.Citation{cite(t, src, "travelled")}},
		{ID: "2024-06-ilse-berg-meets-mayor", Type: timeline.Meeting, Title: "Ilse Berg meets the mayor of Tbilisi",
			Date:         date("2024-06", "2024-06-01", "2024-06-05", timeline.Range, "tense"),
			Participants: []timeline.Participant{{Name: "Ilse Berg", Kind: "person"}}, Place: "Tbilisi",
			Sources: []timeline.Citation{cite(t, src, "mayor")}},
	}}
	files, err := Render(context.Background(), tl)
	if err != nil {
		t.Fatal(err)
	}
	for _, page := range []string{"places/armenia.html", "places/georgia.html", "places/tbilisi.html"} {
		if files[page] == nil {
			t.Errorf("no page %s; pages: %v", page, files.Names())
		}
	}
	if files["places/armenia-georgia.html"] != nil {
		t.Error("the list of places got a page of its own")
	}
	index := string(files["index.html"])
	want := `in <a href="places/armenia.html">Armenia</a> and <a href="places/georgia.html">Georgia</a>`
	if !strings.Contains(index, want) {
		t.Errorf("index does not list the places in words; want %s", want)
	}
}
