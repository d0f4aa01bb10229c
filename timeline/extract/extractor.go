package extract

import (
	"fmt"
	"io"

	"timeline/timeline/timex"
)

// Extractor finds events in articles. It holds only read-only tables built by
// New, so one Extractor may be used by many goroutines at once.
type Extractor struct {
	t        *tables
	tagTimes tagger
}

// Option configures an Extractor.
type Option func(*config) error

type config struct {
	aliases []namedReader
	tagger  tagger
}

type namedReader struct {
	name string
	r    io.Reader
}

// WithAliases adds a user alias table, read once by New. Its format is that
// of tables/aliases.txt: one group per line, names separated by "=", the
// first being the one shown, "#" starting a comment:
//
//	Islamic State Khorasan = Daesh-K = ISIS-K = IS-Khorasan
func WithAliases(r io.Reader) Option {
	return func(c *config) error {
		c.aliases = append(c.aliases, namedReader{"aliases", r})
		return nil
	}
}

// withTagger replaces the temporal tagger (for tests).
func withTagger(t tagger) Option {
	return func(c *config) error { c.tagger = t; return nil }
}

// New builds an Extractor from the built-in tables and the options.
func New(opts ...Option) (*Extractor, error) {
	var c config
	for _, o := range opts {
		if err := o(&c); err != nil {
			return nil, fmt.Errorf("extract: option: %w", err)
		}
	}
	t, err := loadTables()
	if err != nil {
		return nil, err
	}
	for _, a := range c.aliases {
		if err := t.readAliases(a.r, a.name); err != nil {
			return nil, fmt.Errorf("extract: %w", err)
		}
	}
	x := &Extractor{t: t, tagTimes: c.tagger}
	if x.tagTimes == nil {
		x.tagTimes = timexTagger(timex.New())
	}
	return x, nil
}
