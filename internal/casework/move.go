package casework

import (
	"context"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/casenotice"
	"hatchery/ent/predicate"
	"hatchery/ent/servicecase"
	"hatchery/internal/apperr"
	"hatchery/internal/viewer"
)

// edit prepares the conditional update of a step (set fields beyond the state).
type edit func(cs *gen.ServiceCase, u *gen.ServiceCaseUpdate) error

// move takes step a on case id as the viewer: see, authorize, apply.
func (s *Service) move(ctx context.Context, c *gen.Client, id int, a Action, reason string, set edit) (*gen.ServiceCase, error) {
	cs, err := c.ServiceCase.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := authorize(ctx, cs, a); err != nil {
		return nil, err
	}
	return s.apply(ctx, c, cs, a, reason, set)
}

// platformStep takes the platform's step a on cs if cs is where a starts
// (reporting whether it did), as the system: the step follows from what a
// person did (the last answer) or from time (a deadline), not from a right.
func (s *Service) platformStep(ctx context.Context, c *gen.Client, cs *gen.ServiceCase, a Action, reason string, set edit) (bool, error) {
	if st := steps[a]; st.who != platform || !st.startsFrom(cs) {
		return false, nil
	}
	_, err := s.apply(system(ctx), c, cs, a, reason, set)
	return err == nil, err
}

// apply moves cs along step a with an UPDATE conditional on the state it
// was read in, and records the event. Zero rows means someone else moved
// the case first: CONFLICT.
func (s *Service) apply(ctx context.Context, c *gen.Client, cs *gen.ServiceCase, a Action, reason string, set edit) (*gen.ServiceCase, error) {
	st := steps[a]
	to := cs.State
	u := c.ServiceCase.Update().Where(servicecase.ID(cs.ID), servicecase.StateEQ(cs.State))
	if st.to != "" {
		to = st.to
		u.SetState(to)
	}
	if set != nil {
		if err := set(cs, u); err != nil {
			return nil, err
		}
	}
	n, err := u.Save(ctx)
	if err != nil {
		return nil, err
	}
	if n == 0 {
		return nil, apperr.New(apperr.Conflict,
			"someone else changed this case a moment ago; reload it and try again",
			"该案件刚被他人处理，请刷新后重试").WithReason("STALE_STATE")
	}
	if err := s.event(ctx, c, cs, a, cs.State, to, reason); err != nil {
		return nil, err
	}
	return c.ServiceCase.Get(system(ctx), cs.ID)
}

// event records a step in the case's timeline, as the viewer (or the
// system when there is none).
func (s *Service) event(ctx context.Context, c *gen.Client, cs *gen.ServiceCase, a Action, from, to servicecase.State, reason string) error {
	e := c.CaseEvent.Create().
		SetDomainID(cs.DomainID).
		SetCaseID(cs.ID).
		SetAction(string(a)).
		SetFromState(string(from)).
		SetToState(string(to)).
		SetReason(reason)
	if v := viewer.FromContext(ctx); v != nil {
		// The timeline shows people's names; the account's display name as
		// it is now is kept with the event.
		name := v.Username
		if u, err := c.User.Get(system(ctx), v.UserID); err == nil {
			name = u.DisplayName
		}
		e.SetActorID(v.UserID).SetActorName(name)
	}
	return e.Exec(system(ctx))
}

// system is ctx acting as the platform itself, past privacy: for the rows a
// step writes once the step itself was allowed.
func system(ctx context.Context) context.Context {
	return privacy.DecisionContext(ctx, privacy.Allow)
}

// casenoticeOf selects the notice of case id.
func casenoticeOf(id int) []predicate.CaseNotice {
	return []predicate.CaseNotice{casenotice.CaseID(id)}
}
