package main

import (
	"context"
	"fmt"
)

func runCompare(ctx context.Context, io stdio, args []string) int {
	fmt.Fprintln(io.err, "storydiff compare: not implemented yet")
	return exitUsage
}

func runExtract(ctx context.Context, io stdio, args []string) int {
	fmt.Fprintln(io.err, "storydiff extract: not implemented yet")
	return exitUsage
}

func runDemo(ctx context.Context, io stdio, args []string) int {
	fmt.Fprintln(io.err, "storydiff demo: not implemented yet")
	return exitUsage
}
