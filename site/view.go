package site

import (
	"strconv"
	"strings"

	"timeline/timeline"
)

// The types below are what templates receive; their fields are documented
// in README.md for those who override templates.

// Page is what every page knows about itself and the site.
type Page struct {
	Site        string // the site's name
	Path        string // this page's path from the site root
	Root        string // prefix leading from this page to the root ("", "../")
	Title       string // the page's own title, for <title> and <h1>
	Description string
	Canonical   string // absolute address, only with a base URL
	Section     string // "timeline", "names" or "sources", for the navigation
	Lang        string
}

// pageData is the whole of a template's data: Page plus the part of the
// site the page shows.
type pageData struct {
	Page
	Nav       []navLink
	Downloads []navLink
	Index     *indexView
	Event     *eventView
	Source    *sourceView
	Entity    *entityView
	Names     []nameSection
	Sources   []sourceRow
}

type navLink struct {
	Href, Label string
	Current     bool
}

// eventItem is an event as listed: on the index, a source or a name's page.
type eventItem struct {
	ID, Href, Title string
	Type, TypeLabel string
	Date, DateTime  string // words; machine form or ""
	Names           []nameLink
	Places          []nameLink
	Sources         int
	Search          string // lower-cased words the text filter matches
}

// nameLink is a link to a name's page. Sep is what goes before it in a
// list written out in words ("", ", " or " and ").
type nameLink struct{ Name, Href, Role, Sep string }

// eventView is an event's own page.
type eventView struct {
	eventItem
	Basis, Bounds, Precision, Quote string
	OnIndex                         navLink // where the event sits on the index
	Citations                       []citationView
	Related                         []eventItem
	Prev, Next                      *eventItem
}

type citationView struct {
	Sentence                     string
	SourceTitle, Publisher, Date string
	Context                      string // link to the sentence on its source page
	Original                     string // the article's own http(s) address, or ""
}

// typeLabels are the words shown on type badges.
var typeLabels = map[timeline.EventType]string{
	timeline.Meeting: "Meeting", timeline.Visit: "Visit", timeline.Statement: "Statement",
	timeline.Attack: "Attack", timeline.Agreement: "Agreement", timeline.Appointment: "Appointment",
	timeline.Other: "Other",
}

// typeClass is a CSS-safe form of an event type.
func typeClass(t timeline.EventType) string {
	var b strings.Builder
	for _, r := range strings.ToLower(string(t)) {
		if r >= 'a' && r <= 'z' {
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return "other"
	}
	return b.String()
}

func typeLabel(t timeline.EventType) string {
	if l, ok := typeLabels[t]; ok {
		return l
	}
	s := strings.TrimSpace(string(t))
	if s == "" {
		return "Other"
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// item lists ei as seen from the page at from.
func (m *model) item(ei *eventInfo, from string) eventItem {
	e := ei.ev
	it := eventItem{
		ID: e.ID, Href: rel(from, ei.page), Title: e.Title,
		Type: typeClass(e.Type), TypeLabel: typeLabel(e.Type),
		Date: dateText(e.Date), DateTime: machineDate(e.Date),
		Sources: len(distinctSeeds(e.Sources)),
	}
	if it.Title == "" {
		it.Title = "Untitled " + strings.ToLower(it.TypeLabel)
	}
	words := []string{e.Title, string(e.Type), e.Place}
	for i, n := range ei.names {
		role := ""
		if i < len(e.Participants) {
			role = strings.TrimSpace(e.Participants[i].Role)
		}
		it.Names = append(it.Names, nameLink{Name: n.name, Href: rel(from, n.page), Role: role})
		words = append(words, n.name, role)
	}
	for i, pl := range ei.places {
		it.Places = append(it.Places, nameLink{Name: pl.name, Href: rel(from, pl.page), Sep: listSep(i, len(ei.places))})
	}
	it.Search = strings.ToLower(strings.Join(strings.Fields(strings.Join(words, " ")), " "))
	return it
}

func distinctSeeds(cs []timeline.Citation) map[string]bool {
	seen := map[string]bool{}
	for _, c := range cs {
		seen[c.Seed] = true
	}
	return seen
}

func (m *model) items(evs []*eventInfo, from string) []eventItem {
	out := make([]eventItem, 0, len(evs))
	for _, ei := range evs {
		out = append(out, m.item(ei, from))
	}
	return out
}

// eventPage builds the view of the event at position i of the timeline.
func (m *model) eventPage(i int) *eventView {
	ei := m.events[i]
	from := ei.page
	v := &eventView{eventItem: m.item(ei, from), Quote: strings.TrimSpace(ei.ev.Quote)}
	v.OnIndex = indexPlace(ei.ev.Date, from)
	if d := ei.ev.Date; d != nil {
		v.Basis = strings.TrimSpace(d.Basis)
		v.Precision = precisionWords[d.Precision]
		v.Bounds = boundsText(d)
	}
	for _, ref := range ei.cites {
		v.Citations = append(v.Citations, m.citation(ref, from))
	}
	v.Related = m.items(m.related(ei, 12), from)
	if i > 0 {
		p := m.item(m.events[i-1], from)
		v.Prev = &p
	}
	if i+1 < len(m.events) {
		n := m.item(m.events[i+1], from)
		v.Next = &n
	}
	return v
}

// indexPlace links to the part of the index that lists an event with date d.
func indexPlace(d *timeline.Date, from string) navLink {
	if d == nil {
		return navLink{Href: rel(from, "index.html#undated"), Label: "Undated"}
	}
	y, mo, _ := groupKey(d)
	switch {
	case mo != "":
		return navLink{Href: rel(from, "index.html#m"+mo), Label: monthLabel(mo)}
	case y != "":
		return navLink{Href: rel(from, "index.html#"+yearAnchor(y)), Label: y}
	}
	return navLink{Href: rel(from, "index.html"), Label: "Timeline"}
}

// precisionWords say how finely a date is known.
var precisionWords = map[timeline.Precision]string{
	timeline.Day: "known to the day", timeline.Week: "known to the week", timeline.Month: "known to the month",
	timeline.Season: "known to the season", timeline.Quarter: "known to the quarter", timeline.Year: "known to the year",
	timeline.Decade: "known to the decade", timeline.Range: "known as a range of days",
}

// boundsText says which days a date allows, when that is not the date itself.
func boundsText(d *timeline.Date) string {
	if d.Earliest == d.Latest {
		return ""
	}
	return "Happened between " + pubDateText(d.Earliest) + " and " + pubDateText(d.Latest) + " (both included)."
}

func (m *model) citation(ref citeRef, from string) citationView {
	c := ref.c
	cv := citationView{Sentence: strings.TrimSpace(c.Sentence), Original: externalURL(c.URL)}
	if ref.src == nil {
		cv.SourceTitle = c.Seed
		return cv
	}
	s := ref.src.src
	cv.SourceTitle, cv.Publisher, cv.Date = sourceTitle(s), s.Publisher, pubDateText(s.Date)
	cv.Context = rel(from, ref.src.page)
	if ref.sent >= 0 {
		cv.Context += "#" + sentenceID(ref.sent)
	}
	if cv.Original == "" {
		cv.Original = externalURL(s.URL)
	}
	return cv
}

// sourceTitle is a source's title, or its file name when it has none.
func sourceTitle(s *timeline.Source) string {
	if t := strings.TrimSpace(s.Title); t != "" {
		return t
	}
	return s.Seed
}

// sentenceID is the anchor of sentence i (0-based) on its source page: "s1".
func sentenceID(i int) string { return "s" + strconv.Itoa(i+1) }

// listSep is the separator before item i of n in a list written in words:
// "Kabul", "Kabul and Doha", "Kabul, Doha and Tashkent".
func listSep(i, n int) string {
	switch {
	case i == 0:
		return ""
	case i == n-1:
		return " and "
	}
	return ", "
}
