// Package scores holds the score rows incubation stores as JSON on its
// assessments (ent/schema cannot hold them: the generated code would
// import the schema package). Each row snapshots its criterion, so a later
// change to a scorecard does not rewrite an assessment already made.
package scores

// Maturity is one criterion's score in a maturity assessment, with the
// criterion as it stood then.
type Maturity struct {
	CriterionID int    `json:"criterionID"`
	Key         string `json:"key"`
	NameZh      string `json:"nameZh"`
	NameEn      string `json:"nameEn"`
	Weight      int    `json:"weight"`
	// Score 0–100 on this criterion.
	Score int `json:"score"`
}

// Admission is one readiness criterion's score in an admission assessment.
type Admission struct {
	Key    string `json:"key"`
	Weight int    `json:"weight"`
	Score  int    `json:"score"`
}

// WeightedTenths is the weighted total of scores (0–100) in tenths of a
// point, rounded half up: Σ weight·score / Σ weight, times ten.
func WeightedTenths(weights, values []int) int {
	sw, s := 0, 0
	for i := range weights {
		sw += weights[i]
		s += weights[i] * values[i]
	}
	if sw == 0 {
		return 0
	}
	return (s*10*2 + sw) / (2 * sw)
}
