// Command storydiff shows how versions of one news story differ.
//
// Usage:
//
//	storydiff compare [flags] REFERENCE VERSION...
//	storydiff extract [flags] SOURCE...
//	storydiff check [flags] REFERENCE COPY...
//	storydiff trace [flags] URL|FILE
//	storydiff batch --manifest FILE --db FILE [flags]
//	storydiff export --db FILE --format csv|jsonl
//	storydiff stats --db FILE
//	storydiff demo
//
// Run "storydiff help COMMAND" for the flags of a command.
package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
)

// Version is storydiff's version, reported in the User-Agent and --version.
const Version = "0.1.0"

// Exit codes shared by the commands.
const (
	exitOK    = 0
	exitFail  = 1 // check: a copy fails the policy
	exitUsage = 2 // bad command line, or too few sources could be read
)

// stdio bundles the streams a command reads and writes, so tests can run
// commands in-process.
type stdio struct {
	in  io.Reader
	out io.Writer
	err io.Writer
}

// command is one storydiff subcommand.
type command struct {
	name    string
	summary string
	run     func(ctx context.Context, io stdio, args []string) int
}

func commands() []command {
	return []command{
		{"compare", "compare versions of a story with a reference", runCompare},
		{"extract", "print the article text extracted from each source", runExtract},
		{"check", "CI gate: fail when a copy misstates the reference", runCheck},
		{"trace", "find a story's versions in outlets' feeds and check its attributions", runTrace},
		{"demo", "compare the bundled versions of the demo story", runDemo},
		{"batch", "run storydiff over a manifest of many stories into a database", runBatch},
		{"export", "write a table of a batch database as CSV or JSON Lines", runExport},
		{"stats", "print per-outlet divergence rates of a batch database", runStats},
	}
}

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, stdio{os.Stdin, os.Stdout, os.Stderr}, os.Args[1:])
	stop()
	os.Exit(code)
}

func run(ctx context.Context, io stdio, args []string) int {
	if len(args) == 0 {
		usage(io.err)
		return exitUsage
	}
	name := args[0]
	switch name {
	case "-h", "-help", "--help", "help":
		if len(args) > 1 {
			return run(ctx, io, []string{args[1], "--help"})
		}
		usage(io.out)
		return exitOK
	case "-version", "--version", "version":
		fmt.Fprintf(io.out, "storydiff %s\n", Version)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == name {
			return c.run(ctx, io, args[1:])
		}
	}
	fmt.Fprintf(io.err, "storydiff: unknown command %q\n\n", name)
	usage(io.err)
	return exitUsage
}

func usage(w io.Writer) {
	fmt.Fprintln(w, "storydiff shows how versions of one news story differ.")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Usage:")
	fmt.Fprintln(w, "  storydiff COMMAND [flags] [sources]")
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Commands:")
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-8s %s\n", c.name, c.summary)
	}
	fmt.Fprintln(w)
	fmt.Fprintln(w, "Run 'storydiff help COMMAND' for a command's flags.")
}
