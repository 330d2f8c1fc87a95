package demo

import (
	"context"
	"fmt"
	"time"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/casecounter"
	"hatchery/ent/organization"
	"hatchery/ent/servicecase"
	"hatchery/ent/serviceitem"
	"hatchery/ent/user"
	"hatchery/internal/audit"
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
	number := numberer(ctx, client, domainID, now)
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
		num, err := number()
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
			due = calendarDay(due)
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
				SetDeadline(calendarDay(cal.AddWorkdays(accepted, o.item.SupplementDays))).
				SetConsequence("逾期未补正的，视为撤回申请，本申请予以退回。 / If the materials are not supplied by the deadline, the application is returned as withdrawn.").
				SetIssuedByID(users["staff"]).Exec(ctx)
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// numberer hands out the domain's next case numbers for now's year.
func numberer(ctx context.Context, client *gen.Client, domainID int, now time.Time) func() (string, error) {
	return func() (string, error) {
		year := workdays.DateOf(now).Year()
		err := client.CaseCounter.Create().SetDomainID(domainID).SetYear(year).
			OnConflictColumns(casecounter.FieldDomainID, casecounter.FieldYear).Ignore().Exec(ctx)
		if err != nil {
			return "", err
		}
		if err := client.CaseCounter.Update().Where(casecounter.DomainID(domainID), casecounter.Year(year)).AddLast(1).Exec(ctx); err != nil {
			return "", err
		}
		c, err := client.CaseCounter.Query().Where(casecounter.DomainID(domainID), casecounter.Year(year)).Only(ctx)
		if err != nil {
			return "", err
		}
		d, err := client.Domain.Get(ctx, domainID)
		if err != nil {
			return "", err
		}
		return fmt.Sprintf("%s-%d-%06d", d.CasePrefix, year, c.Last), nil
	}
}

// calendarDay is t's China date at midnight UTC, as casework stores dates.
func calendarDay(t time.Time) time.Time {
	y, m, d := workdays.DateOf(t).Date()
	return time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
}
