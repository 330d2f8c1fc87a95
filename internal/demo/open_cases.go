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
	orgs, err := client.Organization.Query().Where(organization.DomainID(domainID)).Order(organization.ByID()).Limit(3).All(ctx)
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
		{incubation, orgs[0], "2026年度入壳孵化申请", servicecase.StateSUBMITTED, false, 0, false},
		{grant, orgs[1], "“四点半课堂”公益创投项目", servicecase.StatePRE_REVIEW, false, 0, false},
		{incubation, orgs[2], "社区营造项目入壳申请", servicecase.StateIN_REVIEW, true, 1, false},
		{grant, orgs[1], "邻里互助公益创投项目", servicecase.StateIN_REVIEW, true, -2, false},
		{incubation, orgs[0], "阳光助老项目入壳申请", servicecase.StateACCEPTED_WITH_DEFICIENCIES, true, incubation.PromisedDays - 1, true},
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
		cs, err := q.SetChecklist(list).Save(ctx)
		if err != nil {
			return fmt.Errorf("demo case %s: %w", o.title, err)
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
