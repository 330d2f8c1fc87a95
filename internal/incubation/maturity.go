package incubation

import (
	"context"
	"fmt"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/document"
	"hatchery/ent/maturitycriterion"
	"hatchery/ent/tenancy"
	"hatchery/internal/apperr"
	"hatchery/internal/casework"
	"hatchery/internal/documents/owner"
	"hatchery/internal/incubation/scores"
	"hatchery/internal/lang"
	"hatchery/internal/notify"
)

// The maturity scorecard: staff score a tenant on each active criterion
// of its centre; the weighted total decides graduation. Assessments are
// due every centre.assessment_interval_months (quarterly by default) and
// the assessments job reminds the mentor.

// AssessMaturity records a maturity assessment of tenancy tenancyID.
func (s *Service) AssessMaturity(ctx context.Context, c *gen.Client, tenancyID int, in MaturityInput) (*gen.MaturityAssessment, error) {
	t, err := activeTenancy(ctx, c, tenancyID)
	if err != nil {
		return nil, err
	}
	on := casework.Day(in.AssessedOn)
	if on.After(casework.Day(s.Now())) || on.Before(t.StartOn) {
		return nil, apperr.Invalid("assessedOn", "the assessment date is between the tenancy's start and today",
			"评估日期须在入壳日期与今天之间")
	}
	crit, err := c.MaturityCriterion.Query().Where(maturitycriterion.CentreID(t.CentreID), maturitycriterion.Active(true)).
		Order(gen.Asc(maturitycriterion.FieldPosition), gen.Asc(maturitycriterion.FieldID)).All(ctx)
	if err != nil {
		return nil, err
	}
	sum := 0
	for _, cr := range crit {
		sum += cr.Weight
	}
	if sum != 100 {
		return nil, apperr.Newf(apperr.Conflict, "the centre's active criteria weigh %d in all, not 100; fix the scorecard in the centre's settings",
			"本基地启用的评分项权重合计为 %d，不是 100，请先在基地设置中调整评分表", sum).WithReason("CRITERIA_WEIGHTS")
	}
	given := map[int]int{}
	for _, sc := range in.Scores {
		if _, dup := given[sc.CriterionID]; dup {
			return nil, apperr.Invalid("scores", "a criterion is scored twice", "同一评分项重复打分")
		}
		if sc.Score < 0 || sc.Score > 100 {
			return nil, apperr.Invalidf("scores", "scores are 0 to 100, not %d", "评分为 0 至 100，不能为 %d", sc.Score)
		}
		given[sc.CriterionID] = sc.Score
	}
	out := make([]scores.Maturity, 0, len(crit))
	ws, vs := make([]int, 0, len(crit)), make([]int, 0, len(crit))
	var missing []string
	for _, cr := range crit {
		v, ok := given[cr.ID]
		if !ok {
			missing = append(missing, cr.NameZh)
			continue
		}
		delete(given, cr.ID)
		out = append(out, scores.Maturity{CriterionID: cr.ID, Key: cr.Key, NameZh: cr.NameZh, NameEn: cr.NameEn, Weight: cr.Weight, Score: v})
		ws, vs = append(ws, cr.Weight), append(vs, v)
	}
	if len(missing) > 0 {
		return nil, apperr.Invalidf("scores", "score every active criterion; %d missing", "请为每个启用的评分项打分，缺少 %d 项", len(missing)).
			With("missing", missing)
	}
	if len(given) > 0 {
		return nil, apperr.Invalid("scores", "a score names a criterion that is not active in this centre", "评分包含本基地未启用的评分项")
	}
	ev := in.EvidenceDocumentIDs
	if ev == nil {
		ev = []int{}
	}
	if len(ev) > 0 {
		n, err := c.Document.Query().Where(document.IDIn(ev...), document.OwnerKind(owner.Organization),
			document.OwnerID(t.OrganizationID)).Count(ctx)
		if err != nil {
			return nil, err
		}
		if n != len(ev) {
			return nil, apperr.Invalid("evidenceDocumentIDs", "evidence must be documents of the tenant organisation", "佐证材料须为该组织的文件")
		}
	}
	return c.MaturityAssessment.Create().SetDomainID(t.DomainID).SetTenancyID(t.ID).SetAssessedOn(on).
		SetScores(out).SetTotalTenths(scores.WeightedTenths(ws, vs)).SetComment(deref(in.Comment)).
		SetEvidenceDocumentIds(ev).SetAssessorID(viewerID(ctx)).SetAssessorName(viewerName(ctx, c)).Save(ctx)
}

// AssessmentEvidence are an assessment's evidence documents the reader may see.
func (s *Service) AssessmentEvidence(ctx context.Context, c *gen.Client, a *gen.MaturityAssessment) ([]*gen.Document, error) {
	if len(a.EvidenceDocumentIds) == 0 {
		return []*gen.Document{}, nil
	}
	return c.Document.Query().Where(document.IDIn(a.EvidenceDocumentIds...)).All(ctx)
}

// MaturityScoreName names a score's criterion in the reader's language.
func (s *Service) MaturityScoreName(ctx context.Context, _ *gen.Client, sc *scores.Maturity) (string, error) {
	return pick(lang.FromContext(ctx) == lang.ZH, sc.NameZh, sc.NameEn), nil
}

// AssessmentDue is when a tenancy's next assessment is due: an interval
// after the latest one, or after the start.
func (s *Service) AssessmentDue(ctx context.Context, c *gen.Client, t *gen.Tenancy) (*time.Time, error) {
	if t.Status != tenancy.StatusACTIVE {
		return nil, nil
	}
	centre, err := s.centreOf(ctx, c, t)
	if err != nil {
		return nil, err
	}
	last, err := s.LatestAssessment(ctx, c, t)
	if err != nil {
		return nil, err
	}
	from := t.StartOn
	if last != nil {
		from = last.AssessedOn
	}
	due := from.AddDate(0, centre.AssessmentIntervalMonths, 0)
	return &due, nil
}

// RemindAssessments tells each active tenancy's mentor (or, without one,
// nobody but the list) of an assessment due within 7 days or overdue, once
// per tenancy and due date.
//
// The tenancies' centres and latest assessments are read through the
// loaders, assessmentPage tenancies at a time named as a list's page
// (PageTenancies): one statement each a page, where one tenancy at a time
// took two statements a tenancy (2.0–2.6 s a run on the province data). A
// page bounds what one read holds: every assessment of its tenancies.
func (s *Service) RemindAssessments(ctx context.Context, c *gen.Client) (int, error) {
	sys := system(ctx)
	ts, err := c.Tenancy.Query().Where(tenancy.StatusEQ(tenancy.StatusACTIVE), tenancy.MentorIDNotNil()).
		WithOrganization().All(sys)
	if err != nil {
		return 0, err
	}
	soon := casework.Day(s.Now()).AddDate(0, 0, 7)
	n := 0
	var loaded context.Context
	for i, t := range ts {
		if i%s.assessmentPage() == 0 {
			loaded = s.WithLoaders(sys, c)
			PageTenancies(loaded, ts[i:min(i+s.assessmentPage(), len(ts))])
		}
		due, err := s.AssessmentDue(loaded, c, t)
		if err != nil {
			return n, err
		}
		if due == nil || due.After(soon) {
			continue
		}
		name := ""
		if t.Edges.Organization != nil {
			name = t.Edges.Organization.Name
		}
		err = s.Notify.Send(sys, c, notify.Message{
			RecipientID: *t.MentorID, DomainID: t.DomainID, Kind: KindAssessmentDue,
			Title:     notify.Text{ZH: "成熟度评估到期：" + name, EN: "Maturity assessment due: " + name},
			Body:      notify.Text{ZH: fmt.Sprintf("应于 %s 前完成评估。", due.Format("2006年1月2日")), EN: fmt.Sprintf("Due by %s.", due.Format("2 January 2006"))},
			SubjectID: t.ID, Path: fmt.Sprintf("/incubation/tenancies/%d", t.ID),
			DedupKey: fmt.Sprintf("%s:%d:%s", KindAssessmentDue, t.ID, due.Format("2006-01-02")),
		})
		if err != nil {
			return n, err
		}
		n++
	}
	return n, nil
}

// assessmentPage is how many tenancies RemindAssessments reads together:
// AssessmentPage, or 500.
func (s *Service) assessmentPage() int {
	if s.AssessmentPage > 0 {
		return s.AssessmentPage
	}
	return 500
}
