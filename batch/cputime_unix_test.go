//go:build unix

package batch_test

import (
	"syscall"
	"time"
)

// cpuTime returns the processor time, user and system, used by the
// process so far.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
