package ingest

import (
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"
)

// clean turns chunks into paragraphs. Page furniture, category run-ons,
// bylines, datelines and source lines are dropped; what the bylines say
// fills meta where it is still empty. The title, when meta has none, is a
// heading that opens the article.
func clean(text string, chunks []chunk, meta *Meta, r *rules) []Paragraph {
	paras, found := sift(text, chunks, r)
	body := 0
	for _, p := range paras {
		if !p.Heading {
			body++
		}
	}
	fillMeta(meta, found, body)
	return finish(text, paras, meta, r)
}

// sift keeps the chunks that are the article and returns the bylines found
// among the others.
func sift(text string, chunks []chunk, r *rules) ([]Paragraph, []placed) {
	var paras []Paragraph
	var found []placed
	body := 0
	for _, c := range chunks {
		if countWords(text[c.start:c.end], proseWords+1) > proseWords {
			// Long prose: only a furniture prefix can match, on its head.
			if r.furnitureKind(normalize(text[c.start:c.start+headBytes(text[c.start:c.end])])) != "prefix" {
				paras = append(paras, trimmedParagraph(text, c))
				if !c.heading {
					body++
				}
			}
			continue
		}
		s := normalize(text[c.start:c.end])
		if !hasWordChar(s) {
			continue
		}
		switch r.furnitureKind(s) {
		case "end":
			if body > 0 {
				return paras, found
			}
			continue
		case "line", "prefix":
			continue
		}
		if isRunOn(s) || isBreadcrumb(s) {
			continue
		}
		if b, ok := r.readByline(s); ok {
			found = append(found, placed{b, body})
			continue
		}
		paras = append(paras, trimmedParagraph(text, c))
		if !c.heading {
			body++
		}
	}
	return paras, found
}

// proseWords is the number of words past which a chunk is taken for prose:
// furniture lines, bylines and breadcrumbs are all shorter.
const proseWords = 16

// headBytes is the length of the head of s that prefix rules look at: about
// 200 bytes, cut at a rune boundary.
func headBytes(s string) int {
	n := min(len(s), 200)
	for n < len(s) && !utf8.RuneStart(s[n]) {
		n++
	}
	return n
}

// trimmedParagraph is chunk c as a paragraph without blank runes at its ends.
func trimmedParagraph(text string, c chunk) Paragraph {
	start, end := trimSpan(text, c.start, c.end)
	return Paragraph{Start: start, End: end, Heading: c.heading}
}

// placed is a byline and the number of body paragraphs before it.
type placed struct {
	byline
	after int
}

// fillMeta fills meta from the bylines found, in reading order. A source
// line names the publisher only when it closes the article: within it,
// "Source: ..." credits a figure or a table.
func fillMeta(meta *Meta, found []placed, body int) {
	for _, b := range found {
		if b.what != "source line" || b.after == body {
			b.fill(meta)
		}
	}
}

// finish applies the rules that need the whole article: the author's
// closing signature is dropped, a dateline prefix may name the publisher,
// and an opening heading may give the title.
func finish(text string, paras []Paragraph, meta *Meta, r *rules) []Paragraph {
	paras = dropSignature(text, paras, meta.Author)
	for _, p := range paras {
		if !p.Heading {
			if pub, prefix := r.datelinePublisher(normalize(text[p.Start:p.End])); pub != "" && meta.Publisher == "" {
				meta.Publisher = pub
				meta.PublisherFrom = fmt.Sprintf("the dateline '%s'", prefix)
			}
			break
		}
	}
	if meta.Title == "" && len(paras) > 0 && paras[0].Heading {
		meta.Title = normalize(text[paras[0].Start:paras[0].End])
		meta.TitleFrom = fmt.Sprintf("the heading on line %d", lineAt(text, paras[0].Start))
	}
	return paras
}

// dropSignature removes a closing paragraph that is the author's signature
// or short biography ("Viktor Mikhin, corresponding member of ...").
func dropSignature(text string, paras []Paragraph, author string) []Paragraph {
	if author == "" || len(paras) < 2 {
		return paras
	}
	last := paras[len(paras)-1]
	s := normalize(text[last.Start:last.End])
	if s == author || strings.HasPrefix(s, author+",") || strings.HasPrefix(s, author+" is ") {
		return paras[:len(paras)-1]
	}
	return paras
}

// fill stores what a byline says where meta is still empty.
func (b byline) fill(meta *Meta) {
	from := fmt.Sprintf("the %s '%s'", b.what, b.line)
	if b.author != "" && meta.Author == "" {
		meta.Author, meta.AuthorFrom = b.author, from
	}
	if b.publisher != "" && meta.Publisher == "" {
		meta.Publisher, meta.PublisherFrom = b.publisher, from
	}
	if b.url != "" && meta.URL == "" {
		meta.URL = b.url
	}
	if b.dateText != "" && meta.Date.IsZero() {
		meta.Date, meta.DateFrom = b.date, fmt.Sprintf("the %s '%s'", b.what, b.dateText)
	}
}

// furnitureKind is the kind of the furniture rule s (normalised) matches,
// or "".
func (r *rules) furnitureKind(s string) string {
	// Markdown emphasis and heading marks, and a count ("3 Comments").
	low := strings.TrimLeft(strings.ToLower(s), "*_#> 0123456789")
	key := strings.TrimRight(low, ":*_.… ")
	for _, f := range r.furniture {
		switch {
		case f.kind == "prefix" && strings.HasPrefix(low, f.text):
			return f.kind
		case f.kind == "endprefix" && strings.HasPrefix(low, f.text+" "):
			return "end"
		case (f.kind == "line" || f.kind == "end") && key == f.text:
			return f.kind
		}
	}
	return ""
}

// isRunOn reports whether s is a website's category list glued into one
// word, such as "AfghanistanAnalysisGovernmentMilitary": no spaces, and at
// least three capitalised words run together.
func isRunOn(s string) bool {
	if strings.ContainsRune(s, ' ') || utf8.RuneCountInString(s) < 16 {
		return false
	}
	joins := 0
	prev := ' '
	for _, c := range s {
		if !unicode.IsLetter(c) && c != '&' && c != '-' {
			return false
		}
		if unicode.IsUpper(c) && unicode.IsLower(prev) {
			joins++
		}
		prev = c
	}
	return joins >= 2
}

// isBreadcrumb reports whether s is a navigation trail: "Home » World » Asia".
func isBreadcrumb(s string) bool {
	n := strings.Count(s, "»") + strings.Count(s, "›") + strings.Count(s, " > ")
	return n >= 2 && len(words(s)) <= 15 && !endsWithStop(s)
}

// agencyDateline matches "KABUL (Reuters) -" and "KABUL, Afghanistan (AP) —".
var agencyDateline = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’ -]+(?:, [\p{L}.' ]+)?\s*\(([^()]{2,40})\)\s*[-—–_]`)

// pressDateline matches a short name ending in a colon: "DID Press: ...".
var pressDateline = regexp.MustCompile(`^((?:\S+ ){0,3}\S+): `)

// datelinePublisher is the publisher named by a dateline prefix of the
// article's first paragraph, and the prefix; "" when there is none. The
// prefix stays in the text.
func (r *rules) datelinePublisher(s string) (pub, prefix string) {
	if m := agencyDateline.FindStringSubmatch(s); m != nil {
		return strings.TrimSpace(m[1]), strings.TrimSpace(m[0])
	}
	m := pressDateline.FindStringSubmatch(s)
	if m == nil {
		return "", ""
	}
	ws := words(m[1])
	if !mostlyCapitalised(ws) || !r.pubWords[strings.ToLower(ws[len(ws)-1])] || r.sections[strings.ToLower(ws[0])] {
		return "", ""
	}
	return m[1], strings.TrimSpace(m[0])
}
