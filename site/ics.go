package site

import (
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"timeline/timeline"
)

// calendar writes the dated events as all-day iCalendar events (RFC 5545):
// a single day, or the whole range of days a looser date allows.
func (r *renderer) calendar(m *model) []byte {
	var b strings.Builder
	line := func(s string) { b.WriteString(foldICS(s)) }
	line("BEGIN:VCALENDAR")
	line("VERSION:2.0")
	line("PRODID:-//timeline//site//EN")
	line("CALSCALE:GREGORIAN")
	line("X-WR-CALNAME:" + escapeICS(r.cfg.title))
	domain := "timeline.invalid"
	if u, err := url.Parse(r.cfg.baseURL); err == nil && u.Host != "" {
		domain = u.Host
	}
	for _, ei := range m.events {
		d := ei.ev.Date
		if d == nil {
			continue
		}
		e, err1 := time.Parse(timeline.DayLayout, d.Earliest)
		l, err2 := time.Parse(timeline.DayLayout, d.Latest)
		if err1 != nil || err2 != nil {
			continue
		}
		line("BEGIN:VEVENT")
		line("UID:" + escapeICS(ei.ev.ID) + "@" + domain)
		line("DTSTAMP:" + eventStamp(m, ei).Format("20060102T150405Z"))
		line("DTSTART;VALUE=DATE:" + e.Format("20060102"))
		line("DTEND;VALUE=DATE:" + l.AddDate(0, 0, 1).Format("20060102"))
		line("SUMMARY:" + escapeICS(ei.ev.Title))
		line("DESCRIPTION:" + escapeICS(icsDescription(ei)))
		if p := strings.TrimSpace(ei.ev.Place); p != "" {
			line("LOCATION:" + escapeICS(p))
		}
		line("CATEGORIES:" + escapeICS(typeLabel(ei.ev.Type)))
		if r.cfg.baseURL != "" {
			line("URL:" + r.cfg.baseURL + ei.page)
		}
		line("END:VEVENT")
	}
	line("END:VCALENDAR")
	return []byte(b.String())
}

func icsDescription(ei *eventInfo) string {
	parts := []string{"Date: " + dateText(ei.ev.Date)}
	if ei.ev.Date != nil && ei.ev.Date.Basis != "" {
		parts = append(parts, "Basis: "+ei.ev.Date.Basis)
	}
	for _, ref := range ei.cites {
		parts = append(parts, "“"+strings.TrimSpace(ref.c.Sentence)+"” ("+ref.c.Seed+")")
	}
	return strings.Join(parts, "\n")
}

// escapeICS escapes a TEXT value: backslash, semicolon, comma and newline.
func escapeICS(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.NewReplacer(`\`, `\\`, ";", `\;`, ",", `\,`, "\n", `\n`, "\r", `\n`).Replace(s)
}

// foldICS ends a content line with CRLF, folding it into lines of at most
// 75 octets without splitting a UTF-8 character.
func foldICS(s string) string {
	var b strings.Builder
	limit := 75
	for len(s) > limit {
		cut := limit
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		b.WriteString(s[:cut] + "\r\n ")
		s = s[cut:]
		limit = 74 // the leading space of a continuation counts
	}
	b.WriteString(s + "\r\n")
	return b.String()
}
