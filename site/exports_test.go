package site

import (
	"encoding/json"
	"encoding/xml"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestCalendar(t *testing.T) {
	files := render(t, sampleTimeline(t))
	ics := string(files["events.ics"])
	if !strings.HasSuffix(ics, "END:VCALENDAR\r\n") || strings.Contains(strings.ReplaceAll(ics, "\r\n", ""), "\n") {
		t.Error("events.ics lines must end in CRLF")
	}
	for _, line := range strings.Split(strings.TrimSuffix(ics, "\r\n"), "\r\n") {
		if len(line) > 75 || !utf8.ValidString(line) {
			t.Errorf("line not folded at 75 octets on a character boundary: %q", line)
		}
	}
	if n, m := strings.Count(ics, "BEGIN:VEVENT"), strings.Count(ics, "END:VEVENT"); n != 6 || m != 6 {
		t.Errorf("%d VEVENT begins and %d ends, want 6 dated events", n, m)
	}
	unfolded := strings.ReplaceAll(ics, "\r\n ", "")
	for _, want := range []string{
		"DTSTART;VALUE=DATE:20210823\r\nDTEND;VALUE=DATE:20210824", // one day
		"DTSTART;VALUE=DATE:20210816\r\nDTEND;VALUE=DATE:20210912", // a range, end exclusive
		"SUMMARY:William Burns meets Abdul Ghani Baradar in Kabul",
		"LOCATION:Kabul",
	} {
		if !strings.Contains(unfolded, want) {
			t.Errorf("events.ics lacks %q", want)
		}
	}
	if got := escapeICS("a,b;c\\d\ne"); got != `a\,b\;c\\d\ne` {
		t.Errorf("escapeICS = %q", got)
	}
}

func TestTimelineJS(t *testing.T) {
	files := render(t, sampleTimeline(t))
	var doc tjsDoc
	if err := json.Unmarshal(files["timelinejs.json"], &doc); err != nil {
		t.Fatal(err)
	}
	if len(doc.Events) != 6 {
		t.Fatalf("%d slides, want the 6 dated events", len(doc.Events))
	}
	byID := map[string]tjsSlide{}
	for _, s := range doc.Events {
		byID[s.UniqueID] = s
	}
	day := byID["2021-08-khalilzad-visits-kabul"]
	if d := day.StartDate; d == nil || d.Year != 2021 || d.Month != 8 || d.Day != 23 || day.EndDate != nil || day.Group != "Visit" {
		t.Errorf("a day: %+v %+v", day.StartDate, day.EndDate)
	}
	month := byID["2021-09-wafa-visits-tajikistan-uzbekistan"]
	if d := month.StartDate; d == nil || d.Month != 9 || d.Day != 0 {
		t.Errorf("a month has parts it does not know: %+v", d)
	}
	season := byID["2001-09-border-closed"]
	if d := season.StartDate; d == nil || d.Year != 2001 || d.Month != 0 || d.DisplayDate != "autumn 2001" {
		t.Errorf("a season: %+v", d)
	}
}

func TestFeedAndSitemap(t *testing.T) {
	files := render(t, sampleTimeline(t), WithBaseURL("https://example.org/tl"))
	var feed atomFeed
	if err := xml.Unmarshal(files["atom.xml"], &feed); err != nil {
		t.Fatal(err)
	}
	if len(feed.Entries) != 6 || feed.Entries[0].Link.Href != "https://example.org/tl/events/2021-10-wafa-says-border-open.html" {
		t.Errorf("feed: %d entries, first %+v", len(feed.Entries), feed.Entries[0].Link)
	}
	sitemap := string(files["sitemap.xml"])
	if !strings.Contains(sitemap, "<loc>https://example.org/tl/</loc>") || strings.Contains(sitemap, "404.html") {
		t.Errorf("sitemap:\n%s", sitemap)
	}
	if !strings.Contains(string(files["robots.txt"]), "Sitemap: https://example.org/tl/sitemap.xml") {
		t.Error("robots.txt does not name the sitemap")
	}
	if !strings.Contains(string(files["index.html"]), `<link rel="canonical" href="https://example.org/tl/">`) {
		t.Error("no canonical link")
	}
	plain := render(t, sampleTimeline(t))
	if strings.Contains(string(plain["index.html"]), "canonical") || strings.Contains(string(plain["sitemap.xml"]), "<loc>") {
		t.Error("absolute addresses without a base URL")
	}
	if _, err := Render(t.Context(), sampleTimeline(t), WithBaseURL("javascript:alert(1)")); err == nil {
		t.Error("a javascript: base URL was accepted")
	}
}
