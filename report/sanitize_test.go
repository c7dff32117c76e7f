package report

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestSanitize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain text", "plain text"},
		{"keeps\nnewlines\tand tabs", "keeps\nnewlines\tand tabs"},
		{"curly “quotes” — dash, café, 中文, 👍🏽", "curly “quotes” — dash, café, 中文, 👍🏽"},
		{"\x1b[31mred\x1b[0m", "red"},
		{"\x1b[38;2;255;0;0mtrue colour\x1b[m", "true colour"},
		{"\x1b[2J\x1b[Hcleared", "cleared"},
		{"\x1b]0;window title\x07after", "after"},
		{"\x1b]8;;http://evil.example/\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"\x1bPdevice control\x1b\\x", "x"},
		{"\x1b_application\x1b\\x", "x"},
		{"\x1bcreset", "reset"},
		{"\x1b(Bcharset", "charset"},
		{"\x1b", ""},
		{"\x1b[", ""},
		{"\x1b]unterminated title", ""},
		{"\x1b]title\x1b[31mred", "red"},
		{"\u009b31mC1 CSI", "C1 CSI"},
		{"\u009d0;title\u009cafter", "after"},
		{"\u0085next line", "next line"},
		{"bell\x07 back\bspace nul\x00 del\x7f", "bell backspace nul del"},
		{"over\rwrite", "overwrite"},
		{"crlf\r\nline", "crlf\nline"},
		{"abc\u202edcba\u202c", "abcdcba"},
		{"\u2066isolate\u2069", "isolate"},
		{"\u200frlm kept", "\u200frlm kept"},
		{"bad \xff\xfe utf8", "bad \ufffd\ufffd utf8"},
		{"raw 8-bit csi \x9b31m", "raw 8-bit csi \ufffd31m"},
	}
	for _, tt := range tests {
		if got := Sanitize(tt.in); got != tt.want {
			t.Errorf("Sanitize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// checkSanitized fails when s holds anything Sanitize must remove.
func checkSanitized(t *testing.T, in, s string) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("Sanitize(%q) = %q: invalid UTF-8", in, s)
	}
	for _, r := range s {
		if r != '\n' && r != '\t' && (r < 0x20 || r == 0x7f || r >= 0x80 && r <= 0x9f) ||
			r >= 0x202a && r <= 0x202e || r >= 0x2066 && r <= 0x2069 {
			t.Fatalf("Sanitize(%q) = %q: keeps %U", in, s, r)
		}
	}
}

func FuzzSanitize(f *testing.F) {
	for _, s := range hostileText {
		f.Add(s)
	}
	f.Add("\x1b[1;31mbold red\x1b[0m and \x1b]52;c;Y29weQ==\x07 clipboard")
	f.Add("\xc2\x9b\xc2\x9d\xe2\x80\xae")
	f.Fuzz(func(t *testing.T, in string) {
		out := Sanitize(in)
		checkSanitized(t, in, out)
		if again := Sanitize(out); again != out {
			t.Fatalf("not idempotent: %q -> %q -> %q", in, out, again)
		}
		if len(out) > len(in)*3 {
			t.Fatalf("output grew from %d to %d bytes", len(in), len(out))
		}
		// Text without control characters passes unchanged.
		if utf8.ValidString(in) && !strings.ContainsFunc(in, func(r rune) bool { return !keepRune(r) }) && out != in {
			t.Fatalf("changed clean text %q to %q", in, out)
		}
	})
}

func BenchmarkSanitize(b *testing.B) {
	clean := strings.Repeat("The draft currently runs to 28 points, covering security guarantees. ", 20)
	dirty := strings.Repeat("The draft \x1b[31mcurrently\x1b[0m runs to 28 points,\u202e covering. ", 20)
	for _, bc := range []struct{ name, s string }{{"clean", clean}, {"dirty", dirty}} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.s)))
			b.ReportAllocs()
			for b.Loop() {
				Sanitize(bc.s)
			}
		})
	}
}
