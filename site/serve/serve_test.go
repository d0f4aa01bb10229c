package serve

import (
	"bufio"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"timeline/site"
)

// fakeBuild returns a site whose index says which build made it, or fails
// while fail is set.
type fakeBuild struct {
	n    atomic.Int32
	fail atomic.Bool
}

func (f *fakeBuild) build(context.Context) (site.Files, error) {
	n := f.n.Add(1)
	if f.fail.Load() {
		return nil, errors.New("seeds/bad.txt:3: front matter: <broken>")
	}
	return site.Files{
		"index.html":     []byte("<!DOCTYPE html><html><body><p>build " + string(rune('0'+n)) + "</p></body></html>"),
		"sub/index.html": []byte("<html><body>sub</body></html>"),
		"style.css":      []byte("body{}"),
		"404.html":       []byte("<html><body>not here</body></html>"),
		"events/x.html":  []byte("<html><body>x</body></html>"),
		"timeline.json":  []byte("{}\n"),
	}, nil
}

func get(t *testing.T, url string) (int, string, http.Header) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(body), resp.Header
}

func TestServesTheLastGoodSite(t *testing.T) {
	fb := &fakeBuild{}
	var log strings.Builder
	s := New(fb.build, WithLog(&log))
	if err := s.Rebuild(context.Background()); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(s)
	defer ts.Close()
	defer s.Close()

	code, body, h := get(t, ts.URL+"/")
	if code != 200 || !strings.Contains(body, "build 1") || !strings.Contains(body, EventsPath) {
		t.Errorf("GET / = %d %q", code, body)
	}
	if !strings.HasPrefix(h.Get("Content-Type"), "text/html") {
		t.Errorf("Content-Type = %q", h.Get("Content-Type"))
	}
	if code, body, _ := get(t, ts.URL+"/style.css"); code != 200 || strings.Contains(body, "script") {
		t.Errorf("GET /style.css = %d %q", code, body)
	}
	for _, p := range []string{"/nope.html", "/../../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/events/../../go.mod"} {
		if code, body, _ := get(t, ts.URL+p); code != 404 || !strings.Contains(body, "not here") {
			t.Errorf("GET %s = %d %q, want the 404 page", p, code, body)
		}
	}
	if code, body, _ := get(t, ts.URL+"/sub/"); code != 200 || !strings.Contains(body, "sub") {
		t.Errorf("GET /sub/ = %d %q", code, body)
	}

	fb.fail.Store(true)
	if err := s.Rebuild(context.Background()); err == nil {
		t.Fatal("a failing build reported no error")
	}
	code, body, _ = get(t, ts.URL+"/")
	if code != 200 || !strings.Contains(body, "build 1") || !strings.Contains(body, "timeline-build-error") || !strings.Contains(body, "&lt;broken&gt;") {
		t.Errorf("after a failed build GET / = %d %q", code, body)
	}
	if strings.Contains(body, "<broken>") {
		t.Error("the build error was not escaped")
	}
	if !strings.Contains(log.String(), "build failed") {
		t.Errorf("the terminal was not told: %q", log.String())
	}
}

func TestFirstBuildFailing(t *testing.T) {
	fb := &fakeBuild{}
	fb.fail.Store(true)
	s := New(fb.build)
	s.Rebuild(context.Background())
	ts := httptest.NewServer(s)
	defer ts.Close()
	defer s.Close()
	if code, body, _ := get(t, ts.URL+"/"); code != http.StatusServiceUnavailable || !strings.Contains(body, "front matter") {
		t.Errorf("GET / = %d %q", code, body)
	}
}

// TestEventsAnnounceBuilds reads the event stream across a rebuild.
func TestEventsAnnounceBuilds(t *testing.T) {
	fb := &fakeBuild{}
	s := New(fb.build)
	s.Rebuild(context.Background())
	ts := httptest.NewServer(s)
	defer ts.Close()
	defer s.Close()
	resp, err := http.Get(ts.URL + EventsPath)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		t.Errorf("Content-Type = %q", ct)
	}
	lines := make(chan string, 16)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "data:") {
				lines <- sc.Text()
			}
		}
		close(lines)
	}()
	expect := func(want string) {
		t.Helper()
		select {
		case l := <-lines:
			if !strings.Contains(l, want) {
				t.Errorf("event %q, want %q", l, want)
			}
		case <-time.After(5 * time.Second):
			t.Fatalf("no event with %q", want)
		}
	}
	expect(`"version":1`)
	s.Rebuild(context.Background())
	expect(`"version":2`)
	fb.fail.Store(true)
	s.Rebuild(context.Background())
	expect(`"error":"seeds/bad.txt:3`)
}

// TestWatchRebuilds changes files, in a new sub-folder too, and waits for
// the rebuilds.
func TestWatchRebuilds(t *testing.T) {
	dir := t.TempDir()
	fb := &fakeBuild{}
	s := New(fb.build, WithDebounce(20*time.Millisecond))
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Watch(ctx, dir) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Error(err)
		}
	}()
	waitFor := func(n int32, change func()) {
		t.Helper()
		deadline := time.Now().Add(5 * time.Second)
		for fb.n.Load() < n {
			change()
			if time.Now().After(deadline) {
				t.Fatalf("no rebuild %d after a change", n)
			}
			time.Sleep(100 * time.Millisecond)
		}
	}
	waitFor(1, func() { os.WriteFile(filepath.Join(dir, "a.txt"), []byte("x"), 0o644) })
	sub := filepath.Join(dir, "sub")
	os.MkdirAll(sub, 0o755)
	time.Sleep(100 * time.Millisecond)
	before := fb.n.Load()
	waitFor(before+1, func() { os.WriteFile(filepath.Join(sub, "b.txt"), []byte(time.Now().String()), 0o644) })
	before = fb.n.Load()
	time.Sleep(150 * time.Millisecond)
	os.WriteFile(filepath.Join(dir, ".hidden.swp"), []byte("x"), 0o644)
	time.Sleep(200 * time.Millisecond)
	if fb.n.Load() != before {
		t.Error("an editor's swap file caused a rebuild")
	}
}
