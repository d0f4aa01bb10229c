package main

import "context"

// runBuild is the "build" command.
func runBuild(ctx context.Context, args []string, io stdio) int { return exitFailure }

// runExtract is the "extract" command.
func runExtract(ctx context.Context, args []string, io stdio) int { return exitFailure }
