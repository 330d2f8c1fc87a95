// Package reviewdata holds the structured values review panels keep as
// JSON (a rubric, a reviewer's scores). It has no dependencies so that
// ent/schema, internal/review and the programmes share one definition.
package reviewdata

import "math/big"

// Criterion is one criterion of a review rubric. Reviewers score it from
// 0 to MaxScore; a review's total weighs each criterion's share of its
// maximum by Weight (weights sum to 100), so totals run 0–100.
type Criterion struct {
	Key      string `json:"key"`
	Name     string `json:"name"`
	NameEn   string `json:"nameEn"`
	Weight   int    `json:"weight"`
	MaxScore int    `json:"maxScore"`
	Guidance string `json:"guidance"`
}

// Score is a reviewer's score of one criterion, with a comment.
type Score struct {
	Key     string `json:"key"`
	Score   int    `json:"score"`
	Comment string `json:"comment"`
}

// Total is the weighted total of scores against rubric, in tenths of a
// point (0–1000), rounded half up; a criterion without a score counts 0.
// Exact rational arithmetic: a ranking must not depend on rounding order.
func Total(rubric []Criterion, scores []Score) int {
	by := make(map[string]int64, len(scores))
	for _, s := range scores {
		by[s.Key] = int64(s.Score)
	}
	sum, weights := new(big.Rat), int64(0)
	for _, c := range rubric {
		weights += int64(c.Weight)
		if c.MaxScore > 0 {
			sum.Add(sum, big.NewRat(int64(c.Weight)*by[c.Key], int64(c.MaxScore)))
		}
	}
	if weights == 0 {
		return 0
	}
	// tenths = sum / weights * 1000, rounded half up.
	t := new(big.Rat).Mul(sum, big.NewRat(1000, weights))
	n, d := t.Num(), t.Denom()
	q := new(big.Int).Mul(n, big.NewInt(2))
	q.Add(q, d)
	q.Quo(q, new(big.Int).Mul(d, big.NewInt(2)))
	return int(q.Int64())
}
