package site

import (
	"fmt"
	"html"
	"html/template"
	"math"
	"strconv"
	"strings"
	"time"
)

// Chart geometry, in CSS pixels at natural size. The SVG may grow a little
// to fill a wide column and shrink a little on a phone, never so much that its
// text becomes unreadable: past that, its box scrolls sideways.
const (
	chartMaxW, chartMinW = 720, 240
	chartH               = 150
	chartTop, chartB     = 18, 24 // room for counts above and labels below
)

// bar is one column of the chart.
type bar struct {
	key, label, anchor string // "2021-08", "Aug 2021", "#m2021-08"
	count              int
}

// chart draws the events per month (when they fall within two years) or per
// year, as static SVG; each bar links to its part of the list.
func chart(dated []*eventInfo) template.HTML {
	bars, unit, left := chartBars(dated)
	if len(bars) == 0 {
		return ""
	}
	peak := 1
	for _, b := range bars {
		peak = max(peak, b.count)
	}
	step := min(max(float64(chartMaxW)/float64(len(bars)), 16), 40)
	step = max(step, float64(chartMinW)/float64(len(bars)))
	chartW := int(math.Ceil(step * float64(len(bars))))
	var sb strings.Builder
	fmt.Fprintf(&sb, `<svg class="chart" width="%d" height="%d" viewBox="0 0 %d %d" style="max-width:%dpx;min-width:%dpx" aria-labelledby="chart-title" role="group">`,
		chartW, chartH, chartW, chartH, chartW*13/10, min(chartW*85/100, 420))
	fmt.Fprintf(&sb, `<title id="chart-title">Events per %s</title>`, unit)
	plot := float64(chartH - chartTop - chartB)
	labelEvery := int(math.Ceil(36 / step))
	for i, b := range bars {
		x := float64(i) * step
		h := plot * float64(b.count) / float64(peak)
		y := float64(chartH-chartB) - h
		w := min(step*0.7, 28)
		label := html.EscapeString(b.label)
		if b.count > 0 {
			fmt.Fprintf(&sb, `<a href="%s" aria-label="%s: %d %s"><rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f"><title>%s: %d</title></rect>`,
				html.EscapeString(b.anchor), label, b.count, plural(b.count, "event", "events"), x+(step-w)/2, y, w, h, label, b.count)
			if step >= 14 {
				fmt.Fprintf(&sb, `<text class="count" x="%.1f" y="%.1f">%d</text>`, x+step/2, y-4, b.count)
			}
			sb.WriteString(`</a>`)
		}
		if i%labelEvery == 0 {
			fmt.Fprintf(&sb, `<text class="tick" x="%.1f" y="%d">%s</text>`, x+step/2, chartH-8, html.EscapeString(tick(b, unit)))
		}
	}
	fmt.Fprintf(&sb, `<line class="axis" x1="0" y1="%d" x2="%d" y2="%d"/>`, chartH-chartB, chartW, chartH-chartB)
	sb.WriteString(`</svg>`)
	caption := fmt.Sprintf("Events per %s, %s to %s. Select a bar to jump to its events.", unit, bars[0].label, bars[len(bars)-1].label)
	if left > 0 {
		caption += fmt.Sprintf(" %d %s dated less precisely than a %s %s not counted.", left, plural(left, "event", "events"), unit, plural(left, "is", "are"))
	}
	return template.HTML(`<figure class="chart-box"><div class="chart-scroll">` + sb.String() + `</div><figcaption>` + html.EscapeString(caption) + `</figcaption></figure>`)
}

// tick is a bar's axis label: the month's initial, or the year at January.
func tick(b bar, unit string) string {
	if unit == "month" {
		if strings.HasSuffix(b.key, "-01") {
			return b.key[:4]
		}
		return b.label[:3]
	}
	return b.label
}

// chartBars counts events per month when the months with events span at most
// 24, else per year; left is how many events could not be placed.
func chartBars(dated []*eventInfo) (bars []bar, unit string, left int) {
	monthly := map[string]int{}
	yearly := map[int]int{}
	var months []string
	for _, ei := range dated {
		y, mo, span := groupKey(ei.ev.Date)
		if mo != "" {
			monthly[mo]++
			months = append(months, mo)
		}
		if n, err := strconv.Atoi(y); err == nil && !span {
			yearly[n]++
		}
	}
	if len(months) > 0 {
		first, last := months[0], months[0]
		for _, mo := range months {
			first, last = min(first, mo), max(last, mo)
		}
		if s := monthsBetween(first, last); s >= 0 && s < 24 {
			return monthBars(first, s, monthly), "month", len(dated) - len(months)
		}
	}
	if len(yearly) == 0 {
		return nil, "", 0
	}
	lo, hi, placed := 1<<30, -1, 0
	for y, n := range yearly {
		lo, hi, placed = min(lo, y), max(hi, y), placed+n
	}
	for y := lo; y <= hi && y-lo < 200; y++ {
		s := strconv.Itoa(y)
		bars = append(bars, bar{key: s, label: s, anchor: "#y" + s, count: yearly[y]})
	}
	return bars, "year", len(dated) - placed
}

func monthsBetween(a, b string) int {
	ta, err1 := time.Parse("2006-01", a)
	tb, err2 := time.Parse("2006-01", b)
	if err1 != nil || err2 != nil {
		return -1
	}
	return (tb.Year()-ta.Year())*12 + int(tb.Month()) - int(ta.Month())
}

func monthBars(first string, n int, counts map[string]int) []bar {
	t, _ := time.Parse("2006-01", first)
	bars := make([]bar, 0, n+1)
	for i := 0; i <= n; i++ {
		m := t.AddDate(0, i, 0)
		key := m.Format("2006-01")
		bars = append(bars, bar{key: key, label: m.Format("Jan 2006"), anchor: "#m" + key, count: counts[key]})
	}
	return bars
}

// plural picks the word for n.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}
