// Package timeml reads and writes TimeML / TempEval-3 documents: the text
// inside <TEXT>, the document date in <DCT>, and TIMEX3 tags added to the
// text without changing a byte of it.
package timeml

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"regexp"
	"strings"
	"time"
)

// ErrNoText is returned by Parse for a file without a <TEXT> element.
var ErrNoText = errors.New("no <TEXT> element")

// Doc is one TimeML document.
type Doc struct {
	raw        string
	textStart  int // raw offset of the first byte inside <TEXT>
	textEnd    int // raw offset of </TEXT>
	Text       string
	DCT        time.Time // zero when the document has none
	rawOffsets []int     // raw offset of each byte of Text, plus one past the end
	keep       []span    // raw spans of the text part kept (gold TIMEX3 tags dropped)
}

type span struct{ from, to int }

// Tag is a TIMEX3 to add: byte offsets in Doc.Text.
type Tag struct {
	Start, End       int
	Type, Value, Mod string
}

var (
	textRe  = regexp.MustCompile(`(?s)<TEXT\b[^>]*>(.*?)</TEXT\s*>`)
	dctRe   = regexp.MustCompile(`(?s)<DCT\b[^>]*>(.*?)</DCT\s*>`)
	valueRe = regexp.MustCompile(`\bvalue\s*=\s*["']?([0-9]{4})-?([0-9]{2})-?([0-9]{2})`)
	docIDRe = regexp.MustCompile(`(?s)<DOCID>(.*?)</DOCID>`)
	idDate  = regexp.MustCompile(`(?:^|[^0-9])((?:19|20)[0-9]{2})([01][0-9])([0-3][0-9])(?:[^0-9]|$)`)
	tagRe   = regexp.MustCompile(`(?s)<!--.*?-->|<[^>]*>`)
	timexRe = regexp.MustCompile(`^</?TIMEX3\b`)
	entRe   = regexp.MustCompile(`^&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);`)
)

// Parse reads a TimeML document; name is used in errors.
func Parse(name string, raw []byte) (*Doc, error) {
	d := &Doc{raw: string(raw)}
	loc := textRe.FindStringSubmatchIndex(d.raw)
	if loc == nil {
		return nil, fmt.Errorf("%s: %w", name, ErrNoText)
	}
	d.textStart, d.textEnd = loc[2], loc[3]
	d.DCT = docDate(d.raw)
	d.plain()
	return d, nil
}

// docDate is the document's creation date: the value of the TIMEX3 in
// <DCT> (with or without a time part), else its text ("19980108"), else a
// date written in <DOCID> ("APW19980213.1310", "nyt_20130321_x"); zero when
// none is a valid date.
func docDate(raw string) time.Time {
	var cands [][]string
	if m := dctRe.FindStringSubmatch(raw); m != nil {
		cands = append(cands, valueRe.FindStringSubmatch(m[1]))
		cands = append(cands, idDate.FindStringSubmatch(tagRe.ReplaceAllString(m[1], " ")))
	}
	if m := docIDRe.FindStringSubmatch(raw); m != nil {
		cands = append(cands, idDate.FindStringSubmatch(m[1]))
	}
	for _, c := range cands {
		if c == nil {
			continue
		}
		if t, err := time.Parse("20060102", c[1]+c[2]+c[3]); err == nil {
			return t
		}
	}
	return time.Time{}
}

// plain builds Text from the raw text part: tags removed, entities decoded,
// keeping for each byte where it came from.
func (d *Doc) plain() {
	var b strings.Builder
	body := d.raw[d.textStart:d.textEnd]
	for i := 0; i < len(body); {
		if body[i] == '<' {
			if loc := tagRe.FindStringIndex(body[i:]); loc != nil && loc[0] == 0 {
				i += loc[1]
				continue
			}
		}
		if body[i] == '&' {
			if m := entRe.FindString(body[i:]); m != "" {
				u := html.UnescapeString(m)
				for k := 0; k < len(u); k++ {
					d.rawOffsets = append(d.rawOffsets, d.textStart+i)
				}
				b.WriteString(u)
				i += len(m)
				continue
			}
		}
		d.rawOffsets = append(d.rawOffsets, d.textStart+i)
		b.WriteByte(body[i])
		i++
	}
	d.rawOffsets = append(d.rawOffsets, d.textEnd)
	d.Text = b.String()
}

// Write returns the document with its old TIMEX3 tags inside <TEXT> removed
// and tags added; the text itself is unchanged. Tags must be sorted and
// must not overlap.
func (d *Doc) Write(tags []Tag) []byte {
	opens := map[int][]string{}
	closes := map[int]int{}
	for i, t := range tags {
		from := d.rawOffsets[t.Start]
		to := d.rawOffsets[t.End-1] + 1
		if d.raw[to-1] == '&' { // the span ends in an entity
			to += strings.IndexByte(d.raw[to:], ';') + 1
		}
		mod := ""
		if t.Mod != "" {
			mod = fmt.Sprintf(` mod="%s"`, t.Mod)
		}
		opens[from] = append(opens[from], fmt.Sprintf(`<TIMEX3 tid="t%d" type="%s" value="%s"%s>`, i+1, t.Type, html.EscapeString(t.Value), mod))
		closes[to]++
	}
	var out bytes.Buffer
	out.WriteString(d.raw[:d.textStart])
	body := d.raw[d.textStart:d.textEnd]
	for i := 0; i <= len(body); i++ {
		at := d.textStart + i
		for k := 0; k < closes[at]; k++ {
			out.WriteString("</TIMEX3>")
		}
		for _, o := range opens[at] {
			out.WriteString(o)
		}
		if i == len(body) {
			break
		}
		if body[i] == '<' {
			if loc := tagRe.FindStringIndex(body[i:]); loc != nil && loc[0] == 0 {
				if !timexRe.MatchString(body[i : i+loc[1]]) {
					out.WriteString(body[i : i+loc[1]])
				}
				i += loc[1] - 1
				continue
			}
		}
		out.WriteByte(body[i])
	}
	out.WriteString(d.raw[d.textEnd:])
	return out.Bytes()
}
