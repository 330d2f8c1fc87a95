// Package grantdata holds the structured values the venture-grant records
// keep as JSON (a call's rubric, questions and eligibility, a proposal's
// budget lines, milestones and answers). It has no dependencies so that
// ent/schema, internal/grant and the GraphQL layer share one definition.
package grantdata

import (
	"fmt"
	"io"
	"strconv"

	"hatchery/internal/review/reviewdata"
)

// Criterion is one criterion of a call's review rubric (scored by the
// call's review panel).
type Criterion = reviewdata.Criterion

// QuestionKind is what a call's own question asks for.
type QuestionKind string

// MarshalGQL writes the kind as a GraphQL enum value.
func (k QuestionKind) MarshalGQL(w io.Writer) { _, _ = io.WriteString(w, strconv.Quote(string(k))) }

// UnmarshalGQL reads a kind, refusing one the API does not list.
func (k *QuestionKind) UnmarshalGQL(v any) error {
	s, _ := v.(string)
	switch QuestionKind(s) {
	case QuestionText, QuestionNumber, QuestionMoney, QuestionChoice, QuestionDate, QuestionDocument:
		*k = QuestionKind(s)
		return nil
	}
	return fmt.Errorf("%q is not a question kind", s)
}

// The kinds of question a call may ask on top of the standard proposal.
const (
	QuestionText     QuestionKind = "TEXT"
	QuestionNumber   QuestionKind = "NUMBER"
	QuestionMoney    QuestionKind = "MONEY"
	QuestionChoice   QuestionKind = "CHOICE"
	QuestionDate     QuestionKind = "DATE"
	QuestionDocument QuestionKind = "DOCUMENT"
)

// Question is one of a call's own questions. Answers live in the
// proposal's form under answers[Key], as strings (a money answer is a
// decimal string of yuan, a date YYYY-MM-DD, a document an ID).
type Question struct {
	Key      string       `json:"key"`
	Label    string       `json:"label"`
	Kind     QuestionKind `json:"kind"`
	Required bool         `json:"required"`
	Help     string       `json:"help"`
	Choices  []string     `json:"choices,omitempty"`
}

// Eligibility is a call's own rules, on top of the ones every call has
// (active, registered in the call's county, not on the abnormal list, one
// proposal per organisation, no double government funding, no grade C last
// year).
type Eligibility struct {
	// OrgKinds the call is open to (organisation kinds); empty for all.
	OrgKinds []string `json:"orgKinds"`
	// MinMonthsRegistered since the organisation's registration; 0 for none.
	MinMonthsRegistered int `json:"minMonthsRegistered"`
}

// BudgetLine is one line of a proposal's budget, in fen.
type BudgetLine struct {
	Category    string `json:"category"`
	Description string `json:"description"`
	Amount      int64  `json:"amount"`
}

// Milestone is one of a proposal's milestones.
type Milestone struct {
	Title string `json:"title"`
	DueOn string `json:"dueOn"` // YYYY-MM-DD
}
