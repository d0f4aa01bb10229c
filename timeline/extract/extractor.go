package extract

import (
	"io"

	"timeline/timeline"
	"timeline/timeline/ingest"
)

// Extractor finds events in articles. It holds only read-only tables built by
// New, so one Extractor may be used by many goroutines at once.
type Extractor struct{}

// Option configures an Extractor.
type Option func(*config) error

type config struct{ aliases []io.Reader }

// WithAliases adds a user alias table (see the package documentation for
// its format).
func WithAliases(r io.Reader) Option {
	return func(c *config) error { c.aliases = append(c.aliases, r); return nil }
}

// New builds an Extractor from the built-in tables and the options.
func New(opts ...Option) (*Extractor, error) { return &Extractor{}, nil }

// Article returns the event reports of one article.
func (x *Extractor) Article(a *ingest.Article) []timeline.Event { return nil }

// Merge folds reports of the same event together.
func Merge(reports []timeline.Event) []timeline.Event { return reports }
