package incubation

import (
	"fmt"
	"io"
	"strconv"
	"time"

	"hatchery/ent/admissionassessment"
	"hatchery/ent/tenancyservice"
)

// The programme's inputs, bound to their GraphQL input types in gqlgen.yml.

// AdmissionInput is staff's admission assessment of a case
// (AssessAdmissionInput).
type AdmissionInput struct {
	CentreID   int
	Scores     []ScoreInput
	Outcome    admissionassessment.Outcome
	SpaceID    *int
	Seats      *int
	TermMonths *int
	MentorID   *int
	Comment    *string
}

// ScoreInput is one admission criterion's score (AdmissionScoreInput).
type ScoreInput struct {
	Key   string
	Score int
}

// PlanInput changes a tenancy's mentor, agreement and notes
// (UpdateTenancyPlanInput); nil leaves a field as it is.
type PlanInput struct {
	MentorID            *int
	ClearMentor         *bool
	AgreementDocumentID *int
	Notes               *string
}

// MilestoneInput is a plan milestone (MilestoneInput).
type MilestoneInput struct {
	Key       string
	Title     string
	DueOn     time.Time
	Mandatory bool
}

// ServiceInput is a service received (TenancyServiceInput).
type ServiceInput struct {
	Kind   tenancyservice.Kind
	Title  string
	HeldOn time.Time
	// Hours as a decimal string with at most one decimal, e.g. "1.5".
	Hours string
	Note  *string
}

// CriterionScore is one maturity criterion's score (CriterionScoreInput).
type CriterionScore struct {
	CriterionID int
	Score       int
}

// MaturityInput is a maturity assessment (AssessMaturityInput).
type MaturityInput struct {
	AssessedOn          time.Time
	Scores              []CriterionScore
	Comment             *string
	EvidenceDocumentIDs []int
}

// AlumniInput is a graduate's yearly status (AlumniReportInput).
type AlumniInput struct {
	Year        int
	StillActive bool
	StaffCount  int
	Projects    int
	// FundingWon in fen.
	FundingWon int64
	Note       *string
}

// SpaceStatus is a space's state on the space board (GraphQL SpaceStatus).
type SpaceStatus string

// Space states.
const (
	SpaceAvailable   SpaceStatus = "AVAILABLE"
	SpaceOccupied    SpaceStatus = "OCCUPIED"
	SpaceMaintenance SpaceStatus = "MAINTENANCE"
)

// MarshalGQL writes the status as a GraphQL enum value.
func (s SpaceStatus) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(s))) }

// UnmarshalGQL reads a GraphQL enum value.
func (s *SpaceStatus) UnmarshalGQL(v any) error {
	str, ok := v.(string)
	if !ok {
		return fmt.Errorf("space status must be a string")
	}
	switch SpaceStatus(str) {
	case SpaceAvailable, SpaceOccupied, SpaceMaintenance:
		*s = SpaceStatus(str)
		return nil
	}
	return fmt.Errorf("%q is not a space status", str)
}
