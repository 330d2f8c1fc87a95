package casework

import (
	"context"
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

	// Running cases are few (a county's open work): check each on the live
	// calendar, so an admin's holiday edit moves due dates and reminders.
	cases, err := c.ServiceCase.Query().
		Where(servicecase.StateIn(servicecase.StateACCEPTED, servicecase.StateIN_REVIEW, servicecase.StateCONSULTING)).
		All(ctx)
	if err != nil {
		return rep, err
	}
	for _, cs := range cases {
		k := clockOf(cal, cs)
		if due := Day(k.DueAt(now)); cs.DueOn == nil || !cs.DueOn.Equal(due) {
			if err := c.ServiceCase.UpdateOne(cs).SetDueOn(due).Exec(ctx); err != nil {
				return rep, err
			}
			cs.DueOn = &due
		}
		if !k.DueSoon(now) {
			continue
		}
		n, err := c.ServiceCase.Update().
			Where(servicecase.ID(cs.ID), servicecase.Or(servicecase.RemindedOnIsNil(), servicecase.RemindedOnLT(today))).
			SetRemindedOn(today).Save(ctx)
		if err != nil {
			return rep, err
		}
		if n == 1 {
			if err := s.event(ctx, c, cs, ActReminder, cs.State, cs.State, cs.DueOn.Format(time.DateOnly)); err != nil {
				return rep, err
			}
			if err := s.notifyDueSoon(ctx, c, cs, today, *cs.DueOn); err != nil {
				return rep, err
			}
			rep.Reminded++
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
