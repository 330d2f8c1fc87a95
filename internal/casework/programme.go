package casework

import (
	"context"
	"encoding/json"
	"fmt"
	"maps"
	"regexp"
	"slices"
	"sync"

	gen "hatchery/ent"
	"hatchery/internal/apperr"
)

// Programme is what a programme (incubation, venture grants, party-building
// liaison, …) plugs into casework. An application to a programme is a case
// of a service item whose `programme` is the programme's Key; casework owns
// the window (numbers, checklist, notice, clock, decision, letter, rating)
// and calls the programme at three points, so it never needs to know what a
// programme's records look like:
//
//  1. The application form. The applicant saves it with the saveCaseApplication
//     mutation while the case is a draft or returned; casework stores it as
//     a JSON object on the case (ServiceCase.application, GraphQL
//     `Case.application: Map`) and never looks inside. Decode it with
//     DecodeApplication into the programme's own Go struct.
//  2. CheckApplication, at submission, inside the submission's transaction.
//  3. Decided, at decision, inside the decision's transaction.
//
// Register the programme once at start-up (internal/app) with
// Service.Register. A programme's own records (a grant, a tenancy) are its
// own ent schemas (ent/schema/<prefix>_*.go) linked to the case by a
// case_id field; it writes them in Decided and shows them through its own
// .graphqls. Implementations must be safe for concurrent use.
type Programme interface {
	// Key is the programme's code as service items store it, e.g.
	// "venture_grant": lower-case letters, digits and _, at most 50
	// characters, never changed once cases use it.
	Key() string

	// CheckApplication returns every problem with the case's application at
	// once, each naming the field of the application form it concerns
	// (Problem.Field, e.g. "budget" or "members[2].name"), so the applicant
	// can fix them all in one go. Return no problems to let the submission
	// go ahead. c is the submission's transaction client and ctx the
	// applicant's: read what you need (the organisation, your own records)
	// but write nothing here. A returned error (not a problem) fails the
	// submission as it is (use internal/apperr for anything a person
	// should read).
	CheckApplication(ctx context.Context, c *gen.Client, cs *gen.ServiceCase) ([]Problem, error)

	// Decided is the programme's effect of the decision (cs.Decision is
	// APPROVED or REJECTED, cs.DecisionReason says why): e.g. create the
	// grant with its amount, or the tenancy offer. c is the decision's
	// transaction: everything written through it commits with the decision
	// or not at all, so return an error to refuse the decision (e.g. a
	// CONFLICT "the budget is spent"); the case stays where it was. ctx
	// acts as the deciding person, whose rights ent privacy checks: write
	// the programme's own records with a context whose privacy policy
	// allows it (the programme's policy names who may).
	Decided(ctx context.Context, c *gen.Client, cs *gen.ServiceCase) error
}

// Problem is one thing wrong with an application, for the person to fix.
type Problem struct {
	// Field names the application form's field, in the form's own terms.
	Field   string `json:"field"`
	Message string `json:"message"`   // English
	ZH      string `json:"messageZH"` // Simplified Chinese
}

// keyPattern is the form of a programme key (ent/schema/patterns.go holds the same).
var keyPattern = regexp.MustCompile(`^[a-z][a-z0-9_]{1,49}$`)

// programmes is the registry of programmes by key.
type programmes struct {
	mu sync.RWMutex
	by map[string]Programme
}

// Register makes p available to service items. It panics on a malformed or
// duplicate key: both are programming errors found at start-up.
func (s *Service) Register(p Programme) {
	k := p.Key()
	if !keyPattern.MatchString(k) {
		panic(fmt.Sprintf("casework: programme key %q is not lower_snake_case of 2 to 50 characters", k))
	}
	s.progs.mu.Lock()
	defer s.progs.mu.Unlock()
	if s.progs.by == nil {
		s.progs.by = map[string]Programme{}
	}
	if _, dup := s.progs.by[k]; dup {
		panic(fmt.Sprintf("casework: programme %q registered twice", k))
	}
	s.progs.by[k] = p
}

// Programmes lists the keys of the registered programmes, sorted.
func (s *Service) Programmes() []string {
	s.progs.mu.RLock()
	defer s.progs.mu.RUnlock()
	return slices.Sorted(maps.Keys(s.progs.by))
}

// programme returns the programme of key ("" is none: nil, nil). An unknown
// key on a stored row means the programme was unregistered while its
// service items remain: the item cannot be used until it is registered again.
func (s *Service) programme(key string) (Programme, error) {
	if key == "" {
		return nil, nil
	}
	s.progs.mu.RLock()
	p := s.progs.by[key]
	s.progs.mu.RUnlock()
	if p == nil {
		return nil, apperr.Newf(apperr.Conflict,
			"the programme %q of this service is not available on this server; ask the bureau to check the service item",
			"该事项所属的项目 %q 在本系统中不可用，请联系民政局核查事项设置", key).WithReason("UNKNOWN_PROGRAMME")
	}
	return p, nil
}

// CheckProgramme refuses a service item's programme key that no programme
// registered ("" is fine: the item belongs to none).
func (s *Service) CheckProgramme(key *string) error {
	if key == nil || *key == "" {
		return nil
	}
	if _, err := s.programme(*key); err != nil {
		return apperr.Invalidf("programme", "there is no programme %q; choose one of %v",
			"没有名为 %q 的项目，可选：%v", *key, s.Programmes())
	}
	return nil
}

// DecodeApplication decodes the case's application form into v (a pointer
// to the programme's own struct), refusing fields v does not have. An
// empty form decodes as v's zero value.
func DecodeApplication(cs *gen.ServiceCase, v any) error {
	if len(cs.Application) == 0 {
		return nil
	}
	b, err := json.Marshal(cs.Application)
	if err != nil {
		return err
	}
	return strictUnmarshal(b, v)
}

// problemsError is the BAD_USER_INPUT refusal of a submission listing
// every problem of the application (extensions.problems).
func problemsError(ps []Problem) error {
	return apperr.Newf(apperr.BadUserInput,
		"the application has %d problem(s); correct them all and submit again",
		"申请表有 %d 处问题，请全部改正后再提交", len(ps)).
		OnField("application").WithReason("APPLICATION_INCOMPLETE").With("problems", ps)
}
