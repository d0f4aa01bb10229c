package timex

import "strings"

// possessiveDaysAgree gives a weekday with a possessive ("Thursday's
// hartal") the day an earlier bare mention of that weekday in the story
// was given ("a hartal for Thursday was called"). The possessive names an
// event the story has placed already; the verb of its own sentence ("they
// sought support to Thursday's hartal") tells of something else.
func possessiveDaysAgree(text string, xs []Timex) {
	var first [8]string // by ISO weekday
	for i := range xs {
		x := &xs[i]
		wd, ok := weekdayNumber(x.Text)
		if !ok || x.Type != "DATE" || x.Mod != "" || len(x.Value) != len("2006-01-02") || x.Value[0] == 'X' {
			continue
		}
		if first[wd] == "" {
			first[wd] = x.Value
			continue
		}
		if rest := text[x.End:]; strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") {
			x.Value = first[wd]
		}
	}
}
