package main

import "context"

// runTimex is the "timex" command. SKELETON: the tagger's owner replaces it.
func runTimex(ctx context.Context, args []string, io stdio) int { return exitFailure }
