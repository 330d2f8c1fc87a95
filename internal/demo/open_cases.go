package demo

import (
	"context"
	"fmt"
	"time"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/organization"
	"hatchery/ent/servicecase"
	"hatchery/ent/serviceitem"
	"hatchery/ent/user"
	"hatchery/internal/audit"
	"hatchery/internal/casework"
	"hatchery/internal/casework/casedata"
	"hatchery/internal/workdays"
)

// OpenCases puts a few cases in progress into domainID, so a newcomer sees
// the workbench at work: one just submitted, one in pre-review, one due the
// next working day, one overdue, and one waiting for a supplement after its
// deficiency notice. The applicant is the demo NGO member's organisation.
func OpenCases(ctx context.Context, client *gen.Client, domainID int, now time.Time) error {
	ctx = audit.Quiet(privacy.DecisionContext(ctx, privacy.Allow))
	cal := workdays.Default()
	orgs, err := client.Organization.Query().Where(organization.DomainID(domainID)).Order(organization.ByID()).Limit(4).All(ctx)
	if err != nil {
		return err
	}
	users := map[string]int{}
	for _, name := range []string{"ngo", "staff", "admin"} {
		id, err := client.User.Query().Where(user.DomainID(domainID), user.Username(name)).OnlyID(ctx)
		if err != nil {
			return err
		}
		users[name] = id
	}
	item := func(code string) (*gen.ServiceItem, error) {
		return client.ServiceItem.Query().Where(serviceitem.DomainID(domainID), serviceitem.Code(code)).Only(ctx)
	}
	incubation, err := item("INCUBATION_ADMISSION")
	if err != nil {
		return err
	}
	grant, err := item("VENTURE_GRANT")
	if err != nil {
		return err
	}
	articles, err := item("ARTICLES_APPROVAL")
	if err != nil {
		return err
	}
	type open struct {
		item     *gen.ServiceItem
		org      *gen.Organization
		title    string
		state    servicecase.State
		accepted bool
		dueInWD  int // the decision is due this many working days from now
		notice   bool
	}
	for _, o := range []open{
		{articles, orgs[0], "章程修订核准申请", servicecase.StateSUBMITTED, false, 0, false},
		{grant, orgs[1], "“四点半课堂”公益创投项目", servicecase.StatePRE_REVIEW, false, 0, false},
		{incubation, orgs[2], "社区营造项目入壳申请", servicecase.StateIN_REVIEW, true, 1, false},
		{grant, orgs[2], "邻里互助公益创投项目", servicecase.StateIN_REVIEW, true, -2, false},
		{grant, orgs[3], "阳光助老公益创投项目", servicecase.StateACCEPTED_WITH_DEFICIENCIES, true, grant.PromisedDays - 1, true},
	} {
		num, err := casework.NextNumber(ctx, client, domainID, now)
		if err != nil {
			return err
		}
		status := casedata.Pending
		if o.accepted {
			status = casedata.Present
		}
		list := make([]casedata.Check, len(o.item.Materials))
		for i, m := range o.item.Materials {
			list[i] = casedata.Check{Material: m, DocumentIDs: []int{}, Status: status}
			if status == casedata.Present {
				list[i].Note = windowNote
			}
		}
		q := client.ServiceCase.Create().SetDomainID(domainID).SetNumber(num).
			SetServiceItemID(o.item.ID).SetOrganizationID(o.org.ID).SetApplicantID(users["ngo"]).
			SetTitle(o.title).SetState(o.state).SetItemName(o.item.Name).
			SetStatutoryDays(o.item.StatutoryDays).SetPromisedDays(o.item.PromisedDays).
			SetSupplementDays(o.item.SupplementDays).SetDelegated(o.item.Delegated).
			SetSubmittedAt(now.Add(-time.Hour))
		var accepted time.Time
		if o.state != servicecase.StateSUBMITTED {
			q.SetHandlerID(users["staff"])
		}
		if o.accepted {
			due := cal.AddWorkdays(now, o.dueInWD)
			if o.dueInWD == 0 {
				due = workdays.DateOf(now)
			}
			accepted = cal.AddWorkdays(due, -o.item.PromisedDays).Add(10 * time.Hour)
			due = casework.Day(due)
			q.SetAcceptedAt(accepted).SetDueOn(due).SetSubmittedAt(accepted.Add(-2 * time.Hour))
		}
		if o.notice {
			last := len(list) - 1 // the non-core budget
			list[last].Status = casedata.Missing
			q.SetPauses([]casedata.Pause{{From: accepted}})
		}
		submitted := now.Add(-time.Hour)
		if o.accepted {
			submitted = accepted.Add(-2 * time.Hour)
		}
		if o.item.Programme == "incubation" {
			q.SetApplication(map[string]any{"stage": "STARTUP", "serviceField": "COMMUNITY_SERVICE",
				"communityNeed": "老旧小区公共空间少，居民议事缺少平台", "team": "专职 3 人，社区志愿者 25 人",
				"expectations": "办公工位、项目设计辅导和财务规范化指导", "seatsNeeded": 2})
		}
		cs, err := q.SetChecklist(list).SetCreatedAt(submitted.Add(-time.Hour)).Save(ctx)
		if err != nil {
			return fmt.Errorf("demo case %s: %w", o.title, err)
		}
		ngo, err := client.User.Get(ctx, users["ngo"])
		if err != nil {
			return err
		}
		if err := history(ctx, client, []*gen.ServiceCase{cs}, [][]step{openSteps(o.state, submitted, accepted)}, ngo); err != nil {
			return err
		}
		if o.notice {
			m := list[len(list)-1].Material
			err := client.CaseNotice.Create().SetDomainID(domainID).SetCaseID(cs.ID).
				SetItems([]casedata.NoticeItem{{Key: m.Key, Name: m.Name, Status: casedata.Missing}}).
				SetDeadline(casework.Day(cal.AddWorkdays(accepted, o.item.SupplementDays))).
				SetConsequence(casework.Consequence).
				SetIssuedByID(users["staff"]).Exec(ctx)
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// windowNote says how an open demo case's present materials were checked:
// the originals were seen at the window.
const windowNote = "窗口现场核验纸质原件"

// openSteps is the history the real flow writes up to state.
func openSteps(state servicecase.State, submitted, accepted time.Time) []step {
	steps := []step{{"SUBMIT", "DRAFT", "SUBMITTED", "", submitted}}
	if state == servicecase.StateSUBMITTED {
		return steps
	}
	preReview := submitted.Add(30 * time.Minute)
	steps = append(steps, step{"START_PRE_REVIEW", "SUBMITTED", "PRE_REVIEW", "", preReview})
	switch state {
	case servicecase.StateIN_REVIEW:
		steps = append(steps, step{"ACCEPT", "PRE_REVIEW", "ACCEPTED", "", accepted},
			step{"START_REVIEW", "ACCEPTED", "IN_REVIEW", "", accepted.Add(time.Hour)})
	case servicecase.StateACCEPTED_WITH_DEFICIENCIES:
		steps = append(steps, step{"ACCEPT_WITH_DEFICIENCIES", "PRE_REVIEW", "ACCEPTED_WITH_DEFICIENCIES", "", accepted})
	}
	return steps
}
