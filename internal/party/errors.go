package party

import (
	"fmt"

	"hatchery/internal/apperr"
)

func forbidden(en, zh string) *apperr.Error { return apperr.New(apperr.Forbidden, en, zh) }

func conflict(reason, en, zh string) *apperr.Error {
	return apperr.New(apperr.Conflict, en, zh).WithReason(reason)
}

func invalid(field, reason, en, zh string) *apperr.Error {
	return apperr.Invalid(field, en, zh).WithReason(reason)
}

// notFound hides a record the viewer may not see.
var notFound = apperr.ErrNotFound

// problem is one thing wrong with an input, named by its field.
type problem struct {
	Field   string `json:"field"`
	Message string `json:"message"`   // English
	ZH      string `json:"messageZH"` // Simplified Chinese
}

// problems collects every problem of an input, to refuse it once.
type problems []problem

func (ps *problems) add(field, en, zh string) { *ps = append(*ps, problem{field, en, zh}) }

// err is BAD_USER_INPUT naming the first field, with every problem in
// extensions.problems (nil when there is none).
func (ps problems) err() *apperr.Error {
	if len(ps) == 0 {
		return nil
	}
	if len(ps) == 1 {
		return apperr.Invalid(ps[0].Field, ps[0].Message, ps[0].ZH).With("problems", []problem(ps))
	}
	return apperr.New(apperr.BadUserInput,
		fmt.Sprintf("%s (and %d more problem(s))", ps[0].Message, len(ps)-1),
		fmt.Sprintf("%s（另有 %d 处问题）", ps[0].ZH, len(ps)-1)).OnField(ps[0].Field).With("problems", []problem(ps))
}

// has reports whether a problem concerns field.
func (ps problems) has(field string) bool {
	for _, p := range ps {
		if p.Field == field {
			return true
		}
	}
	return false
}
