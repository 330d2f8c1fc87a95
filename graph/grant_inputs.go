package graph

import (
	"hatchery/graph/model"
	"hatchery/internal/grant"
	"hatchery/internal/grant/grantdata"
	"hatchery/internal/review/reviewdata"
)

// The venture-grant inputs as internal/grant takes them: GraphQL's
// optional fields become empty values, nothing more.

func or0[T any](p *T) T {
	var zero T
	if p == nil {
		return zero
	}
	return *p
}

func rubricIn(in []*model.RubricCriterionInput) []grantdata.Criterion {
	if in == nil {
		return nil
	}
	out := make([]grantdata.Criterion, len(in))
	for i, c := range in {
		out[i] = reviewdata.Criterion{Key: c.Key, Name: c.Name, NameEn: or0(c.NameEn), Weight: c.Weight, MaxScore: c.MaxScore, Guidance: or0(c.Guidance)}
	}
	return out
}

func questionsIn(in []*model.CallQuestionInput) []grantdata.Question {
	if in == nil {
		return nil
	}
	out := make([]grantdata.Question, len(in))
	for i, q := range in {
		out[i] = grantdata.Question{Key: q.Key, Label: q.Label, Kind: q.Kind, Required: q.Required, Help: or0(q.Help), Choices: q.Choices}
	}
	return out
}

func eligibilityIn(in *model.CallEligibilityInput) *grantdata.Eligibility {
	if in == nil {
		return nil
	}
	out := &grantdata.Eligibility{OrgKinds: []string{}, MinMonthsRegistered: or0(in.MinMonthsRegistered)}
	for _, k := range in.OrgKinds {
		out.OrgKinds = append(out.OrgKinds, string(k))
	}
	return out
}

func createCallIn(in model.CreateGrantCallInput) grant.CallInput {
	return grant.CallInput{Year: &in.Year, Title: &in.Title, Description: in.Description, Categories: in.Categories,
		MinAmount: &in.MinAmount, MaxAmount: &in.MaxAmount, OpensAt: &in.OpensAt, ClosesAt: &in.ClosesAt,
		ServiceItemID: &in.ServiceItemID, Eligibility: eligibilityIn(in.Eligibility), Rubric: rubricIn(in.Rubric),
		Questions: questionsIn(in.Questions), ReviewersPerProposal: in.ReviewersPerProposal, AnnouncementDays: in.AnnouncementDays}
}

func updateCallIn(in model.UpdateGrantCallInput) grant.CallInput {
	return grant.CallInput{Title: in.Title, Description: in.Description, Categories: in.Categories,
		MinAmount: in.MinAmount, MaxAmount: in.MaxAmount, OpensAt: in.OpensAt, ClosesAt: in.ClosesAt,
		Eligibility: eligibilityIn(in.Eligibility), Rubric: rubricIn(in.Rubric), Questions: questionsIn(in.Questions),
		ReviewersPerProposal: in.ReviewersPerProposal, AnnouncementDays: in.AnnouncementDays}
}

func linesIn(in []*model.CallFundLineInput) []grant.Line {
	out := make([]grant.Line, len(in))
	for i, l := range in {
		out[i] = grant.Line{FundBudgetID: l.FundBudgetID, Amount: l.Amount}
	}
	return out
}

func decisionsIn(in []*model.AwardDecisionInput) []grant.Decision {
	out := make([]grant.Decision, len(in))
	for i, d := range in {
		out[i] = grant.Decision{ProposalID: d.ProposalID, Amount: d.Amount, Conditions: or0(d.Conditions), Reason: or0(d.Reason)}
	}
	return out
}

func scoresIn(in []*model.ReviewScoreInput) []reviewdata.Score {
	out := make([]reviewdata.Score, len(in))
	for i, s := range in {
		out[i] = reviewdata.Score{Key: s.Key, Score: s.Score, Comment: or0(s.Comment)}
	}
	return out
}
