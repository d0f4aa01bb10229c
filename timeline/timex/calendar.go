package timex

import (
	"fmt"
	"time"
)

// Granularities of a calendar point, finest first.
const (
	granDay = iota
	granWeekend
	granWeek
	granMonth
	granSeason
	granQuarter
	granHalf
	granYear
	granDecade
	granCentury
)

// unitGran maps a unit's duration letter to the granularity it names.
func unitGran(u string) (int, bool) {
	switch u {
	case "D":
		return granDay, true
	case "WE":
		return granWeekend, true
	case "W":
		return granWeek, true
	case "M":
		return granMonth, true
	case "Q":
		return granQuarter, true
	case "H":
		return granHalf, true
	case "Y":
		return granYear, true
	case "DE":
		return granDecade, true
	case "CE":
		return granCentury, true
	}
	return 0, false
}

// point is a calendar unit: the one of granularity gran that holds t.
type point struct {
	t    time.Time
	gran int
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// start truncates p.t to the first day of its unit.
func (p point) start() time.Time {
	y, m, d := p.t.Date()
	switch p.gran {
	case granDay:
		return day(y, int(m), d)
	case granWeekend, granWeek:
		wd := (int(p.t.Weekday()) + 6) % 7 // Monday = 0
		s := day(y, int(m), d-wd)
		if p.gran == granWeekend {
			s = s.AddDate(0, 0, 5)
		}
		return s
	case granMonth:
		return day(y, int(m), 1)
	case granSeason: // a season starts in March, June, September or December
		sm := (int(m) / 3) * 3 % 12
		if sm == 0 {
			sm = 12
			if m < 12 {
				y--
			}
		}
		return day(y, sm, 1)
	case granQuarter:
		return day(y, (int(m)-1)/3*3+1, 1)
	case granHalf:
		return day(y, (int(m)-1)/6*6+1, 1)
	case granYear:
		return day(y, 1, 1)
	case granDecade:
		return day(y/10*10, 1, 1)
	}
	return day(y/100*100, 1, 1)
}

// end returns the last day of p's unit.
func (p point) end() time.Time {
	s := p.start()
	months := 1200
	switch p.gran {
	case granDay:
		return s
	case granWeekend:
		return s.AddDate(0, 0, 1)
	case granWeek:
		return s.AddDate(0, 0, 6)
	case granMonth:
		months = 1
	case granSeason, granQuarter:
		months = 3
	case granHalf:
		months = 6
	case granYear:
		months = 12
	case granDecade:
		months = 120
	}
	return s.AddDate(0, months, -1)
}

// shift moves p by n of its own units.
func (p point) shift(n int) point {
	s := p.start()
	switch p.gran {
	case granDay:
		s = s.AddDate(0, 0, n)
	case granWeekend, granWeek:
		s = s.AddDate(0, 0, 7*n)
	case granMonth:
		s = s.AddDate(0, n, 0)
	case granSeason, granQuarter:
		s = s.AddDate(0, 3*n, 0)
	case granHalf:
		s = s.AddDate(0, 6*n, 0)
	case granYear:
		s = s.AddDate(n, 0, 0)
	case granDecade:
		s = s.AddDate(10*n, 0, 0)
	default:
		s = s.AddDate(100*n, 0, 0)
	}
	return point{s, p.gran}
}

// seasonCode names the season that starts in month m.
func seasonCode(m int) string {
	switch m {
	case 3:
		return "SP"
	case 6:
		return "SU"
	case 9:
		return "FA"
	}
	return "WI"
}

// value formats p as a TIMEX3 value.
func (p point) value() string {
	s := p.start()
	y := s.Year()
	switch p.gran {
	case granDay:
		return s.Format("2006-01-02")
	case granWeekend, granWeek:
		wy, w := s.ISOWeek()
		v := fmt.Sprintf("%04d-W%02d", wy, w)
		if p.gran == granWeekend {
			v += "-WE"
		}
		return v
	case granMonth:
		return s.Format("2006-01")
	case granSeason:
		return fmt.Sprintf("%04d-%s", y, seasonCode(int(s.Month())))
	case granQuarter:
		return fmt.Sprintf("%04d-Q%d", y, (int(s.Month())+2)/3)
	case granHalf:
		return fmt.Sprintf("%04d-H%d", y, (int(s.Month())+5)/6)
	case granYear:
		return fmt.Sprintf("%04d", y)
	case granDecade:
		return fmt.Sprintf("%03d", y/10)
	}
	return fmt.Sprintf("%02d", y/100) // "the third century" is 02
}

// unknownValue is the value of a point of granularity g whose anchor is unknown.
func unknownValue(g int) string {
	switch g {
	case granDay:
		return "XXXX-XX-XX"
	case granWeekend:
		return "XXXX-WXX-WE"
	case granWeek:
		return "XXXX-WXX"
	case granMonth:
		return "XXXX-XX"
	case granSeason:
		return "XXXX-XX"
	case granQuarter:
		return "XXXX-QX"
	case granHalf:
		return "XXXX-HX"
	case granDecade:
		return "XXX"
	case granCentury:
		return "XX"
	}
	return "XXXX"
}

// seasonMonth maps a season code to the month it starts in.
func seasonMonth(code string) int {
	switch code {
	case "SP":
		return 3
	case "SU":
		return 6
	case "FA":
		return 9
	case "WI":
		return 12
	}
	return 0
}
