package demo

import (
	"context"
	"fmt"
	"math/rand/v2"
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
)

// items is the demo catalogue of one-window services.
var items = []struct {
	code, name                  string
	statutory, promised, supply int
	delegated                   bool
	materials                   []casedata.Material
	programme                   string
}{
	{"INCUBATION_ADMISSION", "社会组织入壳孵化申请", 20, 5, 5, true, []casedata.Material{
		{Key: "certificate", Name: "登记证书", Core: true, Category: "REGISTRATION_CERTIFICATE"},
		{Key: "articles", Name: "章程", Core: true, Category: "ARTICLES_OF_ASSOCIATION"},
		{Key: "budget", Name: "项目预算", Core: false, Category: "BUDGET"},
	}, "incubation"},
	// A plain service (no programme), for the one-window flow on its own.
	{"ARTICLES_APPROVAL", "社会组织章程核准", 20, 5, 5, true, []casedata.Material{
		{Key: "certificate", Name: "登记证书", Core: true, Category: "REGISTRATION_CERTIFICATE"},
		{Key: "articles", Name: "章程", Core: true, Category: "ARTICLES_OF_ASSOCIATION"},
		{Key: "budget", Name: "项目预算", Core: false, Category: "BUDGET"},
	}, ""},
	// Venture grants: its cases are proposals to a call (internal/grant);
	// the bureau delegates the decision to the centre's staff, who award
	// from the call's ranked list.
	{"VENTURE_GRANT", "公益创投项目申报", 30, 10, 5, true, []casedata.Material{
		{Key: "certificate", Name: "登记证书", Core: true, Category: "REGISTRATION_CERTIFICATE"},
		{Key: "proposal", Name: "项目申报书", Core: true, Category: "PROPOSAL"},
		{Key: "budget", Name: "项目预算", Core: false, Category: "BUDGET"},
		{Key: "financial", Name: "上年度财务报表", Core: false, Category: "FINANCIAL_STATEMENT"},
	}, "venture_grant"},
	{"SERVICE_PURCHASE_BID", "政府购买服务项目申报", 30, 15, 5, false, []casedata.Material{
		{Key: "certificate", Name: "登记证书", Core: true, Category: "REGISTRATION_CERTIFICATE"},
		{Key: "proposal", Name: "服务方案", Core: true, Category: "PROPOSAL"},
		{Key: "budget", Name: "报价及预算", Core: true, Category: "BUDGET"},
	}, ""},
	{"BRAND_AWARD", "品牌社会组织评选申报", 20, 10, 5, true, []casedata.Material{
		{Key: "certificate", Name: "登记证书", Core: true, Category: "REGISTRATION_CERTIFICATE"},
		{Key: "report", Name: "年度工作报告", Core: true, Category: "REPORT"},
		{Key: "photos", Name: "活动照片", Core: false, Category: "PHOTO"},
	}, ""},
}

// SeedCasework adds the catalogue of service items to domainID and closed
// cases spread over the year before now, with working days and ratings like
// the seed document's figures (most decided in one or two working days
// against five promised; nearly everyone satisfied), so the statistics
// dashboard has something to show. It runs as the system.
func SeedCasework(ctx context.Context, client *gen.Client, domainID, closed int, now time.Time) error {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	var itemIDs []int
	for _, it := range items {
		row, err := client.ServiceItem.Create().SetDomainID(domainID).SetCode(it.code).SetName(it.name).
			SetStatutoryDays(it.statutory).SetPromisedDays(it.promised).SetSupplementDays(it.supply).
			SetDelegated(it.delegated).SetMaterials(it.materials).SetProgramme(it.programme).Save(ctx)
		if err != nil {
			return err
		}
		// Made-up closed cases only of plain services: an application to a
		// programme has a form, an assessment and a record its decision made
		// (a tenancy, a waitlist entry), which a bulk insert cannot invent.
		if it.programme == "" {
			itemIDs = append(itemIDs, row.ID)
		}
	}
	return ClosedCases(ctx, client, domainID, itemIDs, closed, now, 1)
}

// ClosedCases bulk-inserts n closed cases of the given service items into
// domainID, closed over the year before now (also used by the statistics
// benchmark for volume). Numbers continue the domain's counters.
func ClosedCases(ctx context.Context, client *gen.Client, domainID int, itemIDs []int, n int, now time.Time, seed uint64) error {
	// Made-up history: not changes anyone made, so not in the audit trail.
	ctx = audit.Quiet(privacy.DecisionContext(ctx, privacy.Allow))
	rng := rand.New(rand.NewPCG(seed, 2026))
	orgIDs, err := client.Organization.Query().Where(organization.DomainID(domainID)).IDs(ctx)
	if err != nil {
		return err
	}
	applicant, err := client.User.Query().Where(user.DomainID(domainID)).First(ctx)
	if err != nil {
		return err
	}
	dom, err := client.Domain.Get(ctx, domainID)
	if err != nil {
		return err
	}
	sitems, err := client.ServiceItem.Query().Where(serviceitem.DomainID(domainID)).All(ctx)
	if err != nil {
		return err
	}
	item := map[int]*gen.ServiceItem{}
	for _, it := range sitems {
		item[it.ID] = it
	}
	// Continue the domain's counters, so numbers stay unique.
	counters := map[int]int{}
	existing, err := client.CaseCounter.Query().Where(casecounter.DomainID(domainID)).All(ctx)
	if err != nil {
		return err
	}
	for _, c := range existing {
		counters[c.Year] = c.Last
	}
	const batch = 500
	for start := 0; start < n; start += batch {
		var bulk []*gen.ServiceCaseCreate
		var steps [][]step
		for i := start; i < min(start+batch, n); i++ {
			it := item[itemIDs[rng.IntN(len(itemIDs))]]
			closedAt := now.Add(-time.Duration(rng.Int64N(int64(365 * 24 * time.Hour))))
			used := usedDays(rng, it.PromisedDays)
			decided := closedAt.Add(-24 * time.Hour)
			accepted := decided.AddDate(0, 0, -used-used/5*2)
			year := accepted.Year()
			counters[year]++
			rating := 5
			if rng.IntN(20) == 0 {
				rating = 4
			}
			submitted := accepted.Add(-2 * time.Hour)
			steps = append(steps, closedSteps(submitted, accepted, decided, closedAt, rating))
			bulk = append(bulk, client.ServiceCase.Create().SetCreatedAt(submitted.Add(-time.Hour)).
				SetDomainID(domainID).
				SetNumber(fmt.Sprintf("%s-%d-%06d", dom.CasePrefix, year, counters[year])).
				SetServiceItemID(it.ID).SetOrganizationID(orgIDs[rng.IntN(len(orgIDs))]).SetApplicantID(applicant.ID).
				SetTitle(it.Name).SetState(servicecase.StateCLOSED).
				SetItemName(it.Name).SetStatutoryDays(it.StatutoryDays).SetPromisedDays(it.PromisedDays).
				SetSupplementDays(it.SupplementDays).SetDelegated(it.Delegated).SetChecklist(checklist(it.Materials)).
				SetSubmittedAt(submitted).SetAcceptedAt(accepted).SetDecidedAt(decided).
				SetDecision(servicecase.DecisionAPPROVED).SetDecisionReason("材料齐全，符合条件。").
				SetWorkingDaysUsed(used).SetOnTime(used <= it.PromisedDays).
				SetDeliveryMethod(servicecase.DeliveryMethodONLINE).SetDeliveredAt(decided.Add(time.Hour)).
				SetRating(rating).SetClosedAt(closedAt))
		}
		cases, err := client.ServiceCase.CreateBulk(bulk...).Save(ctx)
		if err != nil {
			return err
		}
		if err := history(ctx, client, cases, steps, applicant); err != nil {
			return err
		}
	}
	for year, last := range counters {
		err := client.CaseCounter.Create().SetDomainID(domainID).SetYear(year).SetLast(last).
			OnConflictColumns(casecounter.FieldDomainID, casecounter.FieldYear).
			Update(func(u *gen.CaseCounterUpsert) { u.SetLast(last) }).Exec(ctx)
		if err != nil {
			return err
		}
	}
	return nil
}

// usedDays draws the working days a case took: mostly one or two, rarely
// up to the promise, very rarely one over it.
func usedDays(rng *rand.Rand, promised int) int {
	switch p := rng.IntN(100); {
	case p < 45:
		return 1
	case p < 80:
		return 2
	case p < 97:
		return 1 + rng.IntN(promised)
	default:
		return promised + 1
	}
}

// paperNote says why a historical case's materials are present without a
// file: they were checked on paper at the window, before the platform.
const paperNote = "窗口核验纸质材料（平台上线前办结的历史办件，无电子材料）"

func checklist(ms []casedata.Material) []casedata.Check {
	out := make([]casedata.Check, len(ms))
	for i, m := range ms {
		out[i] = casedata.Check{Material: m, DocumentIDs: []int{}, Status: casedata.Present, Note: paperNote}
	}
	return out
}

// step is one entry of a seeded case's history.
type step struct {
	action, from, to, reason string
	at                       time.Time
}

// closedSteps is the history the real flow writes for a case submitted,
// accepted at once, decided, delivered online and closed by its rating.
func closedSteps(submitted, accepted, decided, closed time.Time, rating int) []step {
	return []step{
		{"SUBMIT", "DRAFT", "SUBMITTED", "", submitted},
		{"START_PRE_REVIEW", "SUBMITTED", "PRE_REVIEW", "", accepted.Add(-time.Hour)},
		{"ACCEPT", "PRE_REVIEW", "ACCEPTED", "", accepted},
		{"DECIDE", "ACCEPTED", "DECIDED", "APPROVED", decided},
		{"DELIVER", "DECIDED", "DELIVERED", "ONLINE", decided.Add(time.Hour)},
		{"RATE", "DELIVERED", "CLOSED", fmt.Sprintf("%d ", rating), closed},
	}
}

// history writes each seeded case's steps as its timeline; the applicant's
// own steps (submitting, rating) name them, as the real flow does.
func history(ctx context.Context, client *gen.Client, cases []*gen.ServiceCase, steps [][]step, applicant *gen.User) error {
	var bulk []*gen.CaseEventCreate
	for i, cs := range cases {
		for _, st := range steps[i] {
			e := client.CaseEvent.Create().SetDomainID(cs.DomainID).SetCaseID(cs.ID).
				SetAction(st.action).SetFromState(st.from).SetToState(st.to).SetReason(st.reason).SetCreatedAt(st.at)
			if st.action == "SUBMIT" || st.action == "RATE" {
				e.SetActorID(applicant.ID).SetActorName(applicant.DisplayName)
			}
			bulk = append(bulk, e)
		}
	}
	return client.CaseEvent.CreateBulk(bulk...).Exec(ctx)
}
