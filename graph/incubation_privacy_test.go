package graph_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"hatchery/internal/testdb"
	"hatchery/internal/testenv"
)

// TestAdmissionAssessmentIsStaffsOnly: staff's assessment of an admission
// case (scores, comment, assessor) was read by anyone holding
// tenancy:read — so the party committee, which reads tenancies for its
// coverage work and may not read the case, read the whole assessment by
// passing the case's id. Now only those who may change tenancies read it.
func TestAdmissionAssessmentIsStaffsOnly(t *testing.T) {
	testenv.Dialects(t, func(t *testing.T, d testdb.Dialect) {
		e := testenv.New(t, d)
		atIncubationTime(e, monday)
		w := newIncubationWorld(t, e, map[string]int{"101": 1})
		org, tok := w.newNGO(t, 70)
		caseID := w.acceptedCase(t, org, tok, 1)
		w.assess(t, caseID, map[string]any{"scores": admissionScores(62), "outcome": "WAITLIST",
			"comment": "团队稳定性不足，理事长个人问题较多"})

		q := `query($c:ID!){ admissionAssessment(caseID:$c){ readiness comment scores { key score } } }`
		type assessment struct {
			AdmissionAssessment *struct {
				Readiness int
				Comment   string
			}
		}
		var staff assessment
		e.MustDo(w.staff, q, map[string]any{"c": caseID}, &staff)
		require.NotNil(t, staff.AdmissionAssessment)
		require.Equal(t, 62, staff.AdmissionAssessment.Readiness)
		require.Equal(t, "团队稳定性不足，理事长个人问题较多", staff.AdmissionAssessment.Comment)

		for who, token := range map[string]string{"party": e.Login("party"), "applicant": tok} {
			var out assessment
			errs := e.Do(token, q, map[string]any{"c": caseID}, &out)
			require.Equal(t, []string{"FORBIDDEN"}, errs.Codes(), who)
			require.Nil(t, out.AdmissionAssessment, who)
		}
	})
}
