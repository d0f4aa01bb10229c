package ingest

import (
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// byline is what one byline, dateline or source line says.
type byline struct {
	author, publisher, url string
	date                   time.Time
	dateText               string // the date as written
	what                   string // "byline", "dateline" or "source line"
	line                   string // the whole line, for the *From fields
}

// bySeparator splits "Name — Publisher" and the like.
var bySeparator = regexp.MustCompile(`\s+[—–|-]\s+|\s*[,|]\s+`)

// monthName finds an English month name or its abbreviation.
var monthName = regexp.MustCompile(`(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b\.?`)

// digitRun finds runs of digits.
var digitRun = regexp.MustCompile(`\d+`)

// readByline recognises a line that is a byline, dateline or source line
// rather than prose. s is normalised (see normalize).
func (r *rules) readByline(s string) (byline, bool) {
	if countWords(s, 17) > 16 {
		return byline{}, false
	}
	for _, try := range []func(string) (byline, bool){
		r.labelled, r.byName, r.nameRole, bareDate, placeLine,
	} {
		if b, ok := try(s); ok {
			b.line = s
			return b, true
		}
	}
	return byline{}, false
}

// labelled reads "Label: value" lines: "[date] Author: name", "Source: X",
// "Published: date".
func (r *rules) labelled(s string) (byline, bool) {
	if !strings.Contains(s, ":") {
		return byline{}, false
	}
	for _, class := range []string{"author", "source", "date"} {
		for _, label := range r.labels[class] {
			before, value, ok := cutLabel(s, label)
			if !ok {
				continue
			}
			var b byline
			if before != "" {
				t, err := parseDate(before)
				if err != nil {
					continue
				}
				b.date, b.dateText = t, before
			}
			if r.fillLabelled(&b, class, value) {
				return b, true
			}
		}
	}
	return byline{}, false
}

// cutLabel finds "label:" in s at a word start (any case) and returns what
// stands before and after it.
func cutLabel(s, label string) (before, after string, ok bool) {
	for i := len(label); i < len(s); i++ {
		if s[i] != ':' {
			continue
		}
		j := i - len(label)
		if strings.EqualFold(s[j:i], label) && (j == 0 || s[j-1] == ' ') {
			return strings.TrimSpace(s[:j]), strings.TrimSpace(s[i+1:]), true
		}
	}
	return "", "", false
}

// fillLabelled stores the value of a labelled line, if it has the right shape.
func (r *rules) fillLabelled(b *byline, class, value string) bool {
	switch class {
	case "author":
		name, pub := r.namePublisher(value)
		if name == "" {
			return false
		}
		b.author, b.what = name, "byline"
		b.setPublisherOrDate(pub)
	case "source":
		if strings.HasPrefix(value, "http://") || strings.HasPrefix(value, "https://") {
			b.url = strings.Fields(value)[0]
		} else if isPublisher(value) {
			b.publisher = value
		} else {
			return false
		}
		b.what = "source line"
	case "date":
		value, _, _ = strings.Cut(value, " | ")
		t, err := parseDate(value)
		if err != nil || b.dateText != "" {
			return false
		}
		b.date, b.dateText, b.what = t, value, "dateline"
	}
	return true
}

// setPublisherOrDate stores what followed the name in a byline: a date
// ("By Ana Ruiz | 4 March 2024") or else a publisher.
func (b *byline) setPublisherOrDate(s string) {
	if s == "" {
		return
	}
	if t, err := parseDate(s); err == nil {
		if b.dateText == "" {
			b.date, b.dateText = t, s
		}
		return
	}
	b.publisher = s
}

// byName reads "By Name", "By Name — Publisher", "Written by Name, Publisher".
func (r *rules) byName(s string) (byline, bool) {
	for _, label := range r.labels["author"] {
		if len(s) <= len(label)+1 || !strings.EqualFold(s[:len(label)], label) || s[len(label)] != ' ' {
			continue
		}
		name, pub := r.namePublisher(s[len(label)+1:])
		if name != "" {
			b := byline{author: name, what: "byline"}
			b.setPublisherOrDate(pub)
			return b, true
		}
	}
	return byline{}, false
}

// namePublisher splits "Name — Publisher", "Xinhua Writer Name" or
// "Name, Other Name" (two authors) into a person's name and a publisher;
// name is "" when the text is not a name.
func (r *rules) namePublisher(s string) (name, pub string) {
	s = strings.TrimRight(s, ". ")
	head, tail, comma := s, "", false
	if loc := bySeparator.FindStringIndex(s); loc != nil {
		head, tail = s[:loc[0]], s[loc[1]:]
		comma = strings.TrimSpace(s[loc[0]:loc[1]]) == ","
	}
	pub, head = r.cutRole(head)
	if !r.isName(head, 1) {
		return "", ""
	}
	switch {
	case tail == "":
	case comma && r.isName(tail, 2) && !r.pubWords[strings.ToLower(lastWord(tail))]:
		head += ", " + tail
	case isPublisher(tail):
		pub = tail
	default:
		return "", ""
	}
	return head, pub
}

// cutRole splits "Xinhua Sportswriter Gao Peng" into the publisher before
// the role ("Xinhua") and the name after it ("Gao Peng"). Without a role
// word followed by a name, s comes back as the name.
func (r *rules) cutRole(s string) (pub, name string) {
	ws := words(s)
	for i := len(ws) - 2; i >= 0; i-- {
		if !r.roles[strings.ToLower(ws[i])] {
			continue
		}
		j := i
		for j > 0 && r.roleMods[strings.ToLower(ws[j-1])] {
			j--
		}
		before := strings.Join(ws[:j], " ")
		if before != "" && !isPublisher(before) {
			return "", s
		}
		return before, strings.Join(ws[i+1:], " ")
	}
	return "", s
}

// lastWord is the last word of s, or "".
func lastWord(s string) string {
	ws := words(s)
	if len(ws) == 0 {
		return ""
	}
	return ws[len(ws)-1]
}

// nameRole reads "Seyed Ahmad Mousavi, Correspondent" and
// "Jane Doe, Senior Correspondent for Example News".
func (r *rules) nameRole(s string) (byline, bool) {
	name, role, ok := strings.Cut(strings.TrimRight(s, ". "), ", ")
	if !ok || !r.isName(name, 2) {
		return byline{}, false
	}
	role, pub := cutPublisherTail(role)
	ws := words(role)
	if len(ws) == 0 || len(ws) > 4 || (pub != "" && !isPublisher(pub)) {
		return byline{}, false
	}
	core := false
	for _, w := range ws {
		w = strings.ToLower(w)
		switch {
		case r.roles[w]:
			core = true
		case r.roleMods[w]:
		default:
			return byline{}, false
		}
	}
	return byline{author: name, publisher: pub, what: "byline"}, core
}

// cutPublisherTail splits "Correspondent for Example News" at " for ",
// " at " or " with ".
func cutPublisherTail(role string) (string, string) {
	for _, sep := range []string{" for ", " at ", " with "} {
		if a, b, ok := strings.Cut(role, sep); ok {
			return a, b
		}
	}
	return role, ""
}

// bareDate reads a line that is only a date, such as "10.09.2021" or
// "September 10, 2021", with day, month and year.
func bareDate(s string) (byline, bool) {
	if utf8.RuneCountInString(s) > 40 {
		return byline{}, false
	}
	if !numericDate.MatchString(s) && !(monthName.MatchString(s) && len(digitRun.FindAllString(s, -1)) >= 2) {
		return byline{}, false
	}
	t, err := parseDate(s)
	if err != nil {
		return byline{}, false
	}
	return byline{date: t, dateText: s, what: "dateline"}, true
}

// placeOnly matches a dateline standing on its own line, before the text it
// introduces: "NAIROBI, Kenya (AP) _", "MIAMI —".
var placeOnly = regexp.MustCompile(`^\p{Lu}[\p{Lu}.'’ -]+(?:, [\p{L}.' ]+)?(?:\s*\(([^()]{2,40})\))?\s*[-—–_]+$`)

// placeLine reads a dateline on its own line; the agency in brackets, if
// any, is the publisher.
func placeLine(s string) (byline, bool) {
	m := placeOnly.FindStringSubmatch(s)
	if m == nil {
		return byline{}, false
	}
	return byline{publisher: strings.TrimSpace(m[1]), what: "dateline"}, true
}

// isName reports whether s looks like one or more people's names: at least
// min words, each capitalised (or a name particle such as "bin" or "al-"),
// joined perhaps by "and" or "&".
func (r *rules) isName(s string, min int) bool {
	ws := words(s)
	if len(ws) < min || len(ws) > 8 {
		return false
	}
	for i, w := range ws {
		c, _ := utf8.DecodeRuneInString(w)
		switch {
		case strings.IndexFunc(w, func(c rune) bool {
			return !unicode.IsLetter(c) && !strings.ContainsRune(".'’-", c)
		}) >= 0 && w != "&":
			return false
		case unicode.IsUpper(c):
		case i > 0 && i < len(ws)-1 && (w == "and" || w == "&" || r.particles[w]):
		case r.particles[strings.SplitN(w, "-", 2)[0]] && strings.Contains(w, "-"):
		default:
			return false
		}
	}
	return true
}

// isPublisher reports whether s can be a publisher's name: short, mostly
// capitalised, not a sentence.
func isPublisher(s string) bool {
	ws := words(s)
	if len(ws) == 0 || len(ws) > 8 || !hasWordChar(s) || !mostlyCapitalised(ws) {
		return false
	}
	c, _ := utf8.DecodeLastRuneInString(s)
	return !isTerminator(c) || c == '.' && len(ws) <= 3
}
