package main

import "context"

// runServe is the "serve" command. SKELETON: the site's owner replaces it.
func runServe(ctx context.Context, args []string, io stdio) int { return exitFailure }
