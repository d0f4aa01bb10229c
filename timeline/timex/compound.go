package timex

import (
	"strconv"
	"strings"
)

// joinDurations merges a duration and the smaller ones after it into one
// expression, as TimeML writes them: "two hours and 17 minutes" is PT2H17M,
// "three years and six months" P3Y6M, and "one day, 18 hours and 40
// minutes" P1DT18H40M. A list joined by commas alone is left as it is,
// since "for one day, 18 hours later" is no single span. It returns xs
// shortened in place.
func joinDurations(text string, xs []Timex) []Timex {
	out := xs[:0]
	for i := 0; i < len(xs); i++ {
		x := xs[i]
		value, joined, last := x.Value, x.Value, i
		for j := i + 1; j < len(xs) && x.Type == "DURATION"; j++ {
			sep := joiner(text[xs[j-1].End:xs[j].Start])
			v, ok := addDuration(value, xs[j].Value)
			if sep == "" || !ok || xs[j].Type != "DURATION" || xs[j].Mod != "" {
				break
			}
			value = v
			if sep == " " || sep == "," && hyphened(xs[j-1].Text) && hyphened(xs[j].Text) {
				// "1 hour 08 minutes 14 seconds", "a 4-hour, 37-minute match": each part so far is one span
				joined, last = v, j
				continue
			}
			if sep == "and" {
				joined, last = v, j
				break
			}
		}
		if last > i {
			x.End, x.Text, x.Value = xs[last].End, text[x.Start:xs[last].End], joined
			i = last
		}
		out = append(out, x)
	}
	return out
}

// hyphened reports whether a duration is written as an adjective: "37-minute".
func hyphened(s string) bool { return strings.Contains(s, "-") }

// joiner names what stands between two parts of a compound duration: "and"
// for "and" or ", and", "," for a comma, " " for a space alone, else "".
func joiner(gap string) string {
	g := strings.TrimSpace(gap)
	switch {
	case g == "and" || strings.HasPrefix(g, ",") && strings.TrimSpace(g[1:]) == "and":
		return "and"
	case g == ",":
		return ","
	case g == "" && gap != "":
		return " " // "five hours 38 minutes": a space alone joins too
	}
	return ""
}

// addDuration adds duration b to a when each is one whole count of one unit
// and b's unit is smaller than every unit of a: "P3Y" + "P6M" = "P3Y6M".
func addDuration(a, b string) (string, bool) {
	ra, ok1 := lastUnit(a)
	rb, ok2 := lastUnit(b)
	if !ok1 || !ok2 || rb <= ra || strings.ContainsAny(a+b, "W") {
		return "", false
	}
	tail := b[1:] // "6M" or "T17M"
	if strings.HasPrefix(tail, "T") && strings.Contains(a, "T") {
		tail = tail[1:]
	}
	if strings.ContainsAny(tail, "X") || len(strings.Trim(strings.TrimPrefix(tail, "T"), "0123456789.")) != 1 {
		return "", false
	}
	return a + tail, true
}

// lastUnit returns the rank of the smallest unit of a simple numeric
// duration value: 0 for years through 3 for days, 5 to 7 for hours,
// minutes and seconds (after the "T"). Only seconds may have decimals:
// "two minutes 26.85 seconds" is PT2M26.85S.
func lastUnit(v string) (int, bool) {
	if len(v) < 3 || v[0] != 'P' || strings.Contains(v, "X") {
		return 0, false
	}
	c := v[len(v)-1]
	if strings.Contains(v, ".") && c != 'S' {
		return 0, false
	}
	inTime := strings.Contains(v, "T")
	switch {
	case inTime && c == 'H':
		return 5, true
	case inTime && c == 'M':
		return 6, true
	case inTime && c == 'S':
		return 7, true
	case !inTime && strings.IndexByte("YMWD", c) >= 0:
		return strings.IndexByte("YMWD", c), true
	}
	return 0, false
}

// durationRanges joins two spans in different units that make a range,
// "six months to one year", into one expression valued by its first end,
// as "two to three weeks" is. A range rises: "shorten the trip from 14
// hours to five hours" names two spans, a change.
func durationRanges(text string, xs []Timex) []Timex {
	out := xs[:0]
	for i := 0; i < len(xs); i++ {
		x := xs[i]
		if i+1 < len(xs) && x.Type == "DURATION" && xs[i+1].Type == "DURATION" && x.Mod == "" && xs[i+1].Mod == "" {
			gap := strings.TrimSpace(text[x.End:xs[i+1].Start])
			if gap != "to" && gap != "or" {
				out = append(out, x)
				continue
			}
			a, okA := spanHours(x.Value)
			b, okB := spanHours(xs[i+1].Value)
			if okA && okB && a < b {
				x.End = xs[i+1].End
				x.Text = text[x.Start:x.End]
				i++
			}
		}
		out = append(out, x)
	}
	return out
}

// spanHours is the rough length in hours of a simple duration ("P6M",
// "PT14H"), for comparing two of them.
func spanHours(v string) (float64, bool) {
	if len(v) < 3 || v[0] != 'P' {
		return 0, false
	}
	s := v[1:]
	if s[0] == 'T' {
		s = s[1:]
	}
	n, err := strconv.Atoi(s[:len(s)-1])
	if err != nil || len(s) < 2 {
		return 0, false
	}
	u := s[len(s)-1:]
	if v[1] == 'T' {
		u = "T" + u
	}
	h := map[string]float64{"D": 24, "W": 7 * 24, "M": 30 * 24, "Y": 365 * 24, "E": 3650 * 24, "C": 36500 * 24,
		"TH": 1, "TM": 1.0 / 60, "TS": 1.0 / 3600}[u]
	return float64(n) * h, h > 0
}
