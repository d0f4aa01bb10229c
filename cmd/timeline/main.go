// Command timeline turns a folder of news articles into a dated, sourced,
// browsable timeline website. It is a thin layer over the packages that do the
// work: see the README for the commands and their flags.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
)

// Exit codes of the contract.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// stdio carries the streams a command writes to, so tests can capture them.
type stdio struct {
	in       io.Reader
	out, err io.Writer
}

// command is one sub-command: it parses its own flags from args.
type command struct {
	name, usage string
	run         func(ctx context.Context, args []string, io stdio) int
}

func commands() []command {
	return []command{
		{"build", "build [--seeds DIR] [--out DIR] [--base-url URL] [--templates DIR] [--strict]", runBuild},
		{"extract", "extract [--seeds DIR] [--strict]", runExtract},
		{"timex", "timex [--dct YYYY-MM-DD] [FILE] | timex --timeml IN_DIR OUT_DIR", runTimex},
		{"serve", "serve [--seeds DIR] [--addr 127.0.0.1:1313] [--templates DIR]", runServe},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	code := run(ctx, os.Args[1:], stdio{os.Stdin, os.Stdout, os.Stderr})
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, io stdio) int {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(io.err)
		if len(args) == 0 {
			return exitUsage
		}
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(ctx, args[1:], io)
		}
	}
	fmt.Fprintf(io.err, "timeline: unknown command %q\n", args[0])
	usage(io.err)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "usage: timeline COMMAND [flags]")
	for _, c := range commands() {
		fmt.Fprintf(w, "  timeline %s\n", c.usage)
	}
}
