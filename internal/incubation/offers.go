package incubation

import (
	"context"
	"fmt"
	"time"

	"entgo.io/contrib/entgql"

	gen "hatchery/ent"
	"hatchery/ent/admissionassessment"
	"hatchery/ent/incubationspace"
	"hatchery/ent/servicecase"
	"hatchery/ent/spaceoffer"
	"hatchery/ent/tenancy"
	"hatchery/ent/waitlistentry"
	"hatchery/internal/apperr"
	"hatchery/internal/authz"
	"hatchery/internal/casework"
	"hatchery/internal/notify"
)

// The waitlist and its offers. Whenever seats are released they are
// offered, in the releasing transaction, to the first organisation in the
// centre's waitlist order (priority, then date joined) for whom a space has
// enough free seats; the offer holds those seats until it is accepted (the
// tenancy begins), declined or expires (the organisation leaves the list:
// 逾期视为放弃), or staff withdraw it — and then they pass on the same way.

// live are the entry states still in line.
var live = []waitlistentry.Status{waitlistentry.StatusWAITING, waitlistentry.StatusOFFERED}

// inLine orders entries as the waitlist does.
func inLine(q *gen.WaitlistEntryQuery) *gen.WaitlistEntryQuery {
	return q.Order(gen.Desc(waitlistentry.FieldPriority), gen.Asc(waitlistentry.FieldJoinedAt), gen.Asc(waitlistentry.FieldID))
}

// offerFreeSeats offers free seats of centre centreID to waiting entries in
// order, the space prefer (when not 0) first, until no waiting entry fits;
// entries in skip are passed over. It answers how many offers it made.
func (s *Service) offerFreeSeats(ctx context.Context, c *gen.Client, centreID, prefer int, skip ...int) (int, error) {
	sys := system(ctx)
	centre, err := c.IncubationCentre.Get(sys, centreID)
	if err != nil {
		return 0, err
	}
	made := 0
	for {
		entries, err := inLine(c.WaitlistEntry.Query().Where(
			waitlistentry.CentreID(centreID), waitlistentry.StatusEQ(waitlistentry.StatusWAITING),
			waitlistentry.IDNotIn(skip...))).All(sys)
		if err != nil {
			return made, err
		}
		offered := false
		for _, e := range entries {
			sp, err := s.spaceFor(ctx, c, centreID, prefer, e.SeatsNeeded)
			if err != nil {
				return made, err
			}
			if sp == nil {
				continue
			}
			ok, err := s.makeOffer(ctx, c, centre, e, sp)
			if err != nil {
				return made, err
			}
			if ok {
				made++
				offered = true
				break
			}
		}
		if !offered {
			return made, nil
		}
	}
}

// spaceFor finds an open space of the centre with n free seats, prefer first.
func (s *Service) spaceFor(ctx context.Context, c *gen.Client, centreID, prefer, n int) (*gen.IncubationSpace, error) {
	q := func() *gen.IncubationSpaceQuery {
		return c.IncubationSpace.Query().Where(incubationspace.CentreID(centreID),
			incubationspace.Maintenance(false), freeAtLeast(n))
	}
	if prefer != 0 {
		sp, err := q().Where(incubationspace.ID(prefer)).Only(system(ctx))
		if err == nil || !gen.IsNotFound(err) {
			return sp, err
		}
	}
	sp, err := q().Order(gen.Asc(incubationspace.FieldCode)).First(system(ctx))
	if gen.IsNotFound(err) {
		return nil, nil
	}
	return sp, err
}

// makeOffer offers entry e seats in space sp. It answers false, having
// changed nothing, when the entry is no longer waiting or the seats went.
func (s *Service) makeOffer(ctx context.Context, c *gen.Client, centre *gen.IncubationCentre, e *gen.WaitlistEntry, sp *gen.IncubationSpace) (bool, error) {
	sys := system(ctx)
	k, err := c.WaitlistEntry.Update().Where(waitlistentry.ID(e.ID), waitlistentry.StatusEQ(waitlistentry.StatusWAITING)).
		SetStatus(waitlistentry.StatusOFFERED).Save(sys)
	if err != nil || k == 0 {
		return false, err
	}
	if err := holdSeats(ctx, c, sp.ID, e.SeatsNeeded); err != nil {
		if apperr.CodeOf(err) == apperr.Conflict {
			return false, c.WaitlistEntry.UpdateOneID(e.ID).SetStatus(waitlistentry.StatusWAITING).Exec(sys)
		}
		return false, err
	}
	cal, err := s.Calendars.Get(ctx)
	if err != nil {
		return false, err
	}
	by := casework.Day(cal.AddWorkdays(s.Now(), centre.OfferDays))
	o, err := c.SpaceOffer.Create().SetDomainID(e.DomainID).SetEntryID(e.ID).SetOrganizationID(e.OrganizationID).
		SetSpaceID(sp.ID).SetSeats(e.SeatsNeeded).SetRespondBy(by).Save(sys)
	if err != nil {
		return false, err
	}
	return true, s.tellOrganization(ctx, c, e.OrganizationID, e.DomainID, notify.Message{
		Kind: KindOfferMade,
		Title: notify.Text{ZH: fmt.Sprintf("入驻邀请：%s %s 室", centre.Name, sp.Code),
			EN: fmt.Sprintf("Space offered: room %s, %s", sp.Code, centre.Name)},
		Body: notify.Text{ZH: fmt.Sprintf("%d 个工位，请于 %s 前接受或谢绝；逾期视为放弃。", o.Seats, o.RespondBy.Format("2006年1月2日")),
			EN: fmt.Sprintf("%d seat(s). Accept or decline by %s; no answer by then counts as declining.", o.Seats, o.RespondBy.Format("2 January 2006"))},
		SubjectID: o.ID,
	})
}

// closeOffer moves offer o from OPEN to status, once: it answers false when
// another request or node closed it first.
func closeOffer(ctx context.Context, c *gen.Client, o *gen.SpaceOffer, status spaceoffer.Status, note string, now func() time.Time) (bool, error) {
	k, err := c.SpaceOffer.Update().Where(spaceoffer.ID(o.ID), spaceoffer.StatusEQ(spaceoffer.StatusOPEN)).
		SetStatus(status).SetAnswerNote(note).SetAnsweredAt(now()).Save(system(ctx))
	return k == 1, err
}

// passOn ends an offer that was not taken up: the seats go back and are
// offered to the next in line; the entry leaves the list (declined,
// expired) or waits again (withdrawn by staff, passed over this time).
func (s *Service) passOn(ctx context.Context, c *gen.Client, o *gen.SpaceOffer, entry waitlistentry.Status, reason string) error {
	sys := system(ctx)
	if err := releaseSeats(ctx, c, o.SpaceID, o.Seats); err != nil {
		return err
	}
	up := c.WaitlistEntry.UpdateOneID(o.EntryID).SetStatus(entry)
	if entry == waitlistentry.StatusLEFT {
		up.SetLeftAt(s.Now()).SetLeftReason(reason)
	}
	if err := up.Exec(sys); err != nil {
		return err
	}
	e, err := c.WaitlistEntry.Get(sys, o.EntryID)
	if err != nil {
		return err
	}
	_, err = s.offerFreeSeats(ctx, c, e.CentreID, o.SpaceID, o.EntryID)
	return err
}

// AnswerSpaceOffer accepts (the tenancy begins) or declines (the seats
// pass on) offer id, for the organisation offered.
func (s *Service) AnswerSpaceOffer(ctx context.Context, c *gen.Client, id int, accept bool, note *string) (*gen.SpaceOffer, error) {
	o, err := c.SpaceOffer.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if !authz.MayActForOrganization(ctx, c, o.OrganizationID) {
		return nil, apperr.ErrForbidden
	}
	if o.Status == spaceoffer.StatusOPEN && casework.Day(s.Now()).After(o.RespondBy) {
		return nil, apperr.New(apperr.Conflict, "the offer expired on "+o.RespondBy.Format("2 January 2006"),
			"该邀请已于 "+o.RespondBy.Format("2006年1月2日")+" 逾期").WithReason("OFFER_EXPIRED")
	}
	status := spaceoffer.StatusDECLINED
	if accept {
		status = spaceoffer.StatusACCEPTED
	}
	ok, err := closeOffer(ctx, c, o, status, deref(note), s.now)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, apperr.New(apperr.Conflict, "the offer is no longer open", "该邀请已不可答复").WithReason("OFFER_CLOSED")
	}
	if !accept {
		if err := s.passOn(ctx, c, o, waitlistentry.StatusLEFT, "谢绝入驻邀请 / declined the offer"); err != nil {
			return nil, err
		}
		return c.SpaceOffer.Get(ctx, id)
	}
	if err := s.acceptOffer(ctx, c, o); err != nil {
		return nil, err
	}
	return c.SpaceOffer.Get(ctx, id)
}

// acceptOffer begins the tenancy of an accepted offer, whose seats it holds.
func (s *Service) acceptOffer(ctx context.Context, c *gen.Client, o *gen.SpaceOffer) error {
	sys := system(ctx)
	e, err := c.WaitlistEntry.Get(sys, o.EntryID)
	if err != nil {
		return err
	}
	centre, err := c.IncubationCentre.Get(sys, e.CentreID)
	if err != nil {
		return err
	}
	st := start{centre: centre, orgID: e.OrganizationID, caseID: e.CaseID, stage: tenancy.Stage(e.Stage),
		spaceID: &o.SpaceID, seats: o.Seats, termMonths: centre.DefaultTermMonths}
	if e.CaseID != nil {
		if a, err := c.AdmissionAssessment.Query().Where(admissionassessment.CaseID(*e.CaseID)).Only(sys); err == nil {
			st.termMonths, st.mentorID = a.TermMonths, a.MentorID
		}
	}
	t, err := s.startTenancy(ctx, c, st)
	if err != nil {
		return err
	}
	if err := c.WaitlistEntry.UpdateOneID(e.ID).SetStatus(waitlistentry.StatusADMITTED).SetLeftAt(s.Now()).Exec(sys); err != nil {
		return err
	}
	return c.SpaceOffer.UpdateOneID(o.ID).SetTenancyID(t.ID).Exec(sys)
}

// WithdrawSpaceOffer withdraws an open offer (staff): the organisation
// waits again and the seats pass to the next in line.
func (s *Service) WithdrawSpaceOffer(ctx context.Context, c *gen.Client, id int, reason string) (*gen.SpaceOffer, error) {
	if err := requireStaff(ctx); err != nil {
		return nil, err
	}
	if err := needReason(reason); err != nil {
		return nil, err
	}
	o, err := c.SpaceOffer.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	ok, err := closeOffer(ctx, c, o, spaceoffer.StatusWITHDRAWN, reason, s.now)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, apperr.New(apperr.Conflict, "the offer is no longer open", "该邀请已不可撤回").WithReason("OFFER_CLOSED")
	}
	if err := s.passOn(ctx, c, o, waitlistentry.StatusWAITING, ""); err != nil {
		return nil, err
	}
	return c.SpaceOffer.Get(ctx, id)
}

// OfferSpace offers free seats of a space to a waiting entry (staff).
func (s *Service) OfferSpace(ctx context.Context, c *gen.Client, entryID, spaceID int) (*gen.SpaceOffer, error) {
	if err := requireStaff(ctx); err != nil {
		return nil, err
	}
	e, err := c.WaitlistEntry.Get(ctx, entryID)
	if err != nil {
		return nil, err
	}
	sp, err := c.IncubationSpace.Get(ctx, spaceID)
	if err != nil {
		return nil, err
	}
	if sp.CentreID != e.CentreID {
		return nil, apperr.Invalid("spaceID", "the space is in another centre", "该空间不属于此轮候名单的孵化基地")
	}
	if e.Status != waitlistentry.StatusWAITING {
		return nil, apperr.New(apperr.Conflict, "only a waiting organisation can be offered space", "只能向轮候中的组织发出邀请").
			WithReason("NOT_WAITING")
	}
	centre, err := c.IncubationCentre.Get(ctx, e.CentreID)
	if err != nil {
		return nil, err
	}
	ok, err := s.makeOffer(ctx, c, centre, e, sp)
	if err != nil {
		return nil, err
	}
	if !ok {
		return nil, apperr.Newf(apperr.Conflict, "space %s does not have %d free seats", "空间 %s 没有 %d 个空余工位",
			sp.Code, e.SeatsNeeded).WithReason("SPACE_FULL")
	}
	return c.SpaceOffer.Query().Where(spaceoffer.EntryID(e.ID), spaceoffer.StatusEQ(spaceoffer.StatusOPEN)).Only(ctx)
}

// LeaveWaitlist takes an entry off the list (staff, or the organisation);
// an open offer is withdrawn and passes on.
func (s *Service) LeaveWaitlist(ctx context.Context, c *gen.Client, id int, reason string) (*gen.WaitlistEntry, error) {
	if err := needReason(reason); err != nil {
		return nil, err
	}
	e, err := c.WaitlistEntry.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if !authz.MayActForOrganization(ctx, c, e.OrganizationID) {
		return nil, apperr.ErrForbidden
	}
	k, err := c.WaitlistEntry.Update().Where(waitlistentry.ID(id), waitlistentry.StatusIn(live...)).
		SetStatus(waitlistentry.StatusLEFT).SetLeftAt(s.Now()).SetLeftReason(reason).Save(system(ctx))
	if err != nil {
		return nil, err
	}
	if k == 0 {
		return nil, apperr.New(apperr.Conflict, "the organisation is no longer on the list", "该组织已不在轮候名单中").
			WithReason("NOT_WAITING")
	}
	o, err := c.SpaceOffer.Query().Where(spaceoffer.EntryID(id), spaceoffer.StatusEQ(spaceoffer.StatusOPEN)).Only(system(ctx))
	if err == nil {
		ok, err := closeOffer(ctx, c, o, spaceoffer.StatusWITHDRAWN, reason, s.now)
		if err != nil {
			return nil, err
		}
		if ok {
			if err := s.passOn(ctx, c, o, waitlistentry.StatusLEFT, reason); err != nil {
				return nil, err
			}
		}
	} else if !gen.IsNotFound(err) {
		return nil, err
	}
	return c.WaitlistEntry.Get(ctx, id)
}

// SetWaitlistPriority changes an entry's priority with a reason (staff).
func (s *Service) SetWaitlistPriority(ctx context.Context, c *gen.Client, id, priority int, reason string) (*gen.WaitlistEntry, error) {
	if err := requireStaff(ctx); err != nil {
		return nil, err
	}
	if err := needReason(reason); err != nil {
		return nil, err
	}
	if priority < 0 || priority > 1000 {
		return nil, apperr.Invalid("priority", "priority is 0 to 1000", "优先分为 0 至 1000")
	}
	e, err := c.WaitlistEntry.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if e.Status != waitlistentry.StatusWAITING && e.Status != waitlistentry.StatusOFFERED {
		return nil, apperr.New(apperr.Conflict, "the organisation is no longer on the list", "该组织已不在轮候名单中").
			WithReason("NOT_WAITING")
	}
	return c.WaitlistEntry.UpdateOneID(id).SetPriority(priority).
		SetPriorityReason(fmt.Sprintf("%s（%s 调整为 %d）", reason, viewerName(ctx, c), priority)).Save(ctx)
}

// ExpireOffers marks open offers past their deadline expired and passes
// their seats on. Each offer is closed by a conditional UPDATE in its own
// transaction, so when two nodes run this at once each offer expires, and
// passes on, exactly once.
func (s *Service) ExpireOffers(ctx context.Context, c *gen.Client) (int, error) {
	sys := system(ctx)
	today := casework.Day(s.Now())
	due, err := c.SpaceOffer.Query().Where(spaceoffer.StatusEQ(spaceoffer.StatusOPEN), spaceoffer.RespondByLT(today)).All(sys)
	if err != nil {
		return 0, err
	}
	n := 0
	for _, o := range due {
		done, err := s.expire(ctx, c, o)
		if err != nil {
			return n, err
		}
		if done {
			n++
		}
	}
	return n, nil
}

func (s *Service) expire(ctx context.Context, c *gen.Client, o *gen.SpaceOffer) (bool, error) {
	tx, err := c.Tx(ctx)
	if err != nil {
		return false, err
	}
	tc := tx.Client()
	ok, err := closeOffer(ctx, tc, o, spaceoffer.StatusEXPIRED, "", s.now)
	if err == nil && ok {
		err = s.passOn(ctx, tc, o, waitlistentry.StatusLEFT, "逾期未答复入驻邀请 / the offer expired unanswered")
	}
	if err == nil && ok {
		err = s.tellOrganization(ctx, tc, o.OrganizationID, o.DomainID, notify.Message{
			Kind:      KindOfferExpired,
			Title:     notify.Text{ZH: "入驻邀请已逾期", EN: "Your space offer expired"},
			Body:      notify.Text{ZH: "未在期限内答复，视为放弃，空间已让给轮候名单中的下一家组织。", EN: "It was not answered in time, which counts as declining; the space went to the next organisation in line."},
			SubjectID: o.ID,
		})
	}
	if err != nil {
		_ = tx.Rollback()
		return false, err
	}
	return ok, tx.Commit()
}

// Waitlist lists centre centreID's entries in line order.
func (s *Service) Waitlist(ctx context.Context, c *gen.Client, centreID int, includeClosed *bool, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int) (*gen.WaitlistEntryConnection, error) {
	q := c.WaitlistEntry.Query().Where(waitlistentry.CentreID(centreID))
	if !deref(includeClosed) {
		q = q.Where(waitlistentry.StatusIn(live...))
	}
	return q.Paginate(ctx, after, first, before, last, gen.WithWaitlistEntryOrder(waitlistOrder))
}

// SpaceOffers lists offers newest first; privacy keeps an NGO member's to
// their organisations'.
func (s *Service) SpaceOffers(ctx context.Context, c *gen.Client, status *spaceoffer.Status, after *entgql.Cursor[int], first *int, before *entgql.Cursor[int], last *int) (*gen.SpaceOfferConnection, error) {
	q := c.SpaceOffer.Query()
	if status != nil {
		q = q.Where(spaceoffer.StatusEQ(*status))
	}
	return q.Paginate(ctx, after, first, before, last, gen.WithSpaceOfferOrder(&gen.SpaceOfferOrder{
		Field: gen.SpaceOfferOrderFieldCreatedAt, Direction: entgql.OrderDirectionDesc}))
}

// WaitlistPosition is an entry's 1-based place in line, nil once out of it.
func (s *Service) WaitlistPosition(ctx context.Context, c *gen.Client, e *gen.WaitlistEntry) (*int, error) {
	if e.Status != waitlistentry.StatusWAITING && e.Status != waitlistentry.StatusOFFERED {
		return nil, nil
	}
	return s.position(ctx, c, e)
}

func (s *Service) position(ctx context.Context, c *gen.Client, e *gen.WaitlistEntry) (*int, error) {
	n, err := c.WaitlistEntry.Query().Where(waitlistentry.CentreID(e.CentreID), waitlistentry.StatusIn(live...),
		waitlistentry.Or(
			waitlistentry.PriorityGT(e.Priority),
			waitlistentry.And(waitlistentry.Priority(e.Priority), waitlistentry.JoinedAtLT(e.JoinedAt)),
			waitlistentry.And(waitlistentry.Priority(e.Priority), waitlistentry.JoinedAt(e.JoinedAt), waitlistentry.IDLT(e.ID)),
		)).Count(system(ctx))
	if err != nil {
		return nil, err
	}
	n++
	return &n, nil
}

// EntryOpenOffer is an entry's open offer, if any.
func (s *Service) EntryOpenOffer(ctx context.Context, c *gen.Client, e *gen.WaitlistEntry) (*gen.SpaceOffer, error) {
	o, err := c.SpaceOffer.Query().Where(spaceoffer.EntryID(e.ID), spaceoffer.StatusEQ(spaceoffer.StatusOPEN)).Only(ctx)
	if gen.IsNotFound(err) {
		return nil, nil
	}
	return o, err
}

// EntryOffers are every offer made to an entry, newest first.
func (s *Service) EntryOffers(ctx context.Context, c *gen.Client, e *gen.WaitlistEntry) ([]*gen.SpaceOffer, error) {
	return c.SpaceOffer.Query().Where(spaceoffer.EntryID(e.ID)).Order(gen.Desc(spaceoffer.FieldID)).All(ctx)
}

// EntryCase is the admission case an entry came from.
func (s *Service) EntryCase(ctx context.Context, c *gen.Client, e *gen.WaitlistEntry) (*gen.ServiceCase, error) {
	if e.CaseID == nil {
		return nil, nil
	}
	cs, err := c.ServiceCase.Query().Where(servicecase.ID(*e.CaseID)).Only(ctx)
	if gen.IsNotFound(err) {
		return nil, nil
	}
	return cs, err
}

// needReason refuses an empty reason.
func needReason(r string) error {
	if len([]rune(r)) == 0 {
		return apperr.Invalid("reason", "give a reason", "请填写理由")
	}
	return nil
}

// waitlistOrder is line order: priority, then date joined.
var waitlistOrder = []*gen.WaitlistEntryOrder{
	{Field: gen.WaitlistEntryOrderFieldPriority, Direction: entgql.OrderDirectionDesc},
	{Field: gen.WaitlistEntryOrderFieldJoinedAt, Direction: entgql.OrderDirectionAsc},
}
