package extract

import "strings"

// This file holds what makes a run of capitalized words one organization
// name: company words ("Corp.", also in capitals), a common word opening
// it ("First Security Corp."), and "and" inside it ("Securities and
// Exchange Commission").

// companyFollows reports capitalized words after i that end with a
// company word within three words: "First Security Corp.".
func (d *doc) companyFollows(toks []token, i int) bool {
	for k := i + 1; k < len(toks) && k <= i+3 && toks[k].Word && toks[k].Cap; k++ {
		if d.orgWord(toks[k].Text) && strings.HasSuffix(toks[k].Text, ".") || toks[k].Text == "Inc" || toks[k].Text == "Corp" {
			return true
		}
	}
	return false
}

// orgWord reports a word that ends organization names, also written in
// capitals ("BLOCKBUSTER ENTERTAINMENT CORP.").
func (d *doc) orgWord(w string) bool {
	if d.x.t.orgWords[w] {
		return true
	}
	if len(w) < 3 || strings.ToUpper(w) != w {
		return false
	}
	return d.x.t.orgWords[w[:1]+strings.ToLower(w[1:])]
}

// andJoin returns the end of a name that goes on over "and" at j: an
// agency whose name ends with an organization word ("Food and Drug
// Administration", "Department of Health and Human Services"), or two
// capitals joined by "and" ("AT and T"). It returns j when the "and"
// coordinates two names ("Iran and Afghanistan", "Microsoft and Apple
// Computer Inc.").
func (d *doc) andJoin(toks []token, i, j int) int {
	tb := d.x.t
	if j+1 >= len(toks) || toks[j].Lower != "and" || !toks[j+1].Cap || !d.nameable(toks, j+1) || d.entityAt(toks, i) >= j-i {
		return j
	}
	if j == i+1 && j+2 <= len(toks) && len(toks[i].Text) <= 2 && len(toks[j+1].Text) == 1 && strings.ToUpper(toks[i].Text) == toks[i].Text &&
		(j+2 == len(toks) || !toks[j+2].Cap) {
		return j + 2
	}
	e := j + 1
	for e < len(toks) && e-j <= 4 && toks[e].Cap && d.nameable(toks, e) && !isPoss(toks[e].Lower) {
		e++
	}
	last := toks[e-1].Text
	if !tb.orgWords[last] || strings.HasSuffix(last, ".") || strings.ToUpper(last) == last || e == j+1 && j-i > 1 {
		return j
	}
	for k := i; k < j; k++ {
		if tb.honorific[toks[k].Lower] || tb.titleHead[toks[k].Lower] {
			return j // "the President and Foreign Ministry": two actors
		}
	}
	return e
}
