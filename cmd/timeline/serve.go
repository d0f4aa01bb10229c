package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"time"

	"timeline/site"
	"timeline/site/serve"
	"timeline/timeline/pipeline"
)

// runServe is the "serve" command: build in memory, serve on a loopback
// address, rebuild when seeds or templates change and reload open pages.
func runServe(ctx context.Context, args []string, io stdio) int {
	fl := flag.NewFlagSet("serve", flag.ContinueOnError)
	fl.SetOutput(io.err)
	addr := fl.String("addr", "127.0.0.1:1313", "address to serve on")
	seeds := fl.String("seeds", "seeds", "folder of articles to read and watch")
	templates := fl.String("templates", "", "folder whose files override the built-in templates and assets (watched too)")
	if err := fl.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return exitOK
		}
		return exitUsage
	}
	if fl.NArg() > 0 {
		fmt.Fprintf(io.err, "timeline serve: unexpected argument %q\n", fl.Arg(0))
		return exitUsage
	}
	if st, err := os.Stat(*seeds); err != nil || !st.IsDir() {
		fmt.Fprintf(io.err, "timeline serve: seeds folder %s: not found\n", *seeds)
		return exitFailure
	}
	var opts []site.Option
	watched := []string{*seeds}
	if *templates != "" {
		opts = append(opts, site.WithTemplates(*templates))
		watched = append(watched, *templates)
	}
	build := func(ctx context.Context) (site.Files, error) {
		tl, warnings, err := pipeline.Run(ctx, pipeline.Config{Seeds: *seeds})
		for _, w := range warnings {
			fmt.Fprintf(io.err, "warning: %s\n", w.Error())
		}
		if err != nil {
			return nil, err
		}
		return site.Render(ctx, tl, opts...)
	}
	srv := serve.New(build, serve.WithLog(io.err))
	srv.Rebuild(ctx) // a failure is shown in the page; the server still starts
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		fmt.Fprintf(io.err, "timeline serve: %v\n", err)
		return exitFailure
	}
	return serveUntilDone(ctx, srv, ln, watched, io)
}

// serveUntilDone serves and watches until ctx ends (Ctrl-C).
func serveUntilDone(ctx context.Context, srv *serve.Server, ln net.Listener, watched []string, io stdio) int {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	hs := &http.Server{Handler: srv, ReadHeaderTimeout: 10 * time.Second}
	go func() {
		if err := srv.Watch(ctx, watched...); err != nil {
			fmt.Fprintf(io.err, "timeline serve: %v (changes will not be picked up)\n", err)
		}
	}()
	go func() {
		<-ctx.Done()
		srv.Close()
		shutdown, stop := context.WithTimeout(context.Background(), 5*time.Second)
		defer stop()
		hs.Shutdown(shutdown)
	}()
	fmt.Fprintf(io.out, "serving http://%s/ (watching %v; Ctrl-C to stop)\n", ln.Addr(), watched)
	if err := hs.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
		fmt.Fprintf(io.err, "timeline serve: %v\n", err)
		return exitFailure
	}
	return exitOK
}
