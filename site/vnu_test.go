package site

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"timeline/timeline"
)

// vnuJar finds the Nu Html Checker: $VNU_JAR, or where
// .ci/install-browser-deps puts it.
func vnuJar(t *testing.T) string {
	candidates := []string{os.Getenv("VNU_JAR")}
	tools := os.Getenv("TIMELINE_TOOLS")
	if tools == "" {
		if cache, err := os.UserCacheDir(); err == nil {
			tools = filepath.Join(cache, "timeline-tools")
		}
	}
	if tools != "" {
		candidates = append(candidates, filepath.Join(tools, "node_modules", "vnu-jar", "build", "dist", "vnu.jar"))
	}
	for _, c := range candidates {
		if c == "" {
			continue
		}
		if _, err := os.Stat(c); err == nil {
			return c
		}
	}
	t.Skip("HTML validation skipped: vnu.jar not found (run .ci/install-browser-deps, or set VNU_JAR)")
	return ""
}

// TestHTMLIsValid runs the Nu Html Checker over rendered sites: the sample,
// the hostile one, and the committed public/ when there is one. Every page,
// the stylesheet and the icon must pass with no error.
func TestHTMLIsValid(t *testing.T) {
	if testing.Short() {
		t.Skip("HTML validation skipped in -short mode")
	}
	java, err := exec.LookPath("java")
	if err != nil {
		t.Skip("HTML validation skipped: java not found (apt-get install default-jre-headless)")
	}
	jar := vnuJar(t)
	var dirs []string
	for name, tl := range map[string]func(testing.TB) *timeline.Timeline{"sample": sampleTimeline, "hostile": hostileTimeline} {
		dir := filepath.Join(t.TempDir(), name)
		if err := Write(context.Background(), tl(t), dir, WithBaseURL("https://example.org/x/")); err != nil {
			t.Fatal(err)
		}
		dirs = append(dirs, dir)
	}
	if _, err := os.Stat(filepath.Join("..", "public", "index.html")); err == nil {
		dirs = append(dirs, filepath.Join("..", "public"))
	}
	// A canary page with known errors proves the checker ran and can fail.
	canary := filepath.Join(t.TempDir(), "canary")
	os.MkdirAll(canary, 0o755)
	if err := os.WriteFile(filepath.Join(canary, "bad.html"), []byte("<!DOCTYPE html><title>x</title><p><div>x</p><time>soon</time>"), 0o644); err != nil {
		t.Fatal(err)
	}
	args := append([]string{"-jar", jar, "--format", "json", "--skip-non-html", "--also-check-css", "--also-check-svg", canary}, dirs...)
	var stdout, stderr bytes.Buffer
	cmd := exec.Command(java, args...)
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	cmd.Run() // exits 1 for the canary; the report says the rest
	var report struct {
		Messages []struct {
			Type, SubType, URL, Message string
			LastLine                    int
		}
	}
	if err := json.Unmarshal(append(stdout.Bytes(), stderr.Bytes()...), &report); err != nil {
		t.Fatalf("reading the checker's report: %v\n%s%s", err, stdout.String(), stderr.String())
	}
	canaryErrors := 0
	for _, m := range report.Messages {
		switch {
		case strings.Contains(m.URL, "/canary/"):
			canaryErrors++
		case m.Type == "error" || m.Type == "non-document-error":
			t.Errorf("%s:%d: %s", m.URL, m.LastLine, m.Message)
		default:
			t.Logf("%s:%d: %s %s: %s", m.URL, m.LastLine, m.Type, m.SubType, m.Message)
		}
	}
	if canaryErrors == 0 {
		t.Error("the checker found nothing wrong with a broken page: is it working?")
	}
}
