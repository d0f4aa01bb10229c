package ingest

import (
	"bytes"
	"fmt"
	"path"
	"strings"
	"unicode/utf8"
)

// bom is the UTF-8 byte-order mark some editors put at the start of a file.
const bom = "\uFEFF"

// Parse reads one seed's bytes. seed is its path relative to the seeds folder
// (slashes); a name ending in ".md" is read as Markdown, anything else as
// plain text.
//
// A seed that cannot be understood (empty, binary, not UTF-8, broken front
// matter, no text) returns nil and a Warning naming file and line. Lesser
// problems (a date no layout fits) come back as warnings beside the article.
// Every offset in the article indexes into data exactly as given: a
// byte-order mark, CRLF line ends and no-break spaces are stepped over,
// never rewritten.
func Parse(seed string, data []byte) (*Article, []Warning) {
	if w, ok := checkBytes(seed, data); !ok {
		return nil, []Warning{w}
	}
	r := loadRules()
	text := string(data)
	from := 0
	if strings.HasPrefix(text, bom) {
		from = len(bom)
	}
	fm := readFrontMatter(seed, text, from)
	if fm.broken {
		return nil, fm.warnings
	}
	if isBlankText(text[fm.bodyStart:]) {
		return nil, append(fm.warnings, Warning{seed, lineAt(text, fm.bodyStart), "no article text"})
	}
	var chunks []chunk
	if strings.EqualFold(path.Ext(seed), ".md") {
		chunks = markdownChunks(text, fm.bodyStart)
	} else {
		chunks = textChunks(text, fm.bodyStart)
	}
	a := &Article{Seed: seed, Text: text, BodyStart: fm.bodyStart, Meta: fm.meta}
	a.Paragraphs = clean(text, chunks, &a.Meta, r)
	for i, p := range a.Paragraphs {
		a.Sentences = append(a.Sentences, splitSentences(text, p, i, r)...)
	}
	if len(a.Sentences) == 0 {
		return nil, append(fm.warnings, Warning{seed, lineAt(text, fm.bodyStart), "no article text once page furniture is left out"})
	}
	return a, fm.warnings
}

// checkBytes refuses what is not text: an empty file, binary data (a NUL
// byte) and invalid UTF-8, naming the line where the trouble starts.
func checkBytes(seed string, data []byte) (Warning, bool) {
	if len(data) == 0 {
		return Warning{seed, 0, "empty file"}, false
	}
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return Warning{seed, 1, "UTF-16 text; save it as UTF-8"}, false
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return Warning{seed, 1 + bytes.Count(data[:i], []byte("\n")), "binary data (a NUL byte), not text"}, false
	}
	if !utf8.Valid(data) {
		i := firstInvalid(data)
		return Warning{seed, 1 + bytes.Count(data[:i], []byte("\n")), fmt.Sprintf("invalid UTF-8 (byte 0x%02x at offset %d)", data[i], i)}, false
	}
	return Warning{}, true
}

// firstInvalid is the offset of the first byte that is not valid UTF-8.
func firstInvalid(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}
