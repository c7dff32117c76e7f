package batch

import (
	"context"
	"database/sql"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"text/tabwriter"

	"github.com/storydiff/storydiff/align"
)

// OutletStats summarises the versions of one outlet. Only versions that
// are not a story's reference count.
type OutletStats struct {
	Outlet string `json:"outlet"`
	// Versions is the number of versions compared with their reference.
	Versions int `json:"versions"`
	// Errors is the number of versions that could not be read.
	Errors int `json:"errors"`
	// WithMaterial is the number of compared versions with at least one
	// material divergence.
	WithMaterial int `json:"with_material"`
	// WithHigh is the number of compared versions with at least one
	// material divergence of high confidence (align.HighConfidence or
	// more): the versions that most surely changed a claim.
	WithHigh int `json:"with_high"`
	// Material and Cosmetic count divergences.
	Material int `json:"material"`
	Cosmetic int `json:"cosmetic"`
	// Facets counts, by facet, the compared versions with at least one
	// material divergence of that facet.
	Facets map[align.Facet]int `json:"facets"`
}

// Rate returns the share of compared versions with a material divergence.
func (o OutletStats) Rate() float64 { return ratio(o.WithMaterial, o.Versions) }

// PerVersion returns the mean number of material divergences per
// compared version.
func (o OutletStats) PerVersion() float64 { return ratio(o.Material, o.Versions) }

// FacetRate returns the share of compared versions with a material
// divergence of facet f.
func (o OutletStats) FacetRate(f align.Facet) float64 { return ratio(o.Facets[f], o.Versions) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// Stats returns divergence figures per outlet, ordered by outlet name.
// Versions whose outlet is unknown are grouped under "".
func (s *Store) Stats(ctx context.Context) ([]OutletStats, error) {
	var out []OutletStats
	index := map[string]int{}
	err := s.eachRow(ctx, statsQuery, nil, func(rows *sql.Rows) error {
		o := OutletStats{Facets: map[align.Facet]int{}}
		if err := rows.Scan(&o.Outlet, &o.Versions, &o.Errors, &o.WithMaterial, &o.Material, &o.Cosmetic); err != nil {
			return err
		}
		index[o.Outlet] = len(out)
		out = append(out, o)
		return nil
	})
	if err == nil {
		err = s.eachRow(ctx, facetQuery, nil, func(rows *sql.Rows) error {
			var outlet, facet string
			var n int
			if err := rows.Scan(&outlet, &facet, &n); err != nil {
				return err
			}
			if i, ok := index[outlet]; ok {
				out[i].Facets[align.Facet(facet)] = n
			}
			return nil
		})
	}
	if err == nil {
		err = s.eachRow(ctx, highQuery, []any{align.HighConfidence}, func(rows *sql.Rows) error {
			var outlet string
			var n int
			if err := rows.Scan(&outlet, &n); err != nil {
				return err
			}
			if i, ok := index[outlet]; ok {
				out[i].WithHigh = n
			}
			return nil
		})
	}
	if err != nil {
		return nil, fmt.Errorf("stats of %s: %w", s.path, err)
	}
	return out, nil
}

// eachRow runs query with args and calls row for each row of the result,
// stopping at the first error.
func (s *Store) eachRow(ctx context.Context, query string, args []any, row func(*sql.Rows) error) error {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows); err != nil {
			return err
		}
	}
	return rows.Err()
}

// highQuery counts, per outlet, the compared versions with at least one
// material divergence of confidence ? or more.
const highQuery = `
SELECT v.outlet, COUNT(*)
FROM versions AS v
WHERE v.role = 'version' AND v.compared AND EXISTS (
	SELECT 1 FROM divergences AS d
	WHERE d.story_id = v.story_id AND d.url = v.url AND d.material = 1 AND d.confidence >= ?)
GROUP BY v.outlet`

// statsQuery counts the non-reference versions of each outlet.
const statsQuery = `
SELECT outlet,
	COALESCE(SUM(compared), 0),
	COALESCE(SUM(status = 'error'), 0),
	COALESCE(SUM(compared AND material > 0), 0),
	COALESCE(SUM(CASE WHEN compared THEN material ELSE 0 END), 0),
	COALESCE(SUM(CASE WHEN compared THEN cosmetic ELSE 0 END), 0)
FROM versions
WHERE role = 'version'
GROUP BY outlet
ORDER BY outlet`

// facetQuery counts, per outlet and facet, the compared versions with at
// least one material divergence of the facet.
const facetQuery = `
SELECT v.outlet, d.facet, COUNT(*)
FROM (SELECT DISTINCT story_id, url, facet FROM divergences WHERE material = 1) AS d
JOIN versions AS v ON v.story_id = d.story_id AND v.url = d.url
WHERE v.role = 'version' AND v.compared
GROUP BY v.outlet, d.facet`

// WriteStats writes stats as a plain-text table: one line per outlet with
// its counts, the share of versions with a material divergence, the number
// with a high-confidence one, material divergences per version, and the
// facets most often altered with the share of versions showing each. Outlet names are quoted when they hold
// anything but printable text.
func WriteStats(w io.Writer, stats []OutletStats) error {
	tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "OUTLET\tVERSIONS\tERRORS\tWITH MATERIAL\tRATE\tWITH HIGH\tPER VERSION\tTOP FACETS")
	for _, o := range stats {
		name := o.Outlet
		if name == "" {
			name = "(unknown)"
		} else if strconv.Quote(name) != `"`+name+`"` || strings.ContainsAny(name, "\t") {
			name = strconv.Quote(name)
		}
		fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%.1f%%\t%d\t%.2f\t%s\n",
			name, o.Versions, o.Errors, o.WithMaterial, 100*o.Rate(), o.WithHigh, o.PerVersion(), topFacets(o, 3))
	}
	if err := tw.Flush(); err != nil {
		return fmt.Errorf("write stats: %w", err)
	}
	return nil
}

// topFacets names the n facets found in the most versions of o with the
// share of versions for each, such as "number 40%, quote 20%".
func topFacets(o OutletStats, n int) string {
	fs := make([]align.Facet, 0, len(o.Facets))
	for f := range o.Facets {
		fs = append(fs, f)
	}
	slices.SortFunc(fs, func(a, b align.Facet) int {
		if o.Facets[a] != o.Facets[b] {
			return o.Facets[b] - o.Facets[a]
		}
		return strings.Compare(string(a), string(b))
	})
	if len(fs) > n {
		fs = fs[:n]
	}
	parts := make([]string, len(fs))
	for i, f := range fs {
		parts[i] = fmt.Sprintf("%s %.0f%%", f, 100*o.FacetRate(f))
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, ", ")
}
