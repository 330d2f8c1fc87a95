package casework

import (
	"context"
	"slices"

	gen "hatchery/ent"
	"hatchery/ent/servicecase"
	"hatchery/internal/apperr"
	"hatchery/internal/authz"
	"hatchery/internal/viewer"
)

// Action names a step of the state machine (also the event's action).
type Action string

// The actions.
const (
	ActSubmit            Action = "SUBMIT"
	ActStartPreReview    Action = "START_PRE_REVIEW"
	ActAccept            Action = "ACCEPT"
	ActAcceptDeficient   Action = "ACCEPT_WITH_DEFICIENCIES"
	ActReturn            Action = "RETURN"
	ActSupplement        Action = "SUPPLEMENT"
	ActConfirmSupplement Action = "CONFIRM_SUPPLEMENT"
	ActStartReview       Action = "START_REVIEW"
	ActConsult           Action = "CONSULT"
	ActConsultationsDone Action = "CONSULTATIONS_DONE"
	ActDecide            Action = "DECIDE"
	ActDeliver           Action = "DELIVER"
	ActRate              Action = "RATE"
	ActClose             Action = "CLOSE"
	ActWithdraw          Action = "WITHDRAW"
	ActDeadlinePassed    Action = "DEADLINE_PASSED"
	ActReminder          Action = "DUE_SOON_REMINDER"
	ActResolveFollowUp   Action = "RESOLVE_FOLLOW_UP"
)

// actor is who may take a step.
type actor int

const (
	applicant actor = iota // a member of the applicant organisation (case:update_own)
	handler                // window staff (case:handle)
	decider                // case:decide, or case:handle when the item is delegated
	platform               // jobs and automatic steps only
)

// step is one edge of the state machine.
type step struct {
	from []servicecase.State
	to   servicecase.State // "" = the state does not change
	who  actor
}

// running are the states in which a case may still be withdrawn.
var running = []servicecase.State{
	servicecase.StateSUBMITTED, servicecase.StatePRE_REVIEW, servicecase.StateACCEPTED,
	servicecase.StateACCEPTED_WITH_DEFICIENCIES, servicecase.StateIN_REVIEW, servicecase.StateCONSULTING,
}

// steps is the whole state machine.
var steps = map[Action]step{
	ActSubmit:            {[]servicecase.State{servicecase.StateDRAFT, servicecase.StateRETURNED}, servicecase.StateSUBMITTED, applicant},
	ActStartPreReview:    {[]servicecase.State{servicecase.StateSUBMITTED}, servicecase.StatePRE_REVIEW, handler},
	ActAccept:            {[]servicecase.State{servicecase.StatePRE_REVIEW}, servicecase.StateACCEPTED, handler},
	ActAcceptDeficient:   {[]servicecase.State{servicecase.StatePRE_REVIEW}, servicecase.StateACCEPTED_WITH_DEFICIENCIES, handler},
	ActReturn:            {[]servicecase.State{servicecase.StatePRE_REVIEW}, servicecase.StateRETURNED, handler},
	ActSupplement:        {[]servicecase.State{servicecase.StateACCEPTED_WITH_DEFICIENCIES}, "", applicant},
	ActConfirmSupplement: {[]servicecase.State{servicecase.StateACCEPTED_WITH_DEFICIENCIES}, servicecase.StateIN_REVIEW, handler},
	ActStartReview:       {[]servicecase.State{servicecase.StateACCEPTED}, servicecase.StateIN_REVIEW, handler},
	ActConsult:           {[]servicecase.State{servicecase.StateACCEPTED, servicecase.StateIN_REVIEW}, servicecase.StateCONSULTING, handler},
	ActConsultationsDone: {[]servicecase.State{servicecase.StateCONSULTING}, servicecase.StateIN_REVIEW, platform},
	ActDecide:            {[]servicecase.State{servicecase.StateACCEPTED, servicecase.StateIN_REVIEW}, servicecase.StateDECIDED, decider},
	ActDeliver:           {[]servicecase.State{servicecase.StateDECIDED}, servicecase.StateDELIVERED, handler},
	ActRate:              {[]servicecase.State{servicecase.StateDELIVERED}, servicecase.StateCLOSED, applicant},
	ActClose:             {[]servicecase.State{servicecase.StateDELIVERED}, servicecase.StateCLOSED, handler},
	ActWithdraw:          {running, servicecase.StateWITHDRAWN, applicant},
	ActDeadlinePassed:    {[]servicecase.State{servicecase.StateACCEPTED_WITH_DEFICIENCIES}, servicecase.StateRETURNED, platform},
}

// Allowed lists the actions the viewer may take on cs now, for clients to
// show the right buttons (the server checks again on every call).
func Allowed(ctx context.Context, cs *gen.ServiceCase) []Action {
	var out []Action
	for _, a := range []Action{ActSubmit, ActStartPreReview, ActAccept, ActAcceptDeficient, ActReturn,
		ActSupplement, ActConfirmSupplement, ActStartReview, ActConsult, ActDecide, ActDeliver, ActRate,
		ActClose, ActWithdraw} {
		st := steps[a]
		if slices.Contains(st.from, cs.State) && may(ctx, cs, st.who) {
			out = append(out, a)
		}
	}
	return out
}

// may reports whether the viewer is who the step needs.
func may(ctx context.Context, cs *gen.ServiceCase, who actor) bool {
	v := viewer.FromContext(ctx)
	if v == nil {
		return false
	}
	switch who {
	case applicant:
		return authz.Can(ctx, authz.ObjCase, authz.ActUpdateOwn) && v.MemberOf(cs.OrganizationID)
	case handler:
		return authz.Can(ctx, authz.ObjCase, authz.ActHandle)
	case decider:
		return authz.Can(ctx, authz.ObjCase, authz.ActDecide) ||
			(cs.Delegated && authz.Can(ctx, authz.ObjCase, authz.ActHandle))
	}
	return false
}

// authorize checks that the viewer may take action a on cs in its state.
func authorize(ctx context.Context, cs *gen.ServiceCase, a Action) error {
	st := steps[a]
	if !may(ctx, cs, st.who) {
		if st.who == decider {
			return apperr.New(apperr.Forbidden,
				"deciding this case needs a bureau administrator: its service item is not delegated to the window",
				"该事项未授权窗口审批专员决定，须由民政局管理员作出决定").WithReason("NOT_DELEGATED")
		}
		return apperr.ErrForbidden
	}
	if !slices.Contains(st.from, cs.State) {
		return illegal(a, cs.State)
	}
	return nil
}

// illegal is the refusal of a step the case's state does not allow.
func illegal(a Action, s servicecase.State) error {
	return apperr.Newf(apperr.Conflict,
		"a case that is %s cannot take the step %s; reload it to see where it stands",
		"案件当前状态为 %s，不能执行 %s；请刷新查看最新进度", s, a).
		WithReason("ILLEGAL_TRANSITION").With("state", string(s))
}
