package timex

import (
	"strings"
	"time"
)

// localFromZoned dates a local clock time by the same moment given in
// another zone with its own day right after it: "at 4:35 a.m. local time
// (2035 GMT Sunday)" is Monday's 4:35, eight hours ahead of Sunday 20:35.
// The zone's offset is what lies between the two clocks, taken between
// twelve hours behind and fourteen ahead.
func localFromZoned(text string, xs []Timex) {
	for i := 0; i+1 < len(xs); i++ {
		local, zoned := &xs[i], &xs[i+1]
		if !clockTime(local) || !clockTime(zoned) || !namesDay(zoned.Text) ||
			!inParens(zoneWords(strings.TrimSpace(text[local.End:zoned.Start])), text[zoned.End:]) {
			continue
		}
		lt, err1 := time.Parse("2006-01-02T15:04", local.Value[:min(len(local.Value), 16)])
		zt, err2 := time.Parse("2006-01-02T15:04", zoned.Value[:min(len(zoned.Value), 16)])
		if err1 != nil || err2 != nil {
			continue
		}
		clock := func(t time.Time) time.Duration {
			return time.Duration(t.Hour())*time.Hour + time.Duration(t.Minute())*time.Minute
		}
		off := clock(lt) - clock(zt)
		if off <= -12*time.Hour {
			off += 24 * time.Hour
		} else if off > 14*time.Hour {
			off -= 24 * time.Hour
		}
		day := zt.Add(off).Format("2006-01-02")
		local.Value = day + local.Value[10:]
	}
}

// namesDay reports whether the text of a clock time names its day too:
// "2035 GMT Sunday".
func namesDay(s string) bool {
	for _, w := range strings.Fields(s) {
		if namesWeekday(strings.TrimRight(w, ".,")) {
			return true
		}
	}
	return false
}
