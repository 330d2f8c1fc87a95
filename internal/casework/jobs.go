package casework

import (
	"context"
	"maps"
	"slices"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/casenotice"
	"hatchery/ent/servicecase"
)

// JobReport says what one run of the casework job did.
type JobReport struct {
	Expired  int // notices whose deadline passed: consequence applied
	Reminded int // cases due today or on the next working day, reminded
}

// RunJobs applies passed supplement deadlines, sends due-soon reminders
// and keeps the stored due dates (the queue's order) in step with the
// calendar. It acts as the system and is idempotent: a notice expires
// through an UPDATE … WHERE expired_at IS NULL, and a reminder through one
// WHERE reminded_on is not today, so two runs at once (two app nodes) do
// each thing exactly once. Each notice is handled in its own transaction.
func (s *Service) RunJobs(ctx context.Context, c *gen.Client) (JobReport, error) {
	var rep JobReport
	ctx = system(ctx)
	cal, err := s.Calendars.Get(ctx)
	if err != nil {
		return rep, err
	}
	now := s.Now()
	today := Day(now)
	due, err := c.CaseNotice.Query().
		Where(casenotice.DeadlineLT(today), casenotice.FulfilledAtIsNil(), casenotice.ExpiredAtIsNil()).
		All(ctx)
	if err != nil {
		return rep, err
	}
	for _, n := range due {
		done, err := s.expire(ctx, c, n, now)
		if err != nil {
			return rep, err
		}
		if done {
			rep.Expired++
		}
	}

	// Every running case is checked on the live calendar, so that an admin's
	// holiday edit moves stored due dates (the queue's order) and reminders.
	// They are read a page at a time, with only the clock's columns, and the
	// due dates that moved are written one UPDATE per date per page. The
	// first run on the province benchmark's data (4,730 running cases, whose
	// generated due dates all moved) held every case and updated them one
	// by one: 7.5–10 s, and at a login during it the process held 36 MiB
	// beside the password hash's 64, against 26–27 MiB paged (3.9 s).
	after := 0
	for {
		page, err := c.ServiceCase.Query().
			Where(servicecase.StateIn(clockRunning...), servicecase.IDGT(after)).
			Order(servicecase.ByID()).Limit(s.jobPage()).
			Select(clockFields...).All(ctx)
		if err != nil {
			return rep, err
		}
		if len(page) == 0 {
			break
		}
		after = page[len(page)-1].ID
		moved := map[time.Time][]int{}
		var soon []*gen.ServiceCase
		for _, cs := range page {
			k := clockOf(cal, cs)
			due := Day(k.DueAt(now))
			if cs.DueOn == nil || !cs.DueOn.Equal(due) {
				moved[due] = append(moved[due], cs.ID)
				cs.DueOn = &due
			}
			if k.DueSoon(now) {
				soon = append(soon, cs)
			}
		}
		for _, due := range slices.SortedFunc(maps.Keys(moved), time.Time.Compare) {
			// The state is checked again: a case decided since the read keeps
			// the due date it was decided with.
			err := c.ServiceCase.Update().
				Where(servicecase.IDIn(moved[due]...), servicecase.StateIn(clockRunning...)).
				SetDueOn(due).Exec(ctx)
			if err != nil {
				return rep, err
			}
		}
		for _, cs := range soon {
			done, err := s.remind(ctx, c, cs.ID, *cs.DueOn, today)
			if err != nil {
				return rep, err
			}
			if done {
				rep.Reminded++
			}
		}
		if len(page) < s.jobPage() {
			break
		}
	}
	if rep != (JobReport{}) {
		s.Log.Info("casework: jobs", "notices_expired", rep.Expired, "reminders", rep.Reminded)
	}
	return rep, nil
}

// expire applies the consequence of notice n, once.
func (s *Service) expire(ctx context.Context, c *gen.Client, n *gen.CaseNotice, now time.Time) (bool, error) {
	tx, err := c.Tx(ctx)
	if err != nil {
		return false, err
	}
	claimed, err := tx.CaseNotice.Update().
		Where(casenotice.ID(n.ID), casenotice.ExpiredAtIsNil(), casenotice.FulfilledAtIsNil()).
		SetExpiredAt(now).Save(ctx)
	if err != nil || claimed == 0 {
		_ = tx.Rollback()
		return false, err
	}
	cs, err := tx.ServiceCase.Get(ctx, n.CaseID)
	if err != nil {
		_ = tx.Rollback()
		return false, err
	}
	if cs.State == servicecase.StateACCEPTED_WITH_DEFICIENCIES {
		_, err = s.platformStep(ctx, tx.Client(), cs, ActDeadlinePassed, Consequence,
			func(cs *gen.ServiceCase, u *gen.ServiceCaseUpdate) error {
				u.SetPauses(closePauses(cs.Pauses, now)).SetDecisionReason(Consequence)
				return nil
			})
		if err == nil {
			// The tx in ctx: channels deliver after its commit.
			err = s.notifyReturned(gen.NewTxContext(ctx, tx), tx.Client(), cs, true)
		}
		if err != nil {
			_ = tx.Rollback()
			return false, err
		}
	}
	return true, tx.Commit()
}

// clockRunning are the states in which a case's clock runs (the job checks
// their due dates).
var clockRunning = []servicecase.State{servicecase.StateACCEPTED, servicecase.StateIN_REVIEW, servicecase.StateCONSULTING}

// clockFields are the columns clockOf reads, and the due date it is
// compared with.
var clockFields = []string{servicecase.FieldID, servicecase.FieldPromisedDays, servicecase.FieldDecidedAt,
	servicecase.FieldAcceptedAt, servicecase.FieldPauses, servicecase.FieldDueOn}

// defaultJobPage is how many running cases the job reads at a time.
const defaultJobPage = 500

func (s *Service) jobPage() int {
	if s.JobPage > 0 {
		return s.JobPage
	}
	return defaultJobPage
}

// remind sends case id's reminder that it is due on due, once a day: the
// UPDATE … WHERE reminded_on is not today claims it, so two runs at once
// send one.
func (s *Service) remind(ctx context.Context, c *gen.Client, id int, due, today time.Time) (bool, error) {
	n, err := c.ServiceCase.Update().
		Where(servicecase.ID(id), servicecase.Or(servicecase.RemindedOnIsNil(), servicecase.RemindedOnLT(today))).
		SetRemindedOn(today).Save(ctx)
	if err != nil || n == 0 {
		return false, err
	}
	cs, err := c.ServiceCase.Get(ctx, id)
	if err != nil {
		return false, err
	}
	if err := s.event(ctx, c, cs, ActReminder, cs.State, cs.State, due.Format(time.DateOnly)); err != nil {
		return false, err
	}
	return true, s.notifyDueSoon(ctx, c, cs, today, due)
}
