package site_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"timeline/site"
	"timeline/site/serve"
)

func TestBrowser(t *testing.T) {
	browser := newBrowser(t)
	shots := screenshotDir(t)
	t.Logf("screenshots in %s", shots)
	dir := filepath.Join(t.TempDir(), "public")
	if err := site.Write(context.Background(), site.SampleTimeline(t), dir); err != nil {
		t.Fatal(err)
	}
	t.Run("file", func(t *testing.T) {
		tb := newTab(t, browser)
		readSite(t, tb, "file://"+filepath.ToSlash(dir)+"/", shots)
		tb.check(t)
	})
	t.Run("http", func(t *testing.T) { browseHTTP(t, browser) })
	t.Run("public", func(t *testing.T) { browsePublic(t, browser, shots) })
	t.Run("no-javascript", func(t *testing.T) { browseWithoutJS(t, browser, dir) })
}

// browseHTTP reads the site from the live server, and sees a rebuild
// reload the open page.
func browseHTTP(t *testing.T, browser context.Context) {
	tb := newTab(t, browser)
	srv := serve.New(func(ctx context.Context) (site.Files, error) { return site.Render(ctx, site.SampleTimeline(t)) })
	if err := srv.Rebuild(context.Background()); err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	defer srv.Close()
	readSite(t, tb, ts.URL+"/", "")
	tb.do(t, "open index", chromedp.Navigate(ts.URL+"/"), chromedp.WaitVisible(chromedp.CSS("#q")), chromedp.Sleep(300*time.Millisecond))
	eval[bool](t, tb, `window.stale = true`)
	if err := srv.Rebuild(context.Background()); err != nil {
		t.Fatal(err)
	}
	if !reloaded(tb, 30*time.Second) {
		t.Error("the open page did not reload after a rebuild")
	}
	tb.check(t)
}

// browsePublic opens the committed site built from seeds/, at both widths.
func browsePublic(t *testing.T, browser context.Context, shots string) {
	public, err := filepath.Abs(filepath.Join("..", "public"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(public, "index.html")); err != nil {
		t.Skip("no built site in public/")
	}
	tb := newTab(t, browser)
	for _, w := range []int64{1280, 375} {
		tb.do(t, "open public/index.html", chromedp.EmulateViewport(w, 900), chromedp.Navigate("file://"+filepath.ToSlash(public)+"/index.html"), chromedp.WaitVisible(chromedp.CSS("#q")))
		if !eval[bool](t, tb, `document.documentElement.scrollWidth <= window.innerWidth`) {
			t.Errorf("public/index.html scrolls sideways at %d px", w)
		}
		tb.shot(t, shots, fmt.Sprintf("public-index-%d", w))
	}
	tb.check(t)
}

// browseWithoutJS checks the page is whole without scripts, and the type
// filter still works.
func browseWithoutJS(t *testing.T, browser context.Context, dir string) {
	tb := newTab(t, browser)
	tb.do(t, "disable scripts", chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}))
	tb.do(t, "open index", chromedp.Navigate("file://"+filepath.ToSlash(dir)+"/index.html"), chromedp.WaitVisible(chromedp.CSS("#f-meeting")))
	if eval[bool](t, tb, `document.getElementById("q").offsetParent !== null`) {
		t.Error("the search box shows without JavaScript, where it cannot work")
	}
	all := eval[int](t, tb, visibleEvents)
	tb.do(t, "untick meetings", chromedp.Click(chromedp.CSS("#f-meeting")))
	if n := eval[int](t, tb, visibleEvents); n != all-3 {
		t.Errorf("without JavaScript, hiding meetings shows %d of %d events, want %d", n, all, all-3)
	}
	tb.check(t)
}

// readSite reads the site the way a person would, from its index at base.
func readSite(t *testing.T, tb *tab, base, shots string) {
	tb.do(t, "open index at 1280 px", chromedp.EmulateViewport(1280, 900), chromedp.Navigate(base+"index.html"), chromedp.WaitVisible(chromedp.CSS("#q")))
	if shots != "" {
		tb.shot(t, shots, "index-1280")
	}
	tb.do(t, "tab to the skip link", chromedp.KeyEvent("\t"))
	if !eval[bool](t, tb, `(() => { const a = document.activeElement, r = a.getBoundingClientRect(), s = getComputedStyle(a);
		return a.classList.contains("skip") && r.left >= 0 && r.width > 0 && s.outlineStyle !== "none"; })()`) {
		t.Error("the first Tab does not show a focused skip link")
	}
	all := eval[int](t, tb, visibleEvents)
	if all != 7 {
		t.Errorf("index shows %d events, want 7", all)
	}
	tb.do(t, "untick meetings", chromedp.Click(chromedp.CSS("#f-meeting")))
	if n := eval[int](t, tb, visibleEvents); n != all-3 {
		t.Errorf("hiding meetings shows %d events, want %d", n, all-3)
	}
	tb.do(t, "tick meetings", chromedp.Click(chromedp.CSS("#f-meeting")), chromedp.SendKeys(chromedp.CSS("#q"), "burns"))
	if n := eval[int](t, tb, visibleEvents); n != 1 {
		t.Errorf("searching 'burns' shows %d events, want 1", n)
	}
	if s := eval[string](t, tb, `document.getElementById("filter-status").textContent`); !strings.Contains(s, "1 of 7") {
		t.Errorf("status says %q", s)
	}
	if shots != "" {
		tb.shot(t, shots, "index-filtered-1280")
	}
	tb.do(t, "follow the event", chromedp.Click(chromedp.CSS(`.ev-title a[href="`+burnsPage+`"]`)), chromedp.WaitVisible(chromedp.CSS(".citations")))
	if shots != "" {
		tb.shot(t, shots, "event-1280")
	}
	tb.do(t, "follow the citation", chromedp.Click(chromedp.CSS(".cite-links a")), chromedp.WaitVisible(chromedp.CSS(".source .body")))
	if loc := eval[string](t, tb, `location.href`); !strings.HasSuffix(loc, "sources/001_kabul.html#s2") {
		t.Errorf("the citation led to %s", loc)
	}
	if s := eval[string](t, tb, `document.querySelector(":target").textContent`); !strings.Contains(s, "William Burns met Abdul Ghani Baradar") {
		t.Errorf("the targeted sentence is %q", s)
	}
	if shots == "" {
		return
	}
	tb.shot(t, shots, "source-1280")
	tb.do(t, "open index at 375 px", chromedp.EmulateViewport(375, 800, chromedp.EmulateMobile), chromedp.Navigate(base+"index.html"), chromedp.WaitVisible(chromedp.CSS("#q")))
	if !eval[bool](t, tb, `document.documentElement.scrollWidth <= window.innerWidth`) {
		t.Error("the index scrolls sideways at 375 px")
	}
	tb.shot(t, shots, "index-375")
	tb.do(t, "open event at 375 px", chromedp.Navigate(base+burnsPage), chromedp.WaitVisible(chromedp.CSS(".citations")))
	if !eval[bool](t, tb, `document.documentElement.scrollWidth <= window.innerWidth`) {
		t.Error("the event page scrolls sideways at 375 px")
	}
	tb.shot(t, shots, "event-375")
	tb.do(t, "dark theme", chromedp.EmulateViewport(1280, 900), chromedp.Func(func(ctx context.Context, tg *chromedp.Target) error {
		_, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: "dark"}}})
		return err
	}), chromedp.Navigate(base+"index.html"), chromedp.WaitVisible(chromedp.CSS("#q")))
	tb.shot(t, shots, "index-dark-1280")
}

// reloaded waits for the page to lose the mark set on window before a rebuild.
func reloaded(tb *tab, wait time.Duration) bool {
	for deadline := time.Now().Add(wait); time.Now().Before(deadline); time.Sleep(100 * time.Millisecond) {
		ctx, cancel := context.WithTimeout(tb.ctx, time.Second)
		stale, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.stale === true || document.readyState !== "complete"`))
		cancel()
		if err == nil && !stale {
			return true
		}
	}
	return false
}
