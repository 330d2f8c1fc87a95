package grant

import (
	"fmt"
	"io"
	"strconv"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/award"
	"hatchery/ent/organization"
)

// Problem is one reason an organisation may not apply to a call.
type Problem struct {
	Code    string
	Message string
}

// Eligibility is the result of the check an organisation runs before it
// writes anything: every reason at once.
type Eligibility struct {
	Eligible bool
	Problems []Problem
}

// EligibilityRules is a call's own eligibility rules as the API shows them.
type EligibilityRules struct {
	OrgKinds            []organization.Kind
	MinMonthsRegistered int
}

// FundLine is one line of a call's budget.
type FundLine struct {
	FundBudget *gen.FundBudget
	Amount     int64
	Committed  int64
}

// Answer is an answer to one of a call's own questions, with its label.
type Answer struct {
	Key, Label, Value string
}

// Material is one line of a proposal's checklist and its documents.
type Material struct {
	Key, Name string
	Documents []MaterialDocument
}

// MaterialDocument is a document of a proposal's checklist, at the
// version the case was given; its link is signed (and audited) only when
// asked for (MaterialURL).
type MaterialDocument struct {
	ID        int
	VersionID int
	Title     string
	FileName  string
}

// Ranked is a proposal's place in its call's ranked list.
type Ranked struct {
	Rank             int
	Proposal         *gen.Proposal
	OrganizationName string
	Requested        int64
	ReviewsDone      int
	ReviewsAssigned  int
	Mean             *string
	TrimmedMean      *string
	Spread           *string
	Disagreement     bool
	Award            *gen.Award
}

// Decision is one decision of a batch: an award (Amount set) or a
// rejection with Reason.
type Decision struct {
	ProposalID int
	Amount     *int64
	Conditions string
	Reason     string
}

// BatchResult is what a batch of decisions did.
type BatchResult struct {
	Awarded, Rejected int
	Available         int64
}

// PublicCall is a call as the public page shows it.
type PublicCall struct {
	ID                 int
	Year               int
	Title              string
	Description        string
	Categories         []string
	MinAmount          int64
	MaxAmount          int64
	OpensAt            time.Time
	ClosesAt           time.Time
	Phase              Phase
	Budget             int64
	Awards             []PublicAward
	AnnouncedOn        *time.Time
	AnnouncementEndsOn *time.Time
}

// PublicAward is an award as the public page shows it: the organisation,
// the project and the amount, nothing else.
type PublicAward struct {
	OrganizationName string
	ProjectTitle     string
	Category         string
	Amount           int64
	Status           award.Status
}

// KeyCount is a count of proposals and their money under one key.
type KeyCount struct {
	Key       string
	Count     int
	Requested int64
	Awarded   int64
}

// ScoreBucket counts proposals whose mean score falls in [From, From+10).
type ScoreBucket struct {
	From, Count int
}

// CallStats are a call's figures.
type CallStats struct {
	Proposals, Submitted int
	Requested, Awarded   int64
	ByCategory, ByTown   []KeyCount
	ReviewsAssigned      int
	ReviewsDone          int
	ScoreDistribution    []ScoreBucket
}

// KeyAmount is money under one key.
type KeyAmount struct {
	Key    string
	Amount int64
}

// YearStats are a year's awards by fund and category.
type YearStats struct {
	Year       int
	Awards     int
	Awarded    int64
	ByFund     []KeyAmount
	ByCategory []KeyAmount
}

// Phase is where a call stands.
type Phase string

// A call's phases.
const (
	PhaseDraft    Phase = "DRAFT"
	PhaseUpcoming Phase = "UPCOMING"
	PhaseOpen     Phase = "OPEN"
	PhaseClosed   Phase = "CLOSED"
)

// MarshalGQL writes the phase as a GraphQL enum value.
func (p Phase) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(p))) }

// UnmarshalGQL reads a phase.
func (p *Phase) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("phase must be a string")
	}
	switch Phase(s) {
	case PhaseDraft, PhaseUpcoming, PhaseOpen, PhaseClosed:
		*p = Phase(s)
		return nil
	}
	return fmt.Errorf("%q is not a call phase", s)
}
