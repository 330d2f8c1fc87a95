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

// The actions. Those a person takes on the case itself are GraphQL's
// CaseAction (graph/casework.graphqls); the others appear in timelines.
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
	ActSaveApplication   Action = "SAVE_APPLICATION"
	ActAnswer            Action = "CONSULTATION_ANSWERED"
)

// actor is who may take a step.
type actor int

const (
	applicant  actor = iota // a member of the applicant organisation (case:update_own)
	handler                 // window staff (case:handle)
	decider                 // case:decide, or case:handle when the item is delegated
	supervisor              // the handler's supervisors (case:decide)
	consultee               // the account a consultation of the case was sent to
	platform                // jobs and automatic steps only
)

// step is one edge of the state machine.
type step struct {
	action Action
	from   []servicecase.State
	to     servicecase.State // "" = the state does not change
	who    actor
	// when is a further condition on the case besides its state (nil: none);
	// a case that fails it is refused with unmet (CONFLICT).
	when  func(cs *gen.ServiceCase) bool
	unmet *apperr.Error
}

// offered reports whether the step is one of a case's allowedActions:
// every step a person takes on the case itself. A consulted unit answers on
// its consultation, and the platform's steps are nobody's button.
func (st step) offered() bool { return st.who != consultee && st.who != platform }

// running are the states in which a case may still be withdrawn.
var running = []servicecase.State{
	servicecase.StateSUBMITTED, servicecase.StatePRE_REVIEW, servicecase.StateACCEPTED,
	servicecase.StateACCEPTED_WITH_DEFICIENCIES, servicecase.StateIN_REVIEW, servicecase.StateCONSULTING,
}

// editable are the states in which the applicant prepares the case.
var editable = []servicecase.State{servicecase.StateDRAFT, servicecase.StateRETURNED}

func states(s ...servicecase.State) []servicecase.State { return s }

// table is the whole state machine, in the order of the steps: every Service
// method that changes a case authorizes against it (authorize), and Allowed
// derives the case's allowedActions from it. Add a step here, never a check
// in the method.
var table = []step{
	{action: ActSaveApplication, from: editable, who: applicant, when: hasProgramme, unmet: noProgramme},
	{action: ActSupplement, from: states(servicecase.StateDRAFT, servicecase.StateRETURNED, servicecase.StateACCEPTED_WITH_DEFICIENCIES), who: applicant},
	{action: ActSubmit, from: editable, to: servicecase.StateSUBMITTED, who: applicant},
	{action: ActStartPreReview, from: states(servicecase.StateSUBMITTED), to: servicecase.StatePRE_REVIEW, who: handler},
	{action: ActAccept, from: states(servicecase.StatePRE_REVIEW), to: servicecase.StateACCEPTED, who: handler},
	{action: ActAcceptDeficient, from: states(servicecase.StatePRE_REVIEW), to: servicecase.StateACCEPTED_WITH_DEFICIENCIES, who: handler},
	{action: ActReturn, from: states(servicecase.StatePRE_REVIEW), to: servicecase.StateRETURNED, who: handler},
	{action: ActConfirmSupplement, from: states(servicecase.StateACCEPTED_WITH_DEFICIENCIES), to: servicecase.StateIN_REVIEW, who: handler},
	{action: ActStartReview, from: states(servicecase.StateACCEPTED), to: servicecase.StateIN_REVIEW, who: handler},
	{action: ActConsult, from: states(servicecase.StateACCEPTED, servicecase.StateIN_REVIEW), to: servicecase.StateCONSULTING, who: handler},
	{action: ActAnswer, from: states(servicecase.StateCONSULTING), who: consultee},
	{action: ActConsultationsDone, from: states(servicecase.StateCONSULTING), to: servicecase.StateIN_REVIEW, who: platform},
	{action: ActDecide, from: states(servicecase.StateACCEPTED, servicecase.StateIN_REVIEW), to: servicecase.StateDECIDED, who: decider},
	{action: ActDeliver, from: states(servicecase.StateDECIDED), to: servicecase.StateDELIVERED, who: handler},
	{action: ActRate, from: states(servicecase.StateDELIVERED), to: servicecase.StateCLOSED, who: applicant},
	{action: ActClose, from: states(servicecase.StateDELIVERED), to: servicecase.StateCLOSED, who: handler},
	{action: ActResolveFollowUp, from: states(servicecase.StateCLOSED), who: supervisor, when: followUpOpen, unmet: noFollowUp},
	{action: ActWithdraw, from: running, to: servicecase.StateWITHDRAWN, who: applicant},
	{action: ActDeadlinePassed, from: states(servicecase.StateACCEPTED_WITH_DEFICIENCIES), to: servicecase.StateRETURNED, who: platform},
}

// steps is table by action.
var steps = func() map[Action]step {
	m := make(map[Action]step, len(table))
	for _, st := range table {
		if _, dup := m[st.action]; dup {
			panic("casework: step " + string(st.action) + " twice in the table")
		}
		m[st.action] = st
	}
	return m
}()

func hasProgramme(cs *gen.ServiceCase) bool { return cs.Programme != "" }

var noProgramme = apperr.New(apperr.Conflict, "this service belongs to no programme: it has no application form",
	"该事项不属于任何项目，无需填写申请表").WithReason("NO_PROGRAMME")

func followUpOpen(cs *gen.ServiceCase) bool { return cs.FollowUp == servicecase.FollowUpOPEN }

var noFollowUp = apperr.New(apperr.Conflict, "this case has no open follow-up", "该案件没有待处理的回访").
	WithReason("NO_OPEN_FOLLOW_UP")

// subject is what a step acts on: the case and, for a consulted unit's
// answer, the consultation answered.
type subject struct {
	cs  *gen.ServiceCase
	con *gen.Consultation
}

// startsFrom reports whether the case is where the step starts.
func (st step) startsFrom(cs *gen.ServiceCase) bool {
	return slices.Contains(st.from, cs.State) && (st.when == nil || st.when(cs))
}

// Allowed lists the actions the viewer may take on cs now, for clients to
// show the right buttons (the server checks again on every call).
func Allowed(ctx context.Context, cs *gen.ServiceCase) []Action {
	var out []Action
	for _, st := range table {
		if st.offered() && st.startsFrom(cs) && may(ctx, subject{cs: cs}, st.who) {
			out = append(out, st.action)
		}
	}
	return out
}

// may reports whether the viewer is who the step needs.
func may(ctx context.Context, on subject, who actor) bool {
	v := viewer.FromContext(ctx)
	if v == nil {
		return false
	}
	switch who {
	case applicant:
		return authz.Can(ctx, authz.ObjCase, authz.ActUpdateOwn) && v.MemberOf(on.cs.OrganizationID)
	case handler:
		return authz.Can(ctx, authz.ObjCase, authz.ActHandle)
	case decider:
		return authz.Can(ctx, authz.ObjCase, authz.ActDecide) ||
			(on.cs.Delegated && authz.Can(ctx, authz.ObjCase, authz.ActHandle))
	case supervisor:
		return authz.Can(ctx, authz.ObjCase, authz.ActDecide)
	case consultee:
		return on.con != nil && on.con.CaseID == on.cs.ID && on.con.AssigneeID == v.UserID
	}
	return false
}

// authorize checks that the viewer may take action a on cs in its state.
func authorize(ctx context.Context, cs *gen.ServiceCase, a Action) error {
	return authorizeOn(ctx, subject{cs: cs}, a)
}

// authorizeOn is authorize for a step that acts on more than the case.
func authorizeOn(ctx context.Context, on subject, a Action) error {
	st, ok := steps[a]
	if !ok || st.who == platform {
		// A platform step taken by a person, or one missing from the table,
		// is a programming error: refuse rather than guess.
		return apperr.ErrForbidden
	}
	if !may(ctx, on, st.who) {
		if st.who == decider {
			return apperr.New(apperr.Forbidden,
				"deciding this case needs a bureau administrator: its service item is not delegated to the window",
				"该事项未授权窗口审批专员决定，须由民政局管理员作出决定").WithReason("NOT_DELEGATED")
		}
		return apperr.ErrForbidden
	}
	if !slices.Contains(st.from, on.cs.State) {
		return illegal(a, on.cs.State)
	}
	if st.when != nil && !st.when(on.cs) {
		return st.unmet
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
