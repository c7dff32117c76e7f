package align

// Compare aligns ver to ref and lists their divergences.
// (Placeholder: the real aligner replaces this.)
func Compare(ref, ver Document) Comparison {
	return Comparison{}
}

// WordDiff returns a word-level diff of a (reference) and b (version).
// (Placeholder: the real implementation replaces this.)
func WordDiff(a, b string) []Span {
	if a == b {
		return []Span{{Op: SpanEqual, Text: a}}
	}
	return []Span{{Op: SpanDelete, Text: a}, {Op: SpanInsert, Text: b}}
}
