package pipeline

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// sharedCorpus returns a corpus folder beside the repository, skipping the
// benchmark when it is absent (a user's clone has no ../shared).
func sharedCorpus(b *testing.B, name string) string {
	dir := filepath.Join("..", "..", "..", "shared", "corpora", name)
	if _, err := os.Stat(dir); err != nil {
		b.Skipf("corpus %s not found (it lives in ../shared beside the repository): %v", dir, err)
	}
	return dir
}

// BenchmarkRun reads and extracts the whole te3-silver corpus (2,452 news
// articles) on all cores: the figure to watch is articles/s, and the
// corpus-seconds metric (the time of one full run) against the target of 2 s.
//
//	go test ./timeline/pipeline -run '^$' -bench Run -benchmem -benchtime 5x
func BenchmarkRun(b *testing.B) {
	dir := sharedCorpus(b, "te3-silver")
	ctx := context.Background()
	var articles, events int
	var peak uint64
	b.ResetTimer()
	for b.Loop() {
		tl, _, err := Run(ctx, Config{Seeds: dir})
		if err != nil {
			b.Fatal(err)
		}
		articles, events = len(tl.Sources), len(tl.Events)
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapSys)
	}
	perRun := b.Elapsed().Seconds() / float64(b.N)
	b.ReportMetric(float64(articles)/perRun, "articles/s")
	b.ReportMetric(perRun, "corpus-s")
	b.ReportMetric(float64(events), "events")
	b.ReportMetric(float64(peak)/(1<<20), "heap-MB")
}
