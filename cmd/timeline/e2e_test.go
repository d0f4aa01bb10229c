package main

import (
	"bytes"
	"context"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"timeline/site/linkcheck"
)

var update = flag.Bool("update", false, "rewrite public/ from seeds/ instead of comparing with it")

// timeline runs the command in-process and returns its exit code and output.
func runTimeline(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(context.Background(), args, stdio{strings.NewReader(""), &out, &errb})
	return code, out.String(), errb.String()
}

var summaryRE = regexp.MustCompile(`(\d+) articles, (\d+) events \((\d+) undated\), (\d+) warnings`)

func TestBuildSeedsEndToEnd(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	code, stdout, stderr := runTimeline(t, "build", "--seeds", "../../seeds", "--out", out)
	if code != exitOK {
		t.Fatalf("build exited %d\n%s%s", code, stdout, stderr)
	}
	m := summaryRE.FindStringSubmatch(stdout)
	if m == nil {
		t.Fatalf("no summary line in %q", stdout)
	}
	if n, _ := strconv.Atoi(m[1]); n != 5 {
		t.Errorf("articles = %d, want 5", n)
	}
	if n, _ := strconv.Atoi(m[2]); n < 10 {
		t.Errorf("events = %d, want at least 10", n)
	}
	problems, err := linkcheck.Check(os.DirFS(out))
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range problems {
		t.Error(p)
	}
}

func TestPublicIsUpToDate(t *testing.T) {
	out := filepath.Join(t.TempDir(), "public")
	if code, stdout, stderr := runTimeline(t, "build", "--seeds", "../../seeds", "--out", out); code != exitOK {
		t.Fatalf("build exited %d\n%s%s", code, stdout, stderr)
	}
	if *update {
		if code, stdout, stderr := runTimeline(t, "build", "--seeds", "../../seeds", "--out", "../../public"); code != exitOK {
			t.Fatalf("build exited %d\n%s%s", code, stdout, stderr)
		}
		return
	}
	for _, d := range diffTrees(t, "../../public", out) {
		t.Errorf("public/ is out of date with the code and seeds (go test ./cmd/timeline -run TestPublicIsUpToDate -update): %s", d)
	}
}

func TestBuildIsDeterministic(t *testing.T) {
	a, b := filepath.Join(t.TempDir(), "a"), filepath.Join(t.TempDir(), "b")
	for _, out := range []string{a, b} {
		if code, _, stderr := runTimeline(t, "build", "--seeds", "../../seeds", "--out", out); code != exitOK {
			t.Fatalf("build exited %d: %s", code, stderr)
		}
	}
	for _, d := range diffTrees(t, a, b) {
		t.Error("two builds differ:", d)
	}
}

func TestExtractPrintsTheModel(t *testing.T) {
	code, stdout, stderr := runTimeline(t, "extract", "--seeds", "../../seeds")
	if code != exitOK {
		t.Fatalf("extract exited %d: %s", code, stderr)
	}
	for _, want := range []string{`"generated_from"`, `"seeds/000_f1b68e1756e4fa61.txt"`, `"events"`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("extract output lacks %s", want)
		}
	}
}

func TestBadSeedsWarnAndTheRestIsBuilt(t *testing.T) {
	seeds := t.TempDir()
	write := func(name, body string) {
		p := filepath.Join(seeds, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("good.txt", "---\ndate: 2020-03-04\n---\nA headline\n\nThe mayor of Lisbon met the Spanish prime minister in Madrid on Monday, officials said.\n")
	write("binary.txt", "\x00\x01\x02\x03PNG\x00")
	write("sub/broken.md", "---\ntitle: [unclosed\n---\nText.\n")
	write("sub/baddate.txt", "---\ndate: not a date at all\n---\nSome text here.\n")
	out := filepath.Join(t.TempDir(), "site")

	code, stdout, stderr := runTimeline(t, "build", "--seeds", seeds, "--out", out)
	if code != exitOK {
		t.Fatalf("build exited %d\n%s%s", code, stdout, stderr)
	}
	for _, name := range []string{"binary.txt", "broken.md:2", "baddate.txt:2"} {
		if !strings.Contains(stderr, name) {
			t.Errorf("no warning naming %s in:\n%s", name, stderr)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "index.html")); err != nil {
		t.Errorf("site not written: %v", err)
	}

	before := snapshot(t, out)
	code, _, stderr = runTimeline(t, "build", "--seeds", seeds, "--out", out, "--strict")
	if code != exitFailure {
		t.Errorf("--strict with warnings exited %d, want %d\n%s", code, exitFailure, stderr)
	}
	if after := snapshot(t, out); after != before {
		t.Error("a failed --strict build changed the previous site")
	}
}

func TestUsageErrors(t *testing.T) {
	for _, args := range [][]string{{}, {"nope"}, {"build", "--no-such-flag"}, {"extract", "stray"}} {
		if code, _, _ := runTimeline(t, args...); code != exitUsage {
			t.Errorf("timeline %v exited %d, want %d", args, code, exitUsage)
		}
	}
}

// TestOutRefusesTheSeedsFolder uses a copy of a seeds folder, so that a
// broken guard could only ever destroy the copy. The other refused folders
// ("/", home, the repository root) are tested against the guard itself in
// package site, never by building into them.
func TestOutRefusesTheSeedsFolder(t *testing.T) {
	seeds := filepath.Join(t.TempDir(), "seeds")
	if err := os.MkdirAll(seeds, 0o755); err != nil {
		t.Fatal(err)
	}
	body := "---\ndate: 2020-03-04\n---\nThe mayor met the minister on Monday.\n"
	if err := os.WriteFile(filepath.Join(seeds, "a.txt"), []byte(body), 0o644); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runTimeline(t, "build", "--seeds", seeds, "--out", seeds)
	if code != exitFailure {
		t.Errorf("--out the seeds folder exited %d, want refusal: %s", code, stderr)
	}
	if data, err := os.ReadFile(filepath.Join(seeds, "a.txt")); err != nil || string(data) != body {
		t.Errorf("the seeds folder was touched: %v", err)
	}
}

// snapshot lists every file under dir with its contents, for comparing trees.
func snapshot(t *testing.T, dir string) string {
	t.Helper()
	var b strings.Builder
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		b.WriteString(p + "\n" + string(data) + "\n")
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return b.String()
}
