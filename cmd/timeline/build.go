package main

import (
	"context"
	"flag"
	"fmt"

	"timeline/site"
	"timeline/timeline"
	"timeline/timeline/ingest"
	"timeline/timeline/pipeline"
)

// runBuild is the "build" command: seeds in, site out.
func runBuild(ctx context.Context, args []string, io stdio) int {
	fs := flag.NewFlagSet("build", flag.ContinueOnError)
	fs.SetOutput(io.err)
	seeds := fs.String("seeds", "seeds", "folder of articles to read")
	out := fs.String("out", "public", "folder to write the site to")
	baseURL := fs.String("base-url", "", "absolute address of the published site, for feeds, sitemap and canonical links")
	templates := fs.String("templates", "", "folder whose files override the built-in templates and assets")
	strict := fs.Bool("strict", false, "fail on any warning")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	tl, warnings, ok := readSeeds(ctx, "build", *seeds, *strict, io)
	if !ok {
		return exitFailure
	}
	opts := []site.Option{site.WithSeedsDir(*seeds)}
	if *baseURL != "" {
		opts = append(opts, site.WithBaseURL(*baseURL))
	}
	if *templates != "" {
		opts = append(opts, site.WithTemplates(*templates))
	}
	if err := site.Write(ctx, tl, *out, opts...); err != nil {
		fmt.Fprintf(io.err, "timeline: build: %v\n", err)
		return exitFailure
	}
	fmt.Fprintf(io.out, "built %s: %s\n", *out, summary(tl, warnings))
	return exitOK
}

// runExtract is the "extract" command: the model as JSON on standard output.
func runExtract(ctx context.Context, args []string, io stdio) int {
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(io.err)
	seeds := fs.String("seeds", "seeds", "folder of articles to read")
	strict := fs.Bool("strict", false, "fail on any warning")
	if code, ok := parseFlags(fs, args); !ok {
		return code
	}
	tl, warnings, ok := readSeeds(ctx, "extract", *seeds, *strict, io)
	if !ok {
		return exitFailure
	}
	data, err := tl.JSON()
	if err == nil {
		_, err = io.out.Write(data)
	}
	if err != nil {
		fmt.Fprintf(io.err, "timeline: extract: %v\n", err)
		return exitFailure
	}
	fmt.Fprintf(io.err, "%s\n", summary(tl, warnings))
	return exitOK
}

// readSeeds runs the pipeline over the seeds folder and prints its
// warnings, one a line; ok is false when the command must fail: the run
// failed, or there were warnings under --strict (then nothing is written).
func readSeeds(ctx context.Context, cmd, seeds string, strict bool, io stdio) (*timeline.Timeline, []ingest.Warning, bool) {
	tl, warnings, err := pipeline.Run(ctx, pipeline.Config{Seeds: seeds})
	printWarnings(io, warnings)
	if err != nil {
		fmt.Fprintf(io.err, "timeline: %s: %v\n", cmd, err)
		return nil, warnings, false
	}
	if strict && len(warnings) > 0 {
		fmt.Fprintf(io.err, "timeline: %s: %d warnings with --strict; nothing written\n", cmd, len(warnings))
		return nil, warnings, false
	}
	return tl, warnings, true
}

// parseFlags parses a command's flags and refuses stray arguments; ok is
// false when the command should stop with code.
func parseFlags(fs *flag.FlagSet, args []string) (code int, ok bool) {
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return exitOK, false
		}
		return exitUsage, false
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(fs.Output(), "timeline %s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		fs.Usage()
		return exitUsage, false
	}
	return exitOK, true
}

// printWarnings writes one line per warning, naming the file and line.
func printWarnings(io stdio, warnings []ingest.Warning) {
	for _, w := range warnings {
		fmt.Fprintf(io.err, "warning: %s\n", w.Error())
	}
}

// summary is the one-line account of a run.
func summary(tl *timeline.Timeline, warnings []ingest.Warning) string {
	undated := 0
	for _, e := range tl.Events {
		if e.Date == nil {
			undated++
		}
	}
	return fmt.Sprintf("%d articles, %d events (%d undated), %d warnings",
		len(tl.Sources), len(tl.Events), undated, len(warnings))
}
