package timex

import (
	"strings"
	"time"
)

// dayBesides reads "the day before" or "the day after" a named day as that
// day moved by one: "the day before last Tuesday", "the day after
// Christmas". The signal alone had made the day an open bound (BEFORE,
// AFTER), which says less than the text does.
func dayBesides(text string, xs []Timex) {
	for i := range xs {
		x := &xs[i]
		if x.Type != "DATE" || x.Mod != "BEFORE" && x.Mod != "AFTER" || len(x.Value) != len("2006-01-02") {
			continue
		}
		t, err := time.Parse("2006-01-02", x.Value)
		if err != nil {
			continue
		}
		lead, ok := dayLead(text[:x.Start], x.Mod)
		if !ok || i > 0 && xs[i-1].End > x.Start-len(lead) {
			continue
		}
		step := 1
		if x.Mod == "BEFORE" {
			step = -1
		}
		x.Start -= len(lead)
		x.Text, x.Value, x.Mod = text[x.Start:x.End], t.AddDate(0, 0, step).Format("2006-01-02"), ""
	}
}

// dayLead returns the words "the day before " (or "day after ") that end
// before, matching the signal's mod, with the article if there is one.
func dayLead(before, mod string) (string, bool) {
	signal := strings.ToLower(mod)
	rest := strings.TrimRight(before, " ")
	if len(before)-len(rest) != 1 || !hasSuffixFold(rest, signal) {
		return "", false
	}
	rest = strings.TrimRight(rest[:len(rest)-len(signal)], " ")
	if !hasSuffixFold(rest, "day") {
		return "", false
	}
	rest = rest[:len(rest)-len("day")]
	if rest != "" && isASCIILetter(rest[len(rest)-1]) {
		return "", false // "Sunday after", "holiday before"
	}
	if t := strings.TrimRight(rest, " "); endsInThe(t) {
		rest = t[:len(t)-3]
	}
	return before[len(rest):], true
}

// endsInThe reports whether s ends in the word "the".
func endsInThe(s string) bool {
	return hasSuffixFold(s, "the") && (len(s) == 3 || !isASCIILetter(s[len(s)-4]))
}

// hasSuffixFold is strings.HasSuffix ignoring ASCII case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}

// weekdayBesides reads "the Sunday after Thanksgiving" or "the Friday
// before Easter" as one date: the first such weekday after (or before)
// the named day. It runs after dayBesides, on the weekday alone the rules
// found and the day whose signal made it an open bound.
func weekdayBesides(text string, xs []Timex) []Timex {
	out := xs[:0]
	for i := 0; i < len(xs); i++ {
		x := &xs[i]
		if i+1 < len(xs) {
			if merged, ok := weekdayBeside(text, x, &xs[i+1]); ok && (len(out) == 0 || out[len(out)-1].End <= merged.Start) {
				out = append(out, merged)
				i++
				continue
			}
		}
		out = append(out, *x)
	}
	return out
}

// weekdayBeside merges weekday w and day d when the text between them is
// " after " or " before " and "the" opens the weekday.
func weekdayBeside(text string, w, d *Timex) (Timex, bool) {
	wd, ok := weekdayNumber(w.Text)
	if !ok || w.Type != "DATE" || d.Type != "DATE" || d.Mod != "BEFORE" && d.Mod != "AFTER" || len(d.Value) != len("2006-01-02") {
		return Timex{}, false
	}
	before := strings.TrimRight(text[:w.Start], " ")
	if !strings.EqualFold(strings.TrimSpace(text[w.End:d.Start]), d.Mod) || !endsInThe(before) {
		return Timex{}, false
	}
	t, err := time.Parse("2006-01-02", d.Value)
	if err != nil {
		return Timex{}, false
	}
	step := 1
	if d.Mod == "BEFORE" {
		step = -1
	}
	for t = t.AddDate(0, 0, step); int(t.Weekday()) != wd%7; t = t.AddDate(0, 0, step) {
	}
	start := len(before) - len("the")
	return Timex{Start: start, End: d.End, Type: "DATE", Value: t.Format("2006-01-02"), Text: text[start:d.End]}, true
}
