package casework

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	gen "hatchery/ent"
	"hatchery/ent/casecounter"
	"hatchery/ent/document"
	"hatchery/ent/servicecase"
	"hatchery/internal/apperr"
	"hatchery/internal/casework/casedata"
	"hatchery/internal/viewer"
	"hatchery/internal/workdays"
)

// Open creates a draft case of service item itemID for organisation orgID.
// Privacy decides whether the viewer may apply for that organisation.
func (s *Service) Open(ctx context.Context, c *gen.Client, itemID, orgID int, title string) (*gen.ServiceCase, error) {
	v := viewer.FromContext(ctx)
	if v == nil {
		return nil, apperr.ErrUnauthenticated
	}
	title = strings.TrimSpace(title)
	if title == "" || utf8.RuneCountInString(title) > 200 {
		return nil, apperr.Invalid("title", "give the application a title of at most 200 characters", "请填写不超过 200 字的申请标题")
	}
	item, err := c.ServiceItem.Get(ctx, itemID)
	if err != nil {
		return nil, err
	}
	if !item.Active {
		return nil, apperr.Invalid("serviceItemID", "this service is not open for applications", "该事项暂未开放申请")
	}
	if _, err := s.programme(item.Programme); err != nil {
		return nil, err
	}
	return c.ServiceCase.Create().
		SetProgramme(item.Programme).
		SetServiceItemID(item.ID).
		SetOrganizationID(orgID).
		SetApplicantID(v.UserID).
		SetTitle(title).
		SetItemName(item.Name).
		SetStatutoryDays(item.StatutoryDays).
		SetPromisedDays(item.PromisedDays).
		SetSupplementDays(item.SupplementDays).
		SetDelegated(item.Delegated).
		SetChecklist(checklistOf(item.Materials, nil)).
		Save(ctx)
}

// checklistOf is a fresh checklist for materials, keeping the documents
// already offered for the same keys in old.
func checklistOf(materials []casedata.Material, old []casedata.Check) []casedata.Check {
	out := make([]casedata.Check, len(materials))
	for i, m := range materials {
		out[i] = casedata.Check{Material: m, DocumentIDs: []int{}, Status: casedata.Pending}
		for _, o := range old {
			if o.Material.Key == m.Key {
				out[i].DocumentIDs, out[i].VersionIDs = o.DocumentIDs, o.VersionIDs
			}
		}
	}
	return out
}

// AttachMaterial offers the applicant's documents for material key: while
// the case is a draft or returned, or as the supplement a deficiency notice
// asked for (the item becomes SUPPLEMENTED, awaiting the handler).
func (s *Service) AttachMaterial(ctx context.Context, c *gen.Client, id int, key string, docIDs []int) (*gen.ServiceCase, error) {
	cs, err := c.ServiceCase.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := authorize(ctx, cs, ActSupplement); err != nil {
		return nil, err
	}
	supplement := cs.State == servicecase.StateACCEPTED_WITH_DEFICIENCIES
	i := slices.IndexFunc(cs.Checklist, func(ch casedata.Check) bool { return ch.Material.Key == key })
	if i < 0 {
		return nil, apperr.Invalidf("key", "this service has no material %q", "该事项没有材料 %q", key)
	}
	if len(docIDs) == 0 {
		return nil, apperr.Invalid("documentIDs", "choose at least one document", "请至少选择一份文件")
	}
	// The documents must be the applicant organisation's own, live ones.
	n, err := c.Document.Query().Where(document.IDIn(docIDs...), document.OrganizationID(cs.OrganizationID),
		document.DeletedAtIsNil()).Count(ctx)
	if err != nil {
		return nil, err
	}
	if n != len(slices.Compact(slices.Sorted(slices.Values(docIDs)))) {
		return nil, apperr.Invalid("documentIDs", "only your organisation's own documents can be offered",
			"只能提交本组织的文件")
	}
	versions, err := pin(ctx, c, docIDs)
	if err != nil {
		return nil, err
	}
	list := slices.Clone(cs.Checklist)
	list[i].DocumentIDs, list[i].VersionIDs = docIDs, versions
	if supplement {
		if !onNotice(ctx, c, cs, key) {
			return nil, apperr.Invalidf("key", "the deficiency notice does not ask for %q", "补正告知书未要求补充 %q", key)
		}
		list[i].Status = casedata.Supplemented
	}
	reason := fmt.Sprintf("%s: %v", key, docIDs)
	return s.apply(ctx, c, cs, ActSupplement, reason, func(_ *gen.ServiceCase, u *gen.ServiceCaseUpdate) error {
		u.SetChecklist(list)
		return nil
	})
}

func onNotice(ctx context.Context, c *gen.Client, cs *gen.ServiceCase, key string) bool {
	n, err := cs.QueryNotice().Only(system(ctx))
	if err != nil {
		return false
	}
	return slices.ContainsFunc(n.Items, func(it casedata.NoticeItem) bool { return it.Key == key })
}

// Submit hands the case in. A draft takes the service item as it is now
// (catalogue edits apply to cases submitted after them) and its number.
// A programme's case is refused, listing every problem, unless its
// programme finds nothing wrong with the application.
func (s *Service) Submit(ctx context.Context, c *gen.Client, id int) (*gen.ServiceCase, error) {
	cs, err := c.ServiceCase.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := authorize(ctx, cs, ActSubmit); err != nil {
		return nil, err
	}
	if err := s.checkApplication(ctx, c, cs); err != nil {
		return nil, err
	}
	item, err := cs.QueryServiceItem().Only(system(ctx))
	if err != nil {
		return nil, err
	}
	var number string
	if cs.Number == nil {
		if number, err = NextNumber(ctx, c, cs.DomainID, s.Now()); err != nil {
			return nil, err
		}
	}
	now := s.Now()
	list := checklistOf(item.Materials, cs.Checklist)
	if err := pinAll(ctx, c, list); err != nil {
		return nil, err
	}
	return s.apply(ctx, c, cs, ActSubmit, "", func(cs *gen.ServiceCase, u *gen.ServiceCaseUpdate) error {
		u.SetSubmittedAt(now).
			SetItemName(item.Name).
			SetStatutoryDays(item.StatutoryDays).
			SetPromisedDays(item.PromisedDays).
			SetSupplementDays(item.SupplementDays).
			SetDelegated(item.Delegated).
			SetChecklist(list)
		if number != "" {
			u.SetNumber(number)
		}
		return nil
	})
}

// NextNumber hands out the domain's next case number for now's year, e.g.
// DQ-2026-000123. The counter row is incremented inside the caller's
// transaction, so concurrent submissions queue on it and never share a number.
func NextNumber(ctx context.Context, c *gen.Client, domainID int, now time.Time) (string, error) {
	sys := system(ctx)
	year := workdays.DateOf(now).Year()
	err := c.CaseCounter.Create().SetDomainID(domainID).SetYear(year).
		OnConflictColumns(casecounter.FieldDomainID, casecounter.FieldYear).Ignore().Exec(sys)
	if err != nil {
		return "", err
	}
	if err := c.CaseCounter.Update().
		Where(casecounter.DomainID(domainID), casecounter.Year(year)).AddLast(1).Exec(sys); err != nil {
		return "", err
	}
	ctr, err := c.CaseCounter.Query().Where(casecounter.DomainID(domainID), casecounter.Year(year)).Only(sys)
	if err != nil {
		return "", err
	}
	d, err := c.Domain.Get(sys, domainID)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("%s-%d-%06d", d.CasePrefix, year, ctr.Last), nil
}
