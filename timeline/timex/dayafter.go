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
	signal := map[string]string{"BEFORE": "before", "AFTER": "after"}[mod]
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
	if t := strings.TrimRight(rest, " "); hasSuffixFold(t, "the") && (len(t) == 3 || !isASCIILetter(t[len(t)-4])) {
		rest = t[:len(t)-3]
	}
	return before[len(rest):], true
}

// hasSuffixFold is strings.HasSuffix ignoring ASCII case.
func hasSuffixFold(s, suffix string) bool {
	return len(s) >= len(suffix) && strings.EqualFold(s[len(s)-len(suffix):], suffix)
}
