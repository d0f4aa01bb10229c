// Package serve is the live preview behind `timeline serve`: it serves the
// last good build of a site from memory, rebuilds when the seeds or templates
// change, and tells open pages to reload through Server-Sent Events. A failed
// build is shown on the page and in the terminal while the last good site
// stays served. The reload script is added to pages only as they are served,
// never to a written site.
package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"io/fs"
	"net/http"
	"path"
	"strings"
	"sync"
	"time"

	"timeline/site"
)

// EventsPath is where open pages listen for rebuilds.
const EventsPath = "/__timeline/events"

// BuildFunc builds the site anew, from the seeds and templates as they now are.
type BuildFunc func(ctx context.Context) (site.Files, error)

// Option configures a Server.
type Option func(*Server)

// WithLog sends build results and errors to w (the terminal).
func WithLog(w io.Writer) Option { return func(s *Server) { s.log = w } }

// WithDebounce sets how long Watch waits for changes to settle before it
// rebuilds (default 200ms): saving several files at once rebuilds once.
func WithDebounce(d time.Duration) Option { return func(s *Server) { s.debounce = d } }

// Server serves a site that is rebuilt while it runs. It is an http.Handler.
type Server struct {
	build    BuildFunc
	log      io.Writer
	debounce time.Duration

	mu      sync.Mutex
	files   site.Files // the last good build; nil before the first
	err     error      // the last build's error; nil when it succeeded
	version int        // counts good builds, so pages know when they are stale
	subs    map[chan struct{}]bool
	closed  bool
}

// New returns a server that builds with build. Call Rebuild once before
// serving, and Watch to rebuild on changes.
func New(build BuildFunc, opts ...Option) *Server {
	s := &Server{build: build, log: io.Discard, debounce: 200 * time.Millisecond, subs: map[chan struct{}]bool{}}
	for _, o := range opts {
		o(s)
	}
	return s
}

// Rebuild builds the site. On success the new site is served and open
// pages reload; on failure the last good site stays and pages show the
// error. Either way the result is logged, and the build's error returned.
func (s *Server) Rebuild(ctx context.Context) error {
	start := time.Now()
	files, err := s.build(ctx)
	s.mu.Lock()
	if err == nil {
		s.files, s.version = files, s.version+1
	}
	s.err = err
	for ch := range s.subs {
		select {
		case ch <- struct{}{}:
		default: // a notice is already pending
		}
	}
	s.mu.Unlock()
	if err != nil {
		fmt.Fprintf(s.log, "build failed (still serving the last good site): %v\n", err)
		return err
	}
	fmt.Fprintf(s.log, "built %d files in %s\n", len(files), time.Since(start).Round(time.Millisecond))
	return nil
}

// Close ends every open event stream, so that http.Server.Shutdown can finish.
func (s *Server) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	for ch := range s.subs {
		close(ch)
		delete(s.subs, ch)
	}
}

// state is a consistent view of the server for one request.
func (s *Server) state() (site.Files, error, int) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.files, s.err, s.version
}

// ServeHTTP serves the event stream and the site's files. Paths are cleaned
// and looked up through fs.FS, which refuses anything outside the site.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	if r.URL.Path == EventsPath {
		s.serveEvents(w, r)
		return
	}
	files, buildErr, version := s.state()
	w.Header().Set("Cache-Control", "no-store")
	if files == nil {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusServiceUnavailable)
		page := `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Build failed</title></head><body><h1>The site could not be built</h1></body></html>`
		w.Write(inject([]byte(page), buildErr, version))
		return
	}
	name, status := resolve(files, r.URL.Path)
	data, err := fs.ReadFile(files.FS(), name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	if strings.HasSuffix(name, ".html") {
		data = inject(data, buildErr, version)
	}
	if status != http.StatusOK {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(status)
		w.Write(data)
		return
	}
	http.ServeContent(w, r, name, time.Time{}, bytes.NewReader(data))
}

// resolve maps a request path to a file of the site: a folder to its
// index.html, a missing file to 404.html with status 404.
func resolve(files site.Files, urlPath string) (string, int) {
	name := strings.TrimPrefix(path.Clean("/"+urlPath), "/")
	if name == "" {
		name = "index.html"
	}
	if _, ok := files[name]; ok {
		return name, http.StatusOK
	}
	if _, ok := files[path.Join(name, "index.html")]; ok {
		return path.Join(name, "index.html"), http.StatusOK
	}
	return "404.html", http.StatusNotFound
}

// inject adds the reload script, and the build error if there is one, at
// the end of a page's body.
func inject(page []byte, buildErr error, version int) []byte {
	msg := ""
	if buildErr != nil {
		msg = buildErr.Error()
	}
	js, _ := json.Marshal(msg)
	var b strings.Builder
	if buildErr != nil {
		fmt.Fprintf(&b, `<div id="timeline-build-error" role="alert" style="%s">Build failed; showing the last good site.<pre style="white-space:pre-wrap;margin:.4em 0 0">%s</pre></div>`,
			bannerStyle, html.EscapeString(msg))
	}
	fmt.Fprintf(&b, reloadScript, version, EventsPath, bannerStyle, js)
	i := bytes.LastIndex(page, []byte("</body>"))
	if i < 0 {
		return append(append([]byte{}, page...), b.String()...)
	}
	out := make([]byte, 0, len(page)+b.Len())
	out = append(out, page[:i]...)
	out = append(out, b.String()...)
	return append(out, page[i:]...)
}

const bannerStyle = "position:fixed;left:0;right:0;bottom:0;z-index:9;max-height:40vh;overflow:auto;margin:0;padding:.8em 1.2em;background:#7a0f0f;color:#fff;font:14px/1.4 monospace"

// reloadScript listens for builds: a new version reloads the page, a failed
// build shows its error. Arguments: version, events path, banner style,
// current error as JSON.
const reloadScript = `<script>(function(){var v=%d,es=new EventSource(%q),st=%q;
function show(m){var d=document.getElementById("timeline-build-error");if(!m){if(d)d.remove();return}
if(!d){d=document.createElement("div");d.id="timeline-build-error";d.setAttribute("role","alert");d.style.cssText=st;document.body.appendChild(d)}
d.textContent="Build failed; showing the last good site.\n"+m;d.style.whiteSpace="pre-wrap"}
es.addEventListener("build",function(e){var s=JSON.parse(e.data);if(s.version!==v){location.reload();return}show(s.error)});
show(%s)})();</script>`
