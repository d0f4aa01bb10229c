package timex

import (
	"strconv"
	"strings"
)

// normFYear normalizes a fiscal year or a season: "FY23" is 2023, "the
// 2021/22 fiscal year" 2022 (the year it ends in), "the 2022/23 season"
// 2022.
func normFYear(d *doc, m *match) (result, bool) {
	n, ok := d.num(m, roleN)
	if !ok {
		return result{}, false
	}
	y, split := d.num(m, roleY)
	if !split { // "FY23", "FY 2024"
		switch {
		case n < 100:
			return d.point(m, point{day(2000+n, 1, 1), granYear})
		case n >= 1900 && n < 2200:
			return d.point(m, point{day(n, 1, 1), granYear})
		}
		return result{}, false
	}
	if n != y+1 && n != (y+1)%100 { // the tokenizer splits only such years
		return result{}, false
	}
	if m.r.arg == "fy" || fiscalAround(d.text, d.toks[m.first].start, d.toks[m.last-1].end) {
		y++
	}
	return d.point(m, point{day(y, 1, 1), granYear})
}

// splitYears joins two years in a row written with a dash, which the range
// reading tagged apart, when a word of fiscal years or seasons says they
// name one span: "the 1970-71 season" is 1970, "fiscal 1996-97" and "the
// 2021-22 fiscal year" 1997 and 2022, the years they end in. A range of
// years stays two ("the 1964-85 dictatorship", "the 2007-2013 budget").
func splitYears(text string, xs []Timex) []Timex {
	out := xs[:0]
	for i := 0; i < len(xs); i++ {
		x := xs[i]
		if i+1 < len(xs) && x.Type == "DATE" && xs[i+1].Type == "DATE" && len(x.Value) == 4 && len(xs[i+1].Value) == 4 {
			y := xs[i+1]
			gap := text[x.End:y.Start]
			a, errA := strconv.Atoi(x.Value)
			b, errB := strconv.Atoi(y.Value)
			if gap != "-" && gap != "–" || errA != nil || errB != nil || b != a+1 {
				out = append(out, x)
				continue
			}
			fiscal := fiscalAround(text, x.Start, y.End)
			if fiscal || hasAnyPrefix(wordsAfter(text, y.End), "season", "campaign", "crop", "academic", "school", "marketing") {
				x.End, x.Text = y.End, text[x.Start:y.End]
				if fiscal {
					x.Value = y.Value
				}
				i++
			}
		}
		out = append(out, x)
	}
	return out
}

// fiscalAround reports whether the years at text[start:end] are a fiscal
// year: "fiscal" or "financial year" before them, or in them ("fiscal
// 2006/07"), or "fiscal", "financial", "budget", "tax year" after them.
func fiscalAround(text string, start, end int) bool {
	before := strings.ToLower(text[max(0, start-16):end])
	return strings.Contains(before, "fiscal") || strings.Contains(before, "financial year") ||
		hasAnyPrefix(wordsAfter(text, end), "fiscal", "financial", "budget", "tax year")
}

// wordsAfter is the start of the text after end, lower-cased, for
// looking up the noun a pair of years qualifies.
func wordsAfter(text string, end int) string {
	return strings.ToLower(strings.TrimSpace(text[end:min(len(text), end+12)]))
}

// hasAnyPrefix reports whether s starts with one of the words ws.
func hasAnyPrefix(s string, ws ...string) bool {
	for _, w := range ws {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}
