package timex

// normDayOnly normalizes a day of the month named alone: "on the 14th",
// "by the 30th". The month is the narrative's when it is one month ("In
// March ... on the 14th"), else the nearest such day around the reference
// date in the direction of the tense, as for a weekday.
func normDayOnly(d *doc, m *match) (result, bool) {
	dd, ok := d.num(m, roleD)
	if !ok || dd < 1 || dd > 31 {
		return result{}, false
	}
	if d.hasRef && d.ref.gran == granMonth {
		y, mo, _ := d.ref.t.Date()
		if p := (point{day(y, int(mo), dd), granDay}); p.t.Day() == dd {
			return d.point(m, p)
		}
		return result{}, false
	}
	a, known := d.anchorFor(true, granDay)
	if !known {
		return result{typ: m.r.typ, value: "XXXX-XX-" + pad2(dd)}, true
	}
	var cands []point
	for off := -1; off <= 1; off++ {
		first := day(a.t.Year(), int(a.t.Month())+off, 1)
		if p := (point{first.AddDate(0, 0, dd-1), granDay}); p.t.Day() == dd {
			cands = append(cands, p) // no 31st in a month of 30 days
		}
	}
	if len(cands) == 0 {
		return result{}, false
	}
	return d.point(m, pick(cands, a.t, d.tense(m.first)))
}
