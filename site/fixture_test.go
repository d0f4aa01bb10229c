package site

import (
	"strings"
	"testing"

	"timeline/timeline"
)

// newSource makes a source from front-matter-free text, splitting it the
// simple way a test can check by eye: paragraphs on blank lines, sentences
// after ". ". The first paragraph is a heading.
func newSource(seed, title, date, url, text string) timeline.Source {
	s := timeline.Source{Seed: seed, Title: title, Date: date, URL: url, Publisher: "Test Wire", Text: text, DateFrom: "front matter"}
	start := 0
	for i, para := range strings.Split(text, "\n\n") {
		end := start + len(para)
		s.Paragraphs = append(s.Paragraphs, timeline.Span{Start: start, End: end})
		at := start
		for _, sent := range strings.SplitAfter(para, ". ") {
			if strings.TrimSpace(sent) != "" {
				s.Sentences = append(s.Sentences, timeline.Sentence{Span: timeline.Span{Start: at, End: at + len(strings.TrimRight(sent, " "))}, Paragraph: i, Heading: i == 0})
			}
			at += len(sent)
		}
		start = end + 2
	}
	return s
}

// cite makes the citation of the sentence of src holding phrase.
func cite(t testing.TB, src timeline.Source, phrase string) timeline.Citation {
	for _, s := range src.Sentences {
		if text := src.Text[s.Start:s.End]; strings.Contains(text, phrase) {
			return timeline.Citation{Seed: src.Seed, Sentence: text, Start: s.Start, End: s.End, URL: src.URL}
		}
	}
	t.Fatalf("no sentence of %s holds %q", src.Seed, phrase)
	return timeline.Citation{}
}

func date(value, earliest, latest string, p timeline.Precision, basis string) *timeline.Date {
	return &timeline.Date{Value: value, Earliest: earliest, Latest: latest, Precision: p, Basis: basis}
}

// sampleTimeline is a small hand-made timeline covering each kind of date,
// a source in a sub-folder, shared participants and an undated event.
func sampleTimeline(t testing.TB) *timeline.Timeline {
	a := newSource("001_kabul.txt", "Envoy returns to Kabul", "2021-09-11", "https://news.example/kabul",
		"Envoy returns to Kabul\n\nThe CIA director William Burns met Abdul Ghani Baradar in Kabul on or after August 16. Officials did not confirm the talks. Zalmay Khalilzad visited Kabul on 23 August 2021.\n\nKhalilzad met Amir Khan Muttaqi in Kabul in August 2021. The meeting was described as useful.")
	b := newSource("regional/002_trip.md", "Minister travels north", "2021-10-02", "",
		"Minister travels north\n\nMohammad Yousuf Wafa travelled to Tajikistan and Uzbekistan in September 2021. He said the border would stay open. In autumn 2001 the border was closed.\n\nNo date is known for the earlier talks between the governors.")
	tl := &timeline.Timeline{GeneratedFrom: []string{"seeds/001_kabul.txt", "seeds/regional/002_trip.md"}, Sources: []timeline.Source{a, b}}
	burns := []timeline.Participant{{Name: "William Burns", Role: "CIA director", Kind: "person"}, {Name: "Abdul Ghani Baradar", Kind: "person"}}
	tl.Events = []timeline.Event{
		{ID: "2001-09-border-closed", Type: timeline.Other, Title: "The border is closed", Date: date("2001-FA", "2001-09-01", "2001-11-30", timeline.Season, "'autumn 2001'"),
			Participants: []timeline.Participant{}, Place: "Tajikistan", Sources: []timeline.Citation{cite(t, b, "autumn 2001")}},
		{ID: "2021-08-burns-meets-baradar-kabul", Type: timeline.Meeting, Title: "William Burns meets Abdul Ghani Baradar in Kabul", Date: withMod(date("2021-08-16", "2021-08-16", "2021-09-11", timeline.Range, "'on or after August 16' in an article of 2021-09-11"), "ON_OR_AFTER"),
			Participants: burns, Place: "Kabul", Sources: []timeline.Citation{cite(t, a, "William Burns")}},
		{ID: "2021-08-khalilzad-visits-kabul", Type: timeline.Visit, Title: "Zalmay Khalilzad visits Kabul", Date: date("2021-08-23", "2021-08-23", "2021-08-23", timeline.Day, "'23 August 2021'"),
			Participants: []timeline.Participant{{Name: "Zalmay Khalilzad", Kind: "person"}}, Place: "Kabul", Sources: []timeline.Citation{cite(t, a, "visited Kabul")}},
		{ID: "2021-08-khalilzad-meets-muttaqi-kabul", Type: timeline.Meeting, Title: "Zalmay Khalilzad meets Amir Khan Muttaqi in Kabul", Date: date("2021-08", "2021-08-01", "2021-08-31", timeline.Month, "'August 2021'"),
			Participants: []timeline.Participant{{Name: "Zalmay Khalilzad", Kind: "person"}, {Name: "Amir Khan Muttaqi", Role: "acting foreign minister", Kind: "person"}, {Name: "Taliban", Kind: "organization"}}, Place: "Kabul",
			Sources: []timeline.Citation{cite(t, a, "Muttaqi")}},
		{ID: "2021-09-wafa-visits-tajikistan-uzbekistan", Type: timeline.Visit, Title: "Mohammad Yousuf Wafa visits Tajikistan and Uzbekistan", Date: date("2021-09", "2021-09-01", "2021-09-30", timeline.Month, "'September 2021'"),
			Participants: []timeline.Participant{{Name: "Mohammad Yousuf Wafa"}, {Name: "Uzbekistan", Kind: "country"}}, Place: "Tajikistan", Sources: []timeline.Citation{cite(t, b, "travelled")}},
		{ID: "2021-10-wafa-says-border-open", Type: timeline.Statement, Title: "Wafa says the border will stay open", Date: date("2021-10-02", "2021-10-02", "2021-10-02", timeline.Day, "the article's date, 2021-10-02"),
			Participants: []timeline.Participant{{Name: "Mohammad Yousuf Wafa"}}, Quote: "the border would stay open", Sources: []timeline.Citation{cite(t, b, "border would stay open")}},
		{ID: "governors-talks", Type: timeline.Meeting, Title: "Governors hold talks", Participants: []timeline.Participant{{Name: "Governors", Kind: "organization"}}, Sources: []timeline.Citation{cite(t, b, "No date")}},
	}
	return tl
}
