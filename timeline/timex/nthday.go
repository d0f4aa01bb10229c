package timex

import "strconv"

// normNthDay normalizes a weekday counted in its month: "the first Sunday
// in June", "the second Saturday of July", "the last Friday in May 2020".
// The day and its year are found as a holiday's are (norm_date.go,
// holiday and yearly). A weekend counted so ("the first weekend in
// December") is the weekend of that Saturday.
func normNthDay(d *doc, m *match) (result, bool) {
	mo, okM := d.num(m, roleM)
	wd, okW := d.num(m, roleWD)
	gran := granDay
	if !m.has(roleWD) {
		wd, okW, gran = 6, true, granWeekend
	}
	n := m.r.arg // "L": the last
	if n == "" {
		k, ok := d.num(m, roleN)
		if !ok || k < 1 || k > 5 {
			return result{}, false
		}
		n = strconv.Itoa(k)
	}
	if !okM && m.has(roleU) {
		return d.nthDayOfMonthNamed(m, n, wd, gran)
	}
	if !okM || !okW || mo < 1 || mo > 12 {
		return result{}, false
	}
	code := nthDayCode(mo, n, wd)
	build := func(y int) point { return point{holiday(y, code), gran} }
	p, ok := d.yearly(m, build)
	if !ok {
		return d.unknownYear(m, build(2000))
	}
	if int(p.t.Month()) != mo {
		return result{}, false // "the fifth Monday in February 2021" was none
	}
	return d.point(m, p)
}

// nthDayOfMonthNamed is normNthDay in a month told by the document's date:
// "the last Saturday of the month", "the first Monday of next month".
func (d *doc) nthDayOfMonthNamed(m *match, n string, wd, gran int) (result, bool) {
	shift := 0
	if m.has(roleRel) {
		k, _, ok := d.rel(m, roleRel)
		if !ok {
			return result{}, false
		}
		shift = k
	}
	a, known := d.anchor(false)
	if !known {
		return d.unknown(m, gran)
	}
	first := day(a.t.Year(), int(a.t.Month()), 1).AddDate(0, shift, 0)
	t := holiday(first.Year(), nthDayCode(int(first.Month()), n, wd))
	if t.Month() != first.Month() {
		return result{}, false
	}
	return d.point(m, point{t, gran})
}

// nthDayCode is the holiday code of the n-th weekday wd of month mo
// ("L" for the last): "11-4-4" is the fourth Thursday of November.
func nthDayCode(mo int, n string, wd int) string {
	return pad2(mo) + "-" + n + "-" + strconv.Itoa(wd)
}
