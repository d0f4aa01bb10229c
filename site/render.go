package site

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"os"

	"timeline/templates"
)

// Page templates, each executed with pageData; each is parsed together with
// layoutFiles, so it can fill the layout's blocks.
var pageTemplates = []string{"index.html", "event.html", "source.html", "entity.html", "names.html", "sources.html", "404.html"}

// layoutFiles hold the shared layout and partials.
var layoutFiles = []string{"layout.html", "partials.html"}

// assetFiles are copied to the site root as they are.
var assetFiles = []string{"style.css", "timeline.js", "favicon.svg"}

// renderer turns the model into files with a parsed set of templates.
type renderer struct {
	cfg   *config
	fsys  fs.FS
	pages map[string]*template.Template
}

func newRenderer(cfg *config) (*renderer, error) {
	fsys := templates.FS()
	if cfg.templates != "" {
		st, err := os.Stat(cfg.templates)
		if err != nil {
			return nil, fmt.Errorf("templates folder: %w", err)
		}
		if !st.IsDir() {
			return nil, fmt.Errorf("templates folder %s is not a folder", cfg.templates)
		}
		fsys = overlay{top: os.DirFS(cfg.templates), base: fsys}
	}
	r := &renderer{cfg: cfg, fsys: fsys, pages: map[string]*template.Template{}}
	funcs := template.FuncMap{"plural": plural}
	for _, name := range pageTemplates {
		files := append(append([]string{}, layoutFiles...), name)
		t, err := template.New(name).Funcs(funcs).ParseFS(fsys, files...)
		if err != nil {
			return nil, fmt.Errorf("template %s: %w", name, err)
		}
		r.pages[name] = t
	}
	return r, nil
}

// overlay reads a file from top, or from base when top has no such file.
type overlay struct{ top, base fs.FS }

func (o overlay) Open(name string) (fs.File, error) {
	f, err := o.top.Open(name)
	if err == nil {
		return f, nil
	}
	if errors.Is(err, fs.ErrNotExist) {
		return o.base.Open(name)
	}
	return nil, err
}

// render produces every file of the site.
func (r *renderer) render(ctx context.Context, m *model) (Files, error) {
	out := Files{}
	for _, name := range assetFiles {
		data, err := fs.ReadFile(r.fsys, name)
		if err != nil {
			return nil, fmt.Errorf("asset %s: %w", name, err)
		}
		out[name] = data
	}
	steps := []func(context.Context, *model, Files) error{r.renderLists, r.renderEvents, r.renderSources, r.renderEntities, r.renderExports}
	for _, step := range steps {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		if err := step(ctx, m, out); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// page fills the parts every page shares.
func (r *renderer) page(path, title, section, description string) pageData {
	p := Page{Site: r.cfg.title, Path: path, Root: rel(path, ""), Title: title, Section: section, Description: description, Lang: "en"}
	if r.cfg.baseURL != "" {
		p.Canonical = r.cfg.baseURL + path
		if path == "index.html" {
			p.Canonical = r.cfg.baseURL
		}
	}
	return r.links(pageData{Page: p})
}

// links fills the navigation and download links, which lead from d.Root.
func (r *renderer) links(d pageData) pageData {
	d.Nav, d.Downloads = nil, nil
	for _, n := range []struct{ href, label, section string }{
		{"index.html", "Timeline", "timeline"}, {"names.html", "People & places", "names"}, {"sources.html", "Sources", "sources"},
	} {
		d.Nav = append(d.Nav, navLink{Href: d.Root + n.href, Label: n.label, Current: n.section == d.Section})
	}
	for _, n := range []struct{ href, label string }{
		{"timeline.json", "timeline.json"}, {"timelinejs.json", "TimelineJS"}, {"events.ics", "Calendar (.ics)"}, {"atom.xml", "Atom feed"},
	} {
		d.Downloads = append(d.Downloads, navLink{Href: d.Root + n.href, Label: n.label})
	}
	return d
}

// execute runs a page template into out at path.
func (r *renderer) execute(out Files, tmpl, path string, data pageData) error {
	var buf bytes.Buffer
	if err := r.pages[tmpl].ExecuteTemplate(&buf, "layout.html", data); err != nil {
		return fmt.Errorf("rendering %s with %s: %w", path, tmpl, err)
	}
	out[path] = buf.Bytes()
	return nil
}

func (r *renderer) renderLists(_ context.Context, m *model, out Files) error {
	d := r.page("index.html", r.cfg.title, "timeline", "A dated, sourced timeline of events reported in the news.")
	d.Index = m.indexPage("index.html")
	if err := r.execute(out, "index.html", "index.html", d); err != nil {
		return err
	}
	d = r.page("names.html", "People, organizations and places", "names", "Everyone and everywhere named in the timeline's events.")
	d.Names = m.namesPage("names.html")
	if err := r.execute(out, "names.html", "names.html", d); err != nil {
		return err
	}
	d = r.page("sources.html", "Sources", "sources", "The articles the timeline is built from.")
	d.Sources = m.sourcesPage("sources.html")
	if err := r.execute(out, "sources.html", "sources.html", d); err != nil {
		return err
	}
	// GitHub Pages serves 404.html at any depth, where relative links would
	// miss: with a base URL the page links absolutely.
	d = r.page("404.html", "Page not found", "", "")
	if r.cfg.baseURL != "" {
		d.Root, d.Canonical = r.cfg.baseURL, ""
		d = r.links(d)
	}
	return r.execute(out, "404.html", "404.html", d)
}

func (r *renderer) renderEvents(ctx context.Context, m *model, out Files) error {
	for i, ei := range m.events {
		if err := ctx.Err(); err != nil {
			return err
		}
		v := m.eventPage(i)
		d := r.page(ei.page, v.Title, "timeline", v.Date+": "+v.Title)
		d.Event = v
		if err := r.execute(out, "event.html", ei.page, d); err != nil {
			return err
		}
	}
	return nil
}

func (r *renderer) renderSources(ctx context.Context, m *model, out Files) error {
	for _, si := range m.sources {
		if err := ctx.Err(); err != nil {
			return err
		}
		v := m.sourcePage(si)
		d := r.page(si.page, v.Title, "sources", "The article "+v.Title+", sentence by sentence, with the events it reports.")
		d.Source = v
		if err := r.execute(out, "source.html", si.page, d); err != nil {
			return err
		}
	}
	return nil
}

func (r *renderer) renderEntities(ctx context.Context, m *model, out Files) error {
	for _, en := range m.entities {
		if err := ctx.Err(); err != nil {
			return err
		}
		v := m.entityPage(en)
		d := r.page(en.page, v.Name, "names", "Events involving "+v.Name+", in timeline order.")
		d.Entity = v
		if err := r.execute(out, "entity.html", en.page, d); err != nil {
			return err
		}
	}
	return nil
}
