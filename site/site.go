// Package site renders a timeline.Timeline as a static website: an index of
// events grouped by year and month, a page per event, per source and per
// person, organization or place, and exports (timeline.json, TimelineJS,
// iCalendar, Atom, sitemap). Every link between pages is relative, so one
// build works from file://, from a sub-path and from a domain root.
//
// The site depends on the model only, never on how it was extracted. Pages
// are html/template files embedded from package templates; WithTemplates lets
// a user override any of them by name (see README.md in this folder).
package site

import (
	"context"
	"fmt"
	"net/url"
	"strings"

	"timeline/timeline"
)

// Option configures Render and Write.
type Option func(*config)

// config is what the options set.
type config struct {
	baseURL   string // absolute, ending in "/"; "" when unknown
	templates string // override folder; "" for the built-in set only
	seedsDir  string // refused as an output folder
	title     string
	err       error // the first invalid option, reported by Render
}

// WithBaseURL gives the absolute address the site is published at
// ("https://user.github.io/repo/"). It is used only where an absolute address
// is required: feeds, the sitemap, robots.txt and canonical links. Links
// between pages stay relative.
func WithBaseURL(u string) Option {
	return func(c *config) {
		p, err := url.Parse(u)
		if err != nil || (p.Scheme != "http" && p.Scheme != "https") || p.Host == "" {
			c.err = fmt.Errorf("base URL %q: want an absolute http(s) address", u)
			return
		}
		p.RawQuery, p.Fragment = "", ""
		if !strings.HasSuffix(p.Path, "/") {
			p.Path += "/"
		}
		c.baseURL = p.String()
	}
}

// WithTemplates names a folder whose files override the built-in templates
// and assets of the same name (index.html, style.css, ...). Files it does not
// have come from the built-in set.
func WithTemplates(dir string) Option {
	return func(c *config) { c.templates = dir }
}

// WithSeedsDir names the seeds folder, which Write then refuses as an output
// folder (or as anything inside the output folder).
func WithSeedsDir(dir string) Option {
	return func(c *config) { c.seedsDir = dir }
}

// WithTitle sets the site's name, shown in every page's header and in feeds
// (default "Timeline").
func WithTitle(title string) Option {
	return func(c *config) {
		if t := strings.TrimSpace(title); t != "" {
			c.title = t
		}
	}
}

func newConfig(opts []Option) (*config, error) {
	c := &config{title: "Timeline"}
	for _, o := range opts {
		o(c)
	}
	return c, c.err
}

// Render renders tl in memory. The result is deterministic: the same timeline
// and options give byte-identical files.
func Render(ctx context.Context, tl *timeline.Timeline, opts ...Option) (Files, error) {
	cfg, err := newConfig(opts)
	if err != nil {
		return nil, fmt.Errorf("site: %w", err)
	}
	if tl == nil {
		return nil, fmt.Errorf("site: no timeline to render")
	}
	r, err := newRenderer(cfg)
	if err != nil {
		return nil, fmt.Errorf("site: %w", err)
	}
	files, err := r.render(ctx, newModel(tl))
	if err != nil {
		return nil, fmt.Errorf("site: %w", err)
	}
	return files, nil
}

// Write renders tl into outDir atomically: everything is rendered into a
// temporary folder beside outDir and moved into place only when complete, so
// a failure leaves the previous site untouched. It refuses an outDir that is
// "/", the user's home, the repository root of the working directory (or any
// folder holding go.mod or .git), the seeds folder, or a folder holding any of
// these; and a non-empty folder that does not look like a built site.
func Write(ctx context.Context, tl *timeline.Timeline, outDir string, opts ...Option) error {
	cfg, err := newConfig(opts)
	if err != nil {
		return fmt.Errorf("site: %w", err)
	}
	if err := checkOutDir(outDir, cfg.seedsDir); err != nil {
		return fmt.Errorf("site: %w", err)
	}
	files, err := Render(ctx, tl, opts...)
	if err != nil {
		return err
	}
	if err := writeAtomically(ctx, files, outDir); err != nil {
		return fmt.Errorf("site: %w", err)
	}
	return nil
}
