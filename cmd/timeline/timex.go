package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"timeline/timeline/ingest"
	"timeline/timeline/timex"
	"timeline/timeline/timex/timeml"
)

// runTimex is the "timex" command: tags one plain-text file (or standard
// input) as JSON, or a folder of TimeML files into another folder.
func runTimex(ctx context.Context, args []string, io stdio) int {
	fs := flag.NewFlagSet("timex", flag.ContinueOnError)
	fs.SetOutput(io.err)
	dctFlag := fs.String("dct", "", "document date `YYYY-MM-DD` (default: found in the text)")
	tml := fs.Bool("timeml", false, "tag every TimeML file of IN_DIR into OUT_DIR")
	dayFirst := fs.String("day-first", "", "read ambiguous numeric dates day first (true) or month first (false); default: by each document's convention")
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return exitOK
		}
		return exitUsage
	}
	var opts []timex.Option
	if *dayFirst != "" {
		opts = append(opts, timex.WithDayFirst(*dayFirst == "true"))
	}
	tg := timex.New(opts...)
	if *tml {
		if fs.NArg() != 2 || *dctFlag != "" {
			fmt.Fprintln(io.err, "usage: timeline timex --timeml IN_DIR OUT_DIR")
			return exitUsage
		}
		if err := tagTimeML(ctx, tg, fs.Arg(0), fs.Arg(1), io); err != nil {
			fmt.Fprintf(io.err, "timeline timex: %v\n", err)
			return exitFailure
		}
		return exitOK
	}
	if fs.NArg() > 1 {
		fmt.Fprintln(io.err, "usage: timeline timex [--dct YYYY-MM-DD] [FILE]")
		return exitUsage
	}
	var dct time.Time
	if *dctFlag != "" {
		d, err := time.Parse("2006-01-02", *dctFlag)
		if err != nil {
			fmt.Fprintf(io.err, "timeline timex: --dct: %v\n", err)
			return exitUsage
		}
		dct = d
	}
	if err := tagText(tg, fs.Arg(0), dct, io); err != nil {
		fmt.Fprintf(io.err, "timeline timex: %v\n", err)
		return exitFailure
	}
	return exitOK
}

// jsonTimex is one expression as the contract prints it.
type jsonTimex struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Type  string `json:"type"`
	Value string `json:"value"`
	Mod   string `json:"mod,omitempty"`
}

// tagText tags a file (or standard input when name is empty) as JSON.
func tagText(tg *timex.Tagger, name string, dct time.Time, io stdio) error {
	var src []byte
	var err error
	if name == "" || name == "-" {
		src, err = readAll(io.in)
	} else {
		src, err = os.ReadFile(name)
	}
	if err != nil {
		return fmt.Errorf("read: %w", err)
	}
	text, fmDate := skipFrontMatter(name, src)
	if dct.IsZero() {
		dct = fmDate
	}
	if dct.IsZero() {
		dct, _ = tg.DocumentDate(text)
	}
	out := []jsonTimex{}
	for _, x := range tg.Tag(text, dct) {
		out = append(out, jsonTimex{x.Start, x.End, x.Text, x.Type, x.Value, x.Mod})
	}
	enc := json.NewEncoder(io.out)
	enc.SetIndent("", "  ")
	if err := enc.Encode(out); err != nil {
		return fmt.Errorf("write: %w", err)
	}
	return nil
}

// skipFrontMatter blanks out a seed's front matter, keeping every other byte
// where it was so that offsets still index the input, and returns the date
// the front matter gives (zero if none).
func skipFrontMatter(name string, src []byte) (string, time.Time) {
	a, _ := ingest.Parse(filepath.Base(name), src)
	if a == nil || a.BodyStart == 0 {
		return string(src), time.Time{}
	}
	b := []byte(a.Text)
	for i := 0; i < a.BodyStart; i++ {
		if b[i] != '\n' && b[i] != '\r' {
			b[i] = ' '
		}
	}
	var date time.Time
	if a.Meta.DateFrom == "front matter" {
		date = a.Meta.Date
	}
	return string(b), date
}

// readAll is io.ReadAll under a name the commands' stdio parameter, called
// io, does not shadow.
func readAll(r io.Reader) ([]byte, error) { return io.ReadAll(r) }

// tagTimeML tags every file under in into the same path under out.
// Files without a <TEXT> element are skipped with a warning.
func tagTimeML(ctx context.Context, tg *timex.Tagger, in, out string, io stdio) error {
	return filepath.WalkDir(in, func(path string, e fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			return nil
		}
		rel, err := filepath.Rel(in, path)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		raw, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("read: %w", err)
		}
		doc, err := timeml.Parse(path, raw)
		if errors.Is(err, timeml.ErrNoText) {
			fmt.Fprintf(io.err, "timeline timex: skipped %v\n", err)
			return nil
		}
		if err != nil {
			return err
		}
		dct := doc.DCT
		if dct.IsZero() { // no date in <DCT> or <DOCID>: the byline's, if any
			dct, _ = tg.DocumentDate(doc.Text)
		}
		var tags []timeml.Tag
		for _, x := range tg.Tag(doc.Text, dct) {
			tags = append(tags, timeml.Tag{Start: x.Start, End: x.End, Type: x.Type, Value: x.Value, Mod: x.Mod})
		}
		dst := filepath.Join(out, rel)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		if err := os.WriteFile(dst, doc.Write(tags), 0o644); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		return nil
	})
}
