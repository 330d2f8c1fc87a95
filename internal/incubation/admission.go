package incubation

import (
	"context"
	"fmt"
	"strings"
	"unicode/utf8"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/admissionassessment"
	"hatchery/ent/servicecase"
	"hatchery/internal/apperr"
	"hatchery/internal/authz"
	"hatchery/internal/casework"
	"hatchery/internal/incubation/scores"
	"hatchery/internal/lang"
	"hatchery/internal/orgtype"
)

// The admission of an organisation: its application form (checked at the
// case's submission), staff's readiness assessment, and the decision's
// effect (Decided).

// Application is the admission form an applicant saves on its case.
type Application struct {
	Stage         string `json:"stage"`
	ServiceField  string `json:"serviceField"`
	CommunityNeed string `json:"communityNeed"`
	Team          string `json:"team"`
	Expectations  string `json:"expectations"`
	// SeatsNeeded is 0 for virtual incubation only.
	SeatsNeeded *int `json:"seatsNeeded"`
}

// admissionCriteria are the readiness criteria staff score an admission
// case on; weights sum to 100.
var admissionCriteria = []struct {
	Key, ZH, EN, GuideZH, GuideEN string
	Weight                        int
}{
	{"MISSION", "宗旨与社区需求", "Mission and community need", "宗旨清晰，回应本地真实、迫切的社区需求", "A clear mission answering a real, pressing local need", 25},
	{"TEAM", "团队", "Team", "有稳定的核心成员和志愿者，分工明确", "A stable core team and volunteers with clear roles", 20},
	{"GOVERNANCE", "治理基础", "Governance", "有章程草案、决策机制和财务管理意识", "Draft statutes, a way of deciding and care for finances", 20},
	{"PROJECT", "项目设计", "Project design", "有可落地的服务项目设计和预期成效", "A workable service project with expected results", 20},
	{"COMMITMENT", "入驻意愿与投入", "Commitment", "愿意按孵化计划参加培训、评估并按时出壳", "Willing to follow the plan, trainings and assessments, and to graduate on time", 15},
}

// Criteria lists the admission criteria in the reader's language.
func (s *Service) AdmissionCriteria(ctx context.Context, _ *gen.Client) ([]*Criterion, error) {
	zh := lang.FromContext(ctx) == lang.ZH
	out := make([]*Criterion, len(admissionCriteria))
	for i, c := range admissionCriteria {
		out[i] = &Criterion{Key: c.Key, Name: pick(zh, c.ZH, c.EN), Weight: c.Weight, Guidance: pick(zh, c.GuideZH, c.GuideEN)}
	}
	return out, nil
}

// AdmissionScoreName names an admission score's criterion in the reader's language.
func (s *Service) AdmissionScoreName(ctx context.Context, _ *gen.Client, sc *scores.Admission) (string, error) {
	zh := lang.FromContext(ctx) == lang.ZH
	for _, c := range admissionCriteria {
		if c.Key == sc.Key {
			return pick(zh, c.ZH, c.EN), nil
		}
	}
	return sc.Key, nil
}

func pick(zh bool, z, e string) string {
	if zh {
		return z
	}
	return e
}

// CheckApplication implements casework.Programme: every problem of the
// admission form at once.
func (s *Service) CheckApplication(_ context.Context, _ *gen.Client, cs *gen.ServiceCase) ([]casework.Problem, error) {
	var a Application
	if err := casework.DecodeApplication(cs, &a); err != nil {
		return []casework.Problem{{Field: "application", Message: "the form has fields this service does not know: " + err.Error(),
			ZH: "申请表包含本事项没有的字段：" + err.Error()}}, nil
	}
	var ps []casework.Problem
	add := func(field, en, zh string) { ps = append(ps, casework.Problem{Field: field, Message: en, ZH: zh}) }
	switch a.Stage {
	case "SPROUT", "STARTUP", "HUB":
	default:
		add("stage", "choose the stage applied for: sprout, start-up or hub", "请选择申请的孵化类型：萌芽型、初创型或枢纽型")
	}
	if !orgtype.ServiceField(a.ServiceField).Valid() {
		add("serviceField", "choose the field the organisation serves in", "请选择服务领域")
	}
	for _, f := range []struct{ key, value, en, zh string }{
		{"communityNeed", a.CommunityNeed, "the community need", "回应的社区需求"},
		{"team", a.Team, "the team", "团队情况"},
		{"expectations", a.Expectations, "what the organisation wants from the centre", "希望孵化基地提供的支持"},
	} {
		n := utf8.RuneCountInString(strings.TrimSpace(f.value))
		switch {
		case n == 0:
			add(f.key, "describe "+f.en, "请填写"+f.zh)
		case n > 2000:
			add(f.key, fmt.Sprintf("%s is %d characters; at most 2000", f.en, n), fmt.Sprintf("%s共 %d 字，最多 2000 字", f.zh, n))
		}
	}
	if a.SeatsNeeded == nil || *a.SeatsNeeded < 0 || *a.SeatsNeeded > 50 {
		add("seatsNeeded", "give the seats needed, 0 to 50 (0 for virtual incubation only)", "请填写需要的工位数，0 至 50（0 表示仅申请线上孵化）")
	}
	return ps, nil
}

// AssessAdmission records staff's readiness assessment of admission case
// caseID and what approving it will do.
func (s *Service) AssessAdmission(ctx context.Context, c *gen.Client, caseID int, in AdmissionInput) (*gen.AdmissionAssessment, error) {
	if !authz.Can(ctx, authz.ObjTenancy, authz.ActCreate) {
		return nil, apperr.ErrForbidden
	}
	cs, err := c.ServiceCase.Get(ctx, caseID)
	if err != nil {
		return nil, err
	}
	if cs.Programme != Key {
		return nil, apperr.New(apperr.BadUserInput, "this case is not an incubation admission", "该办件不是入壳孵化申请").
			OnField("caseID").WithReason("NOT_ADMISSION")
	}
	if cs.Decision != nil || cs.State == servicecase.StateDRAFT || cs.State == servicecase.StateWITHDRAWN {
		return nil, apperr.New(apperr.Conflict, "only a submitted case awaiting its decision can be assessed",
			"只有已提交、尚未决定的办件可以评估").WithReason("CASE_NOT_OPEN")
	}
	centre, err := c.IncubationCentre.Get(ctx, in.CentreID)
	if err != nil {
		return nil, err
	}
	if centre.DomainID != cs.DomainID {
		return nil, apperr.ErrNotFound
	}
	sc, readiness, err := admissionScores(in.Scores)
	if err != nil {
		return nil, err
	}
	term := centre.DefaultTermMonths
	if in.TermMonths != nil {
		term = *in.TermMonths
	}
	if term < 12 || term > 24 {
		return nil, apperr.Invalid("termMonths", "the term is 12 to 24 months", "孵化期为 12 至 24 个月")
	}
	seats := 0
	var spaceID *int
	if in.Outcome == admissionassessment.OutcomeADMIT {
		if in.SpaceID == nil || in.Seats == nil || *in.Seats < 1 {
			return nil, apperr.Invalid("spaceID", "admitting into a space needs the space and at least one seat",
				"入驻空间需要选择空间并至少分配 1 个工位")
		}
		sp, err := c.IncubationSpace.Get(ctx, *in.SpaceID)
		if err != nil {
			return nil, err
		}
		if sp.CentreID != centre.ID {
			return nil, apperr.Invalid("spaceID", "the space is not in the centre chosen", "该空间不属于所选孵化基地")
		}
		if *in.Seats > sp.Seats {
			return nil, apperr.Invalidf("seats", "space %s has %d seats", "空间 %s 共有 %d 个工位", sp.Code, sp.Seats)
		}
		seats, spaceID = *in.Seats, &sp.ID
	}
	if in.MentorID != nil {
		if err := checkMentor(ctx, c, *in.MentorID, cs.DomainID); err != nil {
			return nil, err
		}
	}
	name := viewerName(ctx, c)
	sys := privacy.DecisionContext(ctx, privacy.Allow)
	id, err := c.AdmissionAssessment.Create().
		SetDomainID(cs.DomainID).SetCaseID(cs.ID).SetCentreID(centre.ID).
		SetScores(sc).SetReadiness(readiness).SetOutcome(in.Outcome).
		SetNillableSpaceID(spaceID).SetSeats(seats).SetTermMonths(term).
		SetNillableMentorID(in.MentorID).SetComment(deref(in.Comment)).SetAssessorName(name).
		OnConflictColumns(admissionassessment.FieldCaseID).UpdateNewValues().
		ID(sys)
	if err != nil {
		return nil, err
	}
	return c.AdmissionAssessment.Get(ctx, id)
}

// admissionScores checks one score 0–100 per criterion and weighs them.
func admissionScores(in []ScoreInput) ([]scores.Admission, int, error) {
	got := map[string]int{}
	for _, s := range in {
		if _, dup := got[s.Key]; dup {
			return nil, 0, apperr.Invalidf("scores", "criterion %s is scored twice", "评分项 %s 重复", s.Key)
		}
		if s.Score < 0 || s.Score > 100 {
			return nil, 0, apperr.Invalidf("scores", "scores are 0 to 100; %s has %d", "评分为 0 至 100；%s 为 %d", s.Key, s.Score)
		}
		got[s.Key] = s.Score
	}
	var out []scores.Admission
	var ws, vs []int
	var missing []string
	for _, c := range admissionCriteria {
		v, ok := got[c.Key]
		if !ok {
			missing = append(missing, c.Key)
			continue
		}
		delete(got, c.Key)
		out = append(out, scores.Admission{Key: c.Key, Weight: c.Weight, Score: v})
		ws, vs = append(ws, c.Weight), append(vs, v)
	}
	if len(missing) > 0 {
		return nil, 0, apperr.Invalid("scores", "score every criterion; missing: "+strings.Join(missing, ", "),
			"请为每个评分项打分，缺少："+strings.Join(missing, "、"))
	}
	for k := range got {
		return nil, 0, apperr.Invalidf("scores", "there is no criterion %s", "没有评分项 %s", k)
	}
	return out, (scores.WeightedTenths(ws, vs) + 5) / 10, nil
}

// AdmissionAssessment is staff's assessment of case caseID, if made.
func (s *Service) AdmissionAssessment(ctx context.Context, c *gen.Client, caseID int) (*gen.AdmissionAssessment, error) {
	a, err := c.AdmissionAssessment.Query().Where(admissionassessment.CaseID(caseID)).Only(ctx)
	if gen.IsNotFound(err) {
		return nil, nil
	}
	return a, err
}

// AdmissionCentre is the centre an assessment admits into.
func (s *Service) AdmissionCentre(ctx context.Context, c *gen.Client, a *gen.AdmissionAssessment) (*gen.IncubationCentre, error) {
	return c.IncubationCentre.Get(ctx, a.CentreID)
}

// AdmissionSpace is the space an assessment admits into, if any.
func (s *Service) AdmissionSpace(ctx context.Context, c *gen.Client, a *gen.AdmissionAssessment) (*gen.IncubationSpace, error) {
	if a.SpaceID == nil {
		return nil, nil
	}
	return c.IncubationSpace.Get(ctx, *a.SpaceID)
}

func deref[T any](p *T) T {
	var z T
	if p == nil {
		return z
	}
	return *p
}
