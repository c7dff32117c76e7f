package batch

import (
	"strings"
	"time"

	"github.com/storydiff/storydiff/align"
	"github.com/storydiff/storydiff/crawl"
)

// Version statuses.
const (
	StatusOK    = "ok"
	StatusError = "error"
)

// StoryResult is everything stored for one story.
type StoryResult struct {
	StoryID string
	// Versions holds the reference first, then the other versions, as in
	// Story.Rows. A URL may appear only once.
	Versions []VersionResult
	// Error notes a problem with the story as a whole, such as a
	// reference that could not be read; it is stored in stories.error.
	Error string
}

// VersionResult is one version of a story as stored: what fetching and
// extracting it gave and, unless it is the reference or could not be read,
// its comparison with the reference.
type VersionResult struct {
	URL    string
	Outlet string
	Role   string // RoleReference or RoleVersion
	// Err is why the version could not be read; empty when it was.
	Err string

	Title      string
	Byline     string
	Published  string
	FinalURL   string
	FetchedAt  time.Time
	Warnings   []string
	Words      int
	Paragraphs []string

	// Compared is true when Summary and Divergences hold a comparison
	// with the reference.
	Compared    bool
	Summary     align.Summary
	Divergences []align.Divergence
}

// Status returns StatusError when v.Err is set and StatusOK otherwise.
func (v VersionResult) Status() string {
	if v.Err != "" {
		return StatusError
	}
	return StatusOK
}

// NewVersionResult builds the stored form of the version named by row from
// what reading it produced: the article, or the error that prevented it.
// Comparison is left for SetComparison.
func NewVersionResult(row Row, art crawl.Article, err error) VersionResult {
	v := VersionResult{URL: row.URL, Outlet: row.Outlet, Role: row.Role}
	if v.Role == "" {
		v.Role = RoleVersion
	}
	if err != nil {
		v.Err = err.Error()
		if v.Err == "" {
			v.Err = "unknown error"
		}
		return v
	}
	v.Title = art.Title
	v.Byline = art.Byline
	v.Published = art.Published
	v.FetchedAt = art.FetchedAt
	v.Warnings = art.Warnings
	v.Paragraphs = art.Paragraphs
	if art.URL != row.URL {
		v.FinalURL = art.URL
	}
	for _, p := range art.Paragraphs {
		v.Words += len(strings.Fields(p))
	}
	return v
}

// SetComparison records v's comparison with the reference.
func (v *VersionResult) SetComparison(c align.Comparison) {
	v.Compared = true
	v.Summary = c.Summary
	v.Divergences = c.Divergences
}

// Document returns v's text as an align.Document.
func (v VersionResult) Document() align.Document {
	return align.Document{Source: v.URL, Title: v.Title, Paragraphs: v.Paragraphs}
}

// NewStoryResult assembles a story's result from its reference and other
// versions. When the reference could not be read, Error says so.
func NewStoryResult(storyID string, ref VersionResult, versions []VersionResult) StoryResult {
	ref.Role = RoleReference
	res := StoryResult{StoryID: storyID, Versions: make([]VersionResult, 0, 1+len(versions))}
	res.Versions = append(res.Versions, ref)
	for _, v := range versions {
		if v.Role == "" || v.Role == RoleReference {
			v.Role = RoleVersion
		}
		res.Versions = append(res.Versions, v)
	}
	if ref.Err != "" {
		res.Error = "reference unreadable: " + ref.Err
	}
	return res
}

// CompareStory builds a story's result from the articles read for its
// rows, comparing every readable version with the reference as
// align.Compare does. articles and errs are indexed like story.Rows; errs[i]
// non-nil means row i could not be read. The function does no I/O.
func CompareStory(story Story, articles []crawl.Article, errs []error) StoryResult {
	vr := make([]VersionResult, len(story.Rows))
	for i, row := range story.Rows {
		var art crawl.Article
		var err error
		if i < len(articles) {
			art = articles[i]
		}
		if i < len(errs) {
			err = errs[i]
		}
		if i >= len(articles) && err == nil {
			err = errMissingArticle
		}
		vr[i] = NewVersionResult(row, art, err)
	}
	ref := vr[0]
	if ref.Err == "" {
		// Prepare the reference once for all its versions.
		prepared := align.NewReference(ref.Document())
		for i := 1; i < len(vr); i++ {
			if vr[i].Err == "" {
				vr[i].SetComparison(prepared.Compare(vr[i].Document()))
			}
		}
	}
	return NewStoryResult(story.ID, ref, vr[1:])
}

// errMissingArticle marks a row that CompareStory was given no article for.
const errMissingArticle = errorString("no article was read for this row")

type errorString string

func (e errorString) Error() string { return string(e) }
