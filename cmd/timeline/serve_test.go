package main

import (
	"bufio"
	"context"
	"io"
	"net/http"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestServeServesTheSeedsAndStopsCleanly starts the command on a free
// loopback port, fetches the index, and stops it as Ctrl-C would.
func TestServeServesTheSeedsAndStopsCleanly(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	outR, outW := io.Pipe()
	done := make(chan int, 1)
	go func() {
		done <- runServe(ctx, []string{"--seeds", "../../seeds", "--addr", "127.0.0.1:0"}, stdio{strings.NewReader(""), outW, io.Discard})
		outW.Close()
	}()
	line, err := bufio.NewReader(outR).ReadString('\n')
	if err != nil {
		t.Fatalf("no 'serving' line: %v", err)
	}
	go io.Copy(io.Discard, outR)
	m := regexp.MustCompile(`serving (http://\S+/)`).FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("unexpected first line %q", line)
	}
	client := &http.Client{Timeout: 10 * time.Second}
	for page, want := range map[string]int{"": 200, "timeline.json": 200, "no-such-page.html": 404} {
		resp, err := client.Get(m[1] + page)
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != want {
			t.Errorf("GET /%s: %d, want %d", page, resp.StatusCode, want)
		}
		if page == "" && !strings.Contains(string(body), "William Burns") {
			t.Error("the served index does not list the seeds' events")
		}
	}
	cancel()
	select {
	case code := <-done:
		if code != exitOK {
			t.Errorf("serve exited %d after Ctrl-C, want %d", code, exitOK)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("serve did not stop after its context ended")
	}
}

func TestServeRefusesAMissingSeedsFolder(t *testing.T) {
	if code, _, _ := runTimeline(t, "serve", "--seeds", t.TempDir()+"/none", "--addr", "127.0.0.1:0"); code != exitFailure {
		t.Errorf("serve with no seeds folder exited %d, want %d", code, exitFailure)
	}
}
