package main

import (
	"context"
	"fmt"
)

// runCheck implements "storydiff check". (Placeholder.)
func runCheck(ctx context.Context, io stdio, args []string) int {
	fmt.Fprintln(io.err, "storydiff check: not implemented yet")
	return exitUsage
}
