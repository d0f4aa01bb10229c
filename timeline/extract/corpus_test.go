package extract

import (
	"context"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"sync"
	"testing"
	"time"

	"timeline/timeline"
	"timeline/timeline/ingest"
)

// sharedDir is the shared folder beside the repository ("../shared" from
// the repository root), or "" when it is absent.
func sharedDir(tb testing.TB) string {
	dir, err := os.Getwd()
	if err != nil {
		tb.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			break
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
	shared := filepath.Join(dir, "..", "shared")
	if _, err := os.Stat(shared); err != nil {
		return ""
	}
	return shared
}

// readCorpus reads every article of a shared corpus, or skips the test.
func readCorpus(tb testing.TB, name string) []*ingest.Article {
	shared := sharedDir(tb)
	if shared == "" {
		tb.Skip("../shared is absent: no corpus " + name)
	}
	arts, _, err := ingest.ReadDir(context.Background(), filepath.Join(shared, "corpora", name))
	if err != nil {
		tb.Skipf("corpus %s: %v", name, err)
	}
	return arts
}

// extractAll runs Article over the articles on every core, as the pipeline
// does, and returns the reports in article order.
func extractAll(x *Extractor, arts []*ingest.Article) [][]timeline.Event {
	out := make([][]timeline.Event, len(arts))
	next := make(chan int)
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				out[i] = x.Article(arts[i])
			}
		}()
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	return out
}

// BenchmarkExtract extracts all of te3-silver (2,452 articles) on every
// core. Run it with
//
//	go test -run '^$' -bench Extract -benchtime 3x ./timeline/extract/
func BenchmarkExtract(b *testing.B) {
	arts := readCorpus(b, "te3-silver")
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	bytes := 0
	for _, a := range arts {
		bytes += len(a.Text)
	}
	b.SetBytes(int64(bytes))
	b.ReportAllocs()
	b.ResetTimer()
	start := time.Now()
	n := 0
	for b.Loop() {
		extractAll(x, arts)
		n++
	}
	elapsed := time.Since(start)
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(len(arts)*n)/elapsed.Seconds(), "articles/s")
	b.ReportMetric(float64(ms.Sys)/(1<<20), "MiB-sys")
}

// TestCorpusStats prints what the extractor finds in tbaq-text: events per
// article, the share of each type, the share undated, and 30 events drawn
// at random (fixed seed) to be read by a person. Set EXTRACT_STATS=1.
func TestCorpusStats(t *testing.T) {
	if os.Getenv("EXTRACT_STATS") == "" {
		t.Skip("set EXTRACT_STATS=1 to print corpus statistics")
	}
	corpus := os.Getenv("EXTRACT_CORPUS") // another corpus while tuning
	if corpus == "" {
		corpus = "tbaq-text"
	}
	arts := readCorpus(t, corpus)
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var all []timeline.Event
	for _, evs := range extractAll(x, arts) {
		all = append(all, evs...)
	}
	merged := Merge(all)
	types, undated := map[timeline.EventType]int{}, 0
	for _, e := range merged {
		types[e.Type]++
		if e.Date == nil {
			undated++
		}
	}
	fmt.Printf("%d articles, %d reports, %d events: %.2f events per article, %.1f%% undated\n",
		len(arts), len(all), len(merged), float64(len(merged))/float64(len(arts)), 100*float64(undated)/float64(len(merged)))
	var keys []string
	for ty := range types {
		keys = append(keys, string(ty))
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %-12s %5d  %5.1f%%\n", k, types[timeline.EventType(k)], 100*float64(types[timeline.EventType(k)])/float64(len(merged)))
	}
	seed, _ := strconv.ParseUint(os.Getenv("EXTRACT_SAMPLE"), 10, 64) // another sample while tuning
	r := rand.New(rand.NewPCG(4, 2+seed))
	for range 30 {
		e := merged[r.IntN(len(merged))]
		date := "undated"
		if e.Date != nil {
			date = e.Date.Earliest + ".." + e.Date.Latest
		}
		fmt.Printf("\n%s | %s | %s | %v | %s\n   %s\n", e.Type, e.Title, date, e.Participants, e.Place, e.Sources[0].Sentence)
	}
}

// TestCorpusList prints every event of one type found in tbaq-text
// (EXTRACT_LIST=meeting), for reading.
func TestCorpusList(t *testing.T) {
	ty := os.Getenv("EXTRACT_LIST")
	if ty == "" {
		t.Skip("set EXTRACT_LIST=TYPE to list a type's events")
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var all []timeline.Event
	for _, evs := range extractAll(x, readCorpus(t, "tbaq-text")) {
		all = append(all, evs...)
	}
	for _, e := range Merge(all) {
		if string(e.Type) == ty {
			fmt.Printf("%s | %v | %s\n   %s\n", e.Title, e.Participants, e.Place, e.Sources[0].Sentence)
		}
	}
}
