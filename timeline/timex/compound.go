package timex

import "strings"

// joinDurations merges a duration and the smaller one after it into one
// expression, as TimeML writes them: "two hours and 17 minutes" is PT2H17M,
// "three years and six months" P3Y6M. It returns xs shortened in place.
func joinDurations(text string, xs []Timex) []Timex {
	out := xs[:0]
	for i := 0; i < len(xs); i++ {
		x := xs[i]
		if i+1 < len(xs) {
			y := xs[i+1]
			v, ok := addDuration(x.Value, y.Value)
			if ok && x.Type == "DURATION" && y.Type == "DURATION" && y.Mod == "" && strings.TrimSpace(text[x.End:y.Start]) == "and" {
				x.End, x.Text, x.Value = y.End, text[x.Start:y.End], v
				i++
			}
		}
		out = append(out, x)
	}
	return out
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
	if strings.ContainsAny(tail, "X") || len(strings.Trim(strings.TrimPrefix(tail, "T"), "0123456789")) != 1 {
		return "", false
	}
	return a + tail, true
}

// lastUnit returns the rank of the smallest unit of a simple numeric
// duration value: 0 for years through 3 for days, 5 to 7 for hours,
// minutes and seconds (after the "T").
func lastUnit(v string) (int, bool) {
	if len(v) < 3 || v[0] != 'P' || strings.Contains(v, "X") || strings.Contains(v, ".") {
		return 0, false
	}
	c := v[len(v)-1]
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
