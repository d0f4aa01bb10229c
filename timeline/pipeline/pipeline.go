// Package pipeline is the front door of the library: it reads a seeds folder,
// extracts the events of every article on all cores, merges reports of the
// same event and returns the finished model. The command and the live server
// are thin layers over Run.
package pipeline

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"time"

	"golang.org/x/sync/errgroup"

	"timeline/timeline"
	"timeline/timeline/extract"
	"timeline/timeline/ingest"
)

// AliasFile is the name of the optional alias table in the seeds folder
// (not .txt or .md, which would be read as an article):
// users list there the names that mean the same actor in their story.
const AliasFile = "aliases.conf"

// Config says what to build from.
type Config struct {
	// Seeds is the folder of articles (default "seeds").
	Seeds string
}

// Run builds the timeline of every article under cfg.Seeds. Problems with
// single articles come back as warnings and do not stop the others; the
// error is for a run that could not be done at all (no seeds folder, a
// broken alias table, cancellation).
func Run(ctx context.Context, cfg Config) (*timeline.Timeline, []ingest.Warning, error) {
	if cfg.Seeds == "" {
		cfg.Seeds = "seeds"
	}
	articles, warnings, err := ingest.ReadDir(ctx, cfg.Seeds)
	if err != nil {
		return nil, warnings, err
	}
	x, err := newExtractor(cfg.Seeds)
	if err != nil {
		return nil, warnings, err
	}
	reports, err := extractAll(ctx, x, articles)
	if err != nil {
		return nil, warnings, err
	}
	tl := &timeline.Timeline{
		GeneratedFrom: []string{},
		Sources:       make([]timeline.Source, 0, len(articles)),
		Events:        extract.Merge(reports),
	}
	if tl.Events == nil {
		tl.Events = []timeline.Event{}
	}
	base := seedsName(cfg.Seeds)
	for _, a := range articles {
		tl.GeneratedFrom = append(tl.GeneratedFrom, path.Join(base, a.Seed))
		tl.Sources = append(tl.Sources, sourceOf(a))
		if a.Meta.Date.IsZero() {
			warnings = append(warnings, ingest.Warning{
				File: filepath.Join(cfg.Seeds, filepath.FromSlash(a.Seed)),
				Msg:  "no publication date in front matter or byline; add 'date: YYYY-MM-DD' to its front matter to date its relative expressions",
			})
		}
	}
	return tl, warnings, nil
}

// newExtractor loads the extraction tables, with the user's alias table when
// the seeds folder has one.
func newExtractor(seeds string) (*extract.Extractor, error) {
	name := filepath.Join(seeds, AliasFile)
	f, err := os.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return extract.New()
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	defer f.Close()
	x, err := extract.New(extract.WithAliases(f))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return x, nil
}

// extractAll runs the extractor on every article, one goroutine per core,
// and returns the reports in article order so the result is deterministic.
func extractAll(ctx context.Context, x *extract.Extractor, articles []*ingest.Article) ([]timeline.Event, error) {
	perArticle := make([][]timeline.Event, len(articles))
	g, ctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for i, a := range articles {
		g.Go(func() error {
			if err := ctx.Err(); err != nil {
				return err
			}
			perArticle[i] = x.Article(a)
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	var all []timeline.Event
	for _, r := range perArticle {
		all = append(all, r...)
	}
	return all, nil
}

// seedsName is the seeds folder's own name, used in generated_from so the
// model does not depend on where the folder lies on this machine.
func seedsName(seeds string) string {
	abs, err := filepath.Abs(seeds)
	if err != nil {
		return filepath.ToSlash(filepath.Clean(seeds))
	}
	return filepath.Base(abs)
}

// sourceOf turns an ingested article into the model's Source.
func sourceOf(a *ingest.Article) timeline.Source {
	s := timeline.Source{
		Seed:      a.Seed,
		Title:     a.Meta.Title,
		URL:       a.Meta.URL,
		Publisher: a.Meta.Publisher,
		Author:    a.Meta.Author,
		Lang:      a.Meta.Lang,
		DateFrom:  a.Meta.DateFrom,
		Text:      a.Text,
	}
	if !a.Meta.Date.IsZero() {
		s.Date = a.Meta.Date.Format(time.DateOnly)
	}
	for _, p := range a.Paragraphs {
		s.Paragraphs = append(s.Paragraphs, timeline.Span{Start: p.Start, End: p.End})
	}
	for _, sn := range a.Sentences {
		s.Sentences = append(s.Sentences, timeline.Sentence{
			Span:      timeline.Span{Start: sn.Start, End: sn.End},
			Paragraph: sn.Para,
			Heading:   sn.Para < len(a.Paragraphs) && a.Paragraphs[sn.Para].Heading,
		})
	}
	return s
}
