package timex

import (
	"fmt"
	"strings"
)

// normEra normalizes a year or century with its era, which the rule's
// argument names: "776 BC" is BC0776 and "the third century BC" BC02, as
// TIMEX3 writes times before Christ; "AD 393" and "1200 AD" are plain
// years. Such years date history, not the news, so they do not move the
// narrative.
func normEra(d *doc, m *match) (result, bool) {
	if c, ok := d.num(m, roleCent); ok && c >= 1 && c <= 99 {
		if m.r.arg == "BC" {
			return result{typ: "DATE", value: fmt.Sprintf("BC%02d", c-1)}, true
		}
		return result{typ: "DATE", value: fmt.Sprintf("%02d", c-1)}, true
	}
	n, ok := d.num(m, roleN)
	if !ok || n < 1 || n > 9999 {
		return result{}, false
	}
	if m.r.arg == "BC" {
		return result{typ: "DATE", value: fmt.Sprintf("BC%04d", n)}, true
	}
	return result{typ: "DATE", value: fmt.Sprintf("%04d", n)}, true
}

// eraMark reports whether text[i:j] is an era written in capitals and glued
// to a year ("776BC", "AD393"), which the tokenizer then splits off.
func eraMark(text string, i, j int) bool {
	switch text[i:j] {
	case "BC", "BCE", "AD", "CE":
		return true
	}
	return false
}

// eraRanges gives the first year of a range the era written after the
// second: "from 1354 to 1345 B.C." runs from 1354 BC.
func eraRanges(text string, xs []Timex) {
	for i := 0; i+1 < len(xs); i++ {
		x, y := &xs[i], &xs[i+1]
		if len(y.Value) != 6 || y.Value[:2] != "BC" || x.Type != "DATE" || len(x.Value) != 4 || x.Text != strings.TrimLeft(x.Value, "0") {
			continue
		}
		if gap := strings.TrimSpace(text[x.End:y.Start]); rangeWord(gap) || gap == "and" || gap == "or" {
			x.Value = "BC" + x.Value
		}
	}
}
