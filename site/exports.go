package site

import (
	"context"
	"encoding/json"
	"fmt"
	"html"
	"strconv"
	"strings"
	"time"

	"timeline/timeline"
)

// renderExports writes the data files beside the pages.
func (r *renderer) renderExports(_ context.Context, m *model, out Files) error {
	data, err := m.tl.JSON()
	if err != nil {
		return fmt.Errorf("timeline.json: %w", err)
	}
	out["timeline.json"] = data
	if out["timelinejs.json"], err = r.timelineJS(m); err != nil {
		return fmt.Errorf("timelinejs.json: %w", err)
	}
	out["events.ics"] = r.calendar(m)
	if out["atom.xml"], err = r.atom(m); err != nil {
		return fmt.Errorf("atom.xml: %w", err)
	}
	if out["sitemap.xml"], err = r.sitemap(out); err != nil {
		return fmt.Errorf("sitemap.xml: %w", err)
	}
	out["robots.txt"] = r.robots()
	out[".nojekyll"] = []byte{}
	return nil
}

// TimelineJS's JSON format (Knight Lab): dates carry only the parts their
// precision allows.
type tjsDoc struct {
	Title  *tjsSlide  `json:"title,omitempty"`
	Events []tjsSlide `json:"events"`
}

type tjsSlide struct {
	StartDate *tjsDate `json:"start_date,omitempty"`
	EndDate   *tjsDate `json:"end_date,omitempty"`
	Text      tjsText  `json:"text"`
	Group     string   `json:"group,omitempty"`
	UniqueID  string   `json:"unique_id,omitempty"`
}

type tjsText struct {
	Headline string `json:"headline"`
	Text     string `json:"text,omitempty"`
}

type tjsDate struct {
	Year        int    `json:"year"`
	Month       int    `json:"month,omitempty"`
	Day         int    `json:"day,omitempty"`
	DisplayDate string `json:"display_date,omitempty"`
}

func (r *renderer) timelineJS(m *model) ([]byte, error) {
	doc := tjsDoc{Title: &tjsSlide{Text: tjsText{Headline: r.cfg.title, Text: html.EscapeString(fmt.Sprintf("%d events from %d sources", len(m.events), len(m.sources)))}}, Events: []tjsSlide{}}
	for _, ei := range m.events {
		d := ei.ev.Date
		if d == nil {
			continue // TimelineJS cannot place an undated event
		}
		start, end, ok := tjsDates(d)
		if !ok {
			continue
		}
		start.DisplayDate = dateText(d)
		doc.Events = append(doc.Events, tjsSlide{
			StartDate: start, EndDate: end, Group: typeLabel(ei.ev.Type), UniqueID: ei.ev.ID,
			Text: tjsText{Headline: html.EscapeString(ei.ev.Title), Text: r.tjsBody(ei)},
		})
	}
	data, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// tjsBody is a slide's HTML: the sentences reporting the event, escaped.
func (r *renderer) tjsBody(ei *eventInfo) string {
	var b strings.Builder
	for _, ref := range ei.cites {
		b.WriteString("<blockquote>" + html.EscapeString(strings.TrimSpace(ref.c.Sentence)) + "</blockquote>")
	}
	if r.cfg.baseURL != "" {
		fmt.Fprintf(&b, `<p><a href="%s">Sources and context</a></p>`, html.EscapeString(r.cfg.baseURL+ei.page))
	}
	return b.String()
}

// tjsDates gives the start and end of a date with the parts its precision
// allows: day and range to the day, week and month to the month, others to
// the year.
func tjsDates(d *timeline.Date) (start, end *tjsDate, ok bool) {
	e, err1 := time.Parse(timeline.DayLayout, d.Earliest)
	l, err2 := time.Parse(timeline.DayLayout, d.Latest)
	if err1 != nil || err2 != nil {
		return nil, nil, false
	}
	part := func(t time.Time, level int) *tjsDate {
		td := &tjsDate{Year: t.Year()}
		if level >= 2 {
			td.Month = int(t.Month())
		}
		if level >= 3 {
			td.Day = t.Day()
		}
		return td
	}
	level := 1
	switch d.Precision {
	case timeline.Day, timeline.Range, timeline.Week:
		level = 3
	case timeline.Month:
		level = 2
	}
	start = part(e, level)
	if end = part(l, level); *end == *start {
		end = nil
	}
	return start, end, true
}

// robots.txt allows everything and names the sitemap when its address is known.
func (r *renderer) robots() []byte {
	s := "User-agent: *\nAllow: /\n"
	if r.cfg.baseURL != "" {
		s += "Sitemap: " + r.cfg.baseURL + "sitemap.xml\n"
	}
	return []byte(s)
}

// feedStamp is a deterministic "last updated" time: the newest publication
// date of any source, else the latest day of any event, else the epoch.
func feedStamp(m *model) time.Time {
	newest := ""
	for _, si := range m.sources {
		newest = max(newest, si.src.Date)
	}
	if newest == "" {
		for _, ei := range m.events {
			if ei.ev.Date != nil {
				newest = max(newest, ei.ev.Date.Latest)
			}
		}
	}
	t, err := time.Parse(timeline.DayLayout, newest)
	if err != nil {
		return time.Unix(0, 0).UTC()
	}
	return t
}

// eventStamp is when an event was last reported: its newest source's date.
func eventStamp(m *model, ei *eventInfo) time.Time {
	newest := ""
	for _, p := range ei.pubDates {
		newest = max(newest, p)
	}
	if t, err := time.Parse(timeline.DayLayout, newest); err == nil {
		return t
	}
	return feedStamp(m)
}

func itoa(n int) string { return strconv.Itoa(n) }
