package incubation

import (
	"context"
	"fmt"
	"strings"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/admissionassessment"
	"hatchery/ent/servicecase"
	"hatchery/ent/tenancy"
	"hatchery/ent/waitlistentry"
	"hatchery/internal/apperr"
	"hatchery/internal/casework"
	"hatchery/internal/notify"
)

// Decided implements casework.Programme: an approved admission is carried
// out as staff's assessment says — into a space and seats, onto the
// waitlist, or into virtual incubation — in the decision's transaction, so
// a full space refuses the decision and nothing is half done.
func (s *Service) Decided(ctx context.Context, c *gen.Client, cs *gen.ServiceCase) error {
	if cs.Decision == nil || *cs.Decision != servicecase.DecisionAPPROVED {
		return nil
	}
	a, err := c.AdmissionAssessment.Query().Where(admissionassessment.CaseID(cs.ID)).Only(system(ctx))
	if gen.IsNotFound(err) {
		return apperr.New(apperr.BadUserInput,
			"assess the admission (readiness scores and where to admit) before approving it",
			"请先完成入壳评估（准备度评分及入驻安排），再作准予决定").WithReason("NOT_ASSESSED")
	}
	if err != nil {
		return err
	}
	var app Application
	if err := casework.DecodeApplication(cs, &app); err != nil {
		return err
	}
	centre, err := c.IncubationCentre.Get(system(ctx), a.CentreID)
	if err != nil {
		return err
	}
	stage := tenancy.Stage(app.Stage)
	if tenancy.StageValidator(stage) != nil {
		stage = tenancy.StageSPROUT
	}
	switch a.Outcome {
	case admissionassessment.OutcomeWAITLIST:
		return s.addToWaitlist(ctx, c, centre, cs, a, app, stage)
	case admissionassessment.OutcomeADMIT:
		if err := holdSeats(ctx, c, *a.SpaceID, a.Seats); err != nil {
			return err
		}
	}
	_, err = s.startTenancy(ctx, c, start{
		centre: centre, orgID: cs.OrganizationID, caseID: &cs.ID, stage: stage,
		virtual: a.Outcome == admissionassessment.OutcomeVIRTUAL, spaceID: a.SpaceID, seats: a.Seats,
		termMonths: a.TermMonths, mentorID: a.MentorID,
	})
	return err
}

// start is what a new tenancy begins with.
type start struct {
	centre     *gen.IncubationCentre
	orgID      int
	caseID     *int
	stage      tenancy.Stage
	virtual    bool
	spaceID    *int
	seats      int // already held by the caller
	termMonths int
	mentorID   *int
}

// startTenancy begins a tenancy (入壳) whose seats the caller holds: the
// tenancy, its seats, its default plan, and the organisation is told.
func (s *Service) startTenancy(ctx context.Context, c *gen.Client, st start) (*gen.Tenancy, error) {
	sys := system(ctx)
	today := casework.Day(s.Now())
	t, err := c.Tenancy.Create().
		SetDomainID(st.centre.DomainID).SetCentreID(st.centre.ID).SetOrganizationID(st.orgID).
		SetNillableCaseID(st.caseID).SetVirtual(st.virtual).SetStage(st.stage).
		SetStartOn(today).SetTermMonths(st.termMonths).SetEndsOn(today.AddDate(0, st.termMonths, 0)).
		SetNillableMentorID(st.mentorID).
		Save(sys)
	if isConstraint(err) {
		return nil, apperr.New(apperr.Conflict, "the organisation is already a tenant of this centre",
			"该组织已在本孵化基地孵化中").WithReason("ALREADY_TENANT")
	}
	if err != nil {
		return nil, err
	}
	if !st.virtual && st.spaceID != nil {
		if err := c.TenancySpace.Create().SetDomainID(t.DomainID).SetTenancyID(t.ID).
			SetSpaceID(*st.spaceID).SetSeats(st.seats).SetFromOn(today).Exec(sys); err != nil {
			return nil, err
		}
	}
	if err := seedPlan(ctx, c, t); err != nil {
		return nil, err
	}
	where := "线上孵化（不占用空间）"
	whereEN := "virtual incubation (no space)"
	if !st.virtual && st.spaceID != nil {
		sp, err := c.IncubationSpace.Get(sys, *st.spaceID)
		if err != nil {
			return nil, err
		}
		where = fmt.Sprintf("%s 室，%d 个工位", sp.Code, st.seats)
		whereEN = fmt.Sprintf("room %s, %d seat(s)", sp.Code, st.seats)
	}
	err = s.tellOrganization(ctx, c, t.OrganizationID, t.DomainID, notify.Message{
		Kind:      KindAdmitted,
		Title:     notify.Text{ZH: "已入壳：" + st.centre.Name, EN: "Admitted to " + st.centre.Name},
		Body:      notify.Text{ZH: fmt.Sprintf("入驻安排：%s；孵化期至 %s。", where, t.EndsOn.Format("2006年1月2日")), EN: fmt.Sprintf("Where: %s; the term runs to %s.", whereEN, t.EndsOn.Format("2 January 2006"))},
		SubjectID: t.ID,
	})
	return t, err
}

// StandardMilestones are the standard plan milestones: key, title, mandatory, and when in the
// term each is due (a fraction of the term in twelfths).
var StandardMilestones = []struct {
	Key, ZH   string
	Mandatory bool
	Twelfths  int
}{
	{"LEGAL_REGISTRATION", "完成登记注册或备案", true, 3},
	{"BOARD", "建立理事会等治理结构", true, 4},
	{"FINANCIAL_SYSTEM", "建立财务管理制度", true, 6},
	{"FIRST_PROJECT", "完成首个服务项目", true, 8},
	{"FIRST_GRANT", "获得首笔项目资助", false, 10},
	{"PARTY_BUILDING", "实现党的组织和工作覆盖", true, 11},
}

// seedPlan gives a new tenancy the standard milestones, spread over its term.
func seedPlan(ctx context.Context, c *gen.Client, t *gen.Tenancy) error {
	days := int(t.EndsOn.Sub(t.StartOn).Hours() / 24)
	bulk := make([]*gen.TenancyMilestoneCreate, len(StandardMilestones))
	for i, m := range StandardMilestones {
		bulk[i] = c.TenancyMilestone.Create().SetDomainID(t.DomainID).SetTenancyID(t.ID).
			SetKey(m.Key).SetTitle(m.ZH).SetMandatory(m.Mandatory).
			SetDueOn(t.StartOn.AddDate(0, 0, days*m.Twelfths/12))
	}
	return c.TenancyMilestone.CreateBulk(bulk...).Exec(system(ctx))
}

// addToWaitlist puts the applicant on the centre's waitlist with its
// readiness as priority, and tells it where it stands.
func (s *Service) addToWaitlist(ctx context.Context, c *gen.Client, centre *gen.IncubationCentre, cs *gen.ServiceCase,
	a *gen.AdmissionAssessment, app Application, stage tenancy.Stage) error {
	seats := deref(app.SeatsNeeded)
	if seats < 1 {
		seats = 1
	}
	parts := make([]string, len(a.Scores))
	for i, sc := range a.Scores {
		parts[i] = fmt.Sprintf("%s %d×%d%%", sc.Key, sc.Score, sc.Weight)
	}
	e, err := c.WaitlistEntry.Create().SetDomainID(centre.DomainID).SetCentreID(centre.ID).
		SetOrganizationID(cs.OrganizationID).SetCaseID(cs.ID).SetStage(waitlistentry.Stage(stage)).
		SetSeatsNeeded(seats).SetPriority(a.Readiness).
		SetPriorityReason(fmt.Sprintf("入壳评估准备度 %d 分（%s）", a.Readiness, strings.Join(parts, "，"))).
		SetJoinedAt(s.Now()).Save(system(ctx))
	if isConstraint(err) {
		return apperr.New(apperr.Conflict, "the organisation is already on this centre's waitlist",
			"该组织已在本孵化基地的轮候名单中").WithReason("ALREADY_WAITING")
	}
	if err != nil {
		return err
	}
	pos, err := s.position(ctx, c, e)
	if err != nil {
		return err
	}
	if err := s.tellOrganization(ctx, c, e.OrganizationID, e.DomainID, notify.Message{
		Kind:      KindWaitlisted,
		Title:     notify.Text{ZH: "已列入轮候：" + centre.Name, EN: "On the waitlist of " + centre.Name},
		Body:      notify.Text{ZH: fmt.Sprintf("目前排第 %d 位；有空间释放时将自动向您发出入驻邀请。", deref(pos)), EN: fmt.Sprintf("You are number %d; when space is released you will be offered it automatically.", deref(pos))},
		SubjectID: e.ID,
	}); err != nil {
		return err
	}
	// Space may already be free.
	_, err = s.offerFreeSeats(ctx, c, centre.ID, 0)
	return err
}

// Notification kinds.
const (
	KindAdmitted      = "incubation.admitted"
	KindWaitlisted    = "incubation.waitlisted"
	KindOfferMade     = "incubation.offer_made"
	KindOfferExpired  = "incubation.offer_expired"
	KindOfferDeclined = "incubation.offer_declined"
	KindGraduated     = "incubation.graduated"
	KindAssessmentDue = "incubation.assessment_due"
)

var _ = time.Time{}
