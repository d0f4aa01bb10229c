package ingest

import (
	"fmt"
	"time"
)

// Article is one seed, read and split.
type Article struct {
	// Seed is the path relative to the seeds folder, with forward slashes.
	Seed string
	// Text is the file exactly as read; every offset below indexes into it.
	Text string
	// BodyStart is where the text after any front matter begins.
	BodyStart int
	Meta      Meta
	// Paragraphs are the body's blocks in reading order (front matter and page
	// furniture excluded).
	Paragraphs []Paragraph
	// Sentences are the body's sentences in reading order.
	Sentences []Sentence
}

// Meta is what is known of an article: from its front matter first, then from
// its byline or dateline. Empty means unknown.
type Meta struct {
	Title     string
	Date      time.Time // zero when unknown
	URL       string
	Publisher string
	Author    string
	Lang      string
	// DateFrom, TitleFrom, AuthorFrom and PublisherFrom say in words where
	// each fact came from ("front matter", "the byline '10.09.2021'").
	DateFrom      string
	TitleFrom     string
	AuthorFrom    string
	PublisherFrom string
}

// Paragraph is a block of the body: [Start, End) in Article.Text.
type Paragraph struct {
	Start, End int
	// Heading marks a title or heading rather than running text.
	Heading bool
}

// Sentence is [Start, End) in Article.Text, inside paragraph Para.
type Sentence struct {
	Start, End int
	Para       int
}

// Warning is a problem with one seed that did not stop the others being read.
type Warning struct {
	File string // path as given to the reader
	Line int    // 1-based; 0 when no line applies
	Msg  string
}

func (w Warning) Error() string {
	if w.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", w.File, w.Line, w.Msg)
	}
	return fmt.Sprintf("%s: %s", w.File, w.Msg)
}
