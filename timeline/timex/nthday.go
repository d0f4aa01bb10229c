package timex

import "strconv"

// normNthDay normalizes a weekday counted in its month: "the first Sunday
// in June", "the second Saturday of July", "the last Friday in May 2020".
// The day is found as a holiday's is (norm_date.go, holiday), the year
// from the text or, failing it, the nearest the tense allows.
func normNthDay(d *doc, m *match) (result, bool) {
	mo, okM := d.num(m, roleM)
	wd, okW := d.num(m, roleWD)
	n := m.r.arg // "L": the last
	if n == "" {
		k, ok := d.num(m, roleN)
		if !ok || k < 1 || k > 5 {
			return result{}, false
		}
		n = strconv.Itoa(k)
	}
	if !okM || !okW || mo < 1 || mo > 12 {
		return result{}, false
	}
	code := pad2(mo) + "-" + n + "-" + strconv.Itoa(wd)
	build := func(y int) point { return point{holiday(y, code), granDay} }
	var p point
	if y, ok := d.num(m, roleY); ok {
		p = build(y)
	} else if a, ok := d.anchor(false); ok {
		y := a.t.Year()
		p = pick([]point{build(y - 1), build(y), build(y + 1)}, a.t, d.tense(m.first))
	} else {
		return d.unknownYear(m, build(2000))
	}
	if int(p.t.Month()) != mo {
		return result{}, false // "the fifth Monday in February 2021" was none
	}
	return d.point(m, p)
}
