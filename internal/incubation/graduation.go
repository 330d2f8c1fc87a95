package incubation

import (
	"context"
	"fmt"
	"strings"

	gen "hatchery/ent"
	"hatchery/ent/tenancy"
	"hatchery/ent/tenancyspace"
	"hatchery/internal/apperr"
	"hatchery/internal/casework"
	"hatchery/internal/lang"
)

// Graduation (出壳) and early exit. A tenancy graduates when its latest
// maturity assessment reaches the centre's threshold and every mandatory
// milestone of its plan is met; graduating issues the certificate and
// releases the seats, which are offered to the waitlist at once. An early
// exit (withdrawal, termination) releases them the same way.

// GraduationCheck says whether tenancy t may graduate now and lists
// everything missing, in the reader's language.
func (s *Service) GraduationCheck(ctx context.Context, c *gen.Client, t *gen.Tenancy) (*GraduationCheck, error) {
	centre, err := s.centreOf(ctx, c, t)
	if err != nil {
		return nil, err
	}
	zh := lang.FromContext(ctx) == lang.ZH
	out := &GraduationCheck{Threshold: centre.GraduationThreshold}
	add := func(g Gap) {
		g.MessageEN = g.Message
		g.Message = pick(zh, g.MessageZH, g.Message)
		out.Missing = append(out.Missing, g)
	}
	if t.Status != tenancy.StatusACTIVE {
		add(Gap{Code: GapNotActive, Message: "the tenancy has ended", MessageZH: "孵化已结束"})
	}
	latest, err := s.LatestAssessment(ctx, c, t)
	switch {
	case err == nil && latest == nil:
		add(Gap{Code: GapNoAssessment, Message: "no maturity assessment yet", MessageZH: "尚未进行成熟度评估"})
	case err != nil:
		return nil, err
	default:
		score := tenths(latest.TotalTenths)
		out.LatestScore = &score
		if latest.TotalTenths < centre.GraduationThreshold*10 {
			add(Gap{Code: GapScore,
				Message:   fmt.Sprintf("the latest maturity score is %s, below the threshold of %d", score, centre.GraduationThreshold),
				MessageZH: fmt.Sprintf("最近一次成熟度评分 %s 分，未达到出壳标准 %d 分", score, centre.GraduationThreshold)})
		}
	}
	ms, err := s.Milestones(ctx, c, t)
	if err != nil {
		return nil, err
	}
	for _, m := range ms {
		if !m.Mandatory || m.MetOn != nil {
			continue
		}
		add(Gap{Code: GapMilestone, Milestone: m, MilestoneID: m.ID,
			Message:   fmt.Sprintf("mandatory milestone not met: %s", m.Title),
			MessageZH: "必备里程碑未完成：" + m.Title})
	}
	out.Ready = len(out.Missing) == 0
	return out, nil
}

// centreOf reads tenancy t's centre, through the loaders when there are some.
func (s *Service) centreOf(ctx context.Context, c *gen.Client, t *gen.Tenancy) (*gen.IncubationCentre, error) {
	if l := loadersFrom(ctx); l != nil {
		m, err := l.centres.Load(ctx, t.DomainID)
		if err != nil {
			return nil, err
		}
		if centre := m[t.CentreID]; centre != nil {
			return centre, nil
		}
	}
	return c.IncubationCentre.Get(system(ctx), t.CentreID)
}

// tenths writes a score kept in tenths: 835 → "83.5".
func tenths(v int) string { return fmt.Sprintf("%d.%d", v/10, v%10) }

// GraduateTenancy graduates tenancy id (staff), or refuses with every gap.
func (s *Service) GraduateTenancy(ctx context.Context, c *gen.Client, id int) (*gen.Tenancy, error) {
	if err := requireStaff(ctx); err != nil {
		return nil, err
	}
	t, err := c.Tenancy.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	check, err := s.GraduationCheck(ctx, c, t)
	if err != nil {
		return nil, err
	}
	if !check.Ready {
		en := make([]string, len(check.Missing))
		zh := make([]string, len(check.Missing))
		for i, g := range check.Missing {
			en[i], zh[i] = g.MessageEN, g.MessageZH
		}
		return nil, apperr.New(apperr.BadUserInput, "not ready to graduate: "+strings.Join(en, "; "),
			"尚不具备出壳条件："+strings.Join(zh, "；")).
			WithReason("NOT_READY").With("missing", check.Missing)
	}
	if err := s.end(ctx, c, t, tenancy.StatusGRADUATED, ""); err != nil {
		return nil, err
	}
	if err := s.issueCertificate(ctx, c, t); err != nil {
		return nil, err
	}
	return c.Tenancy.Get(ctx, id)
}

// EndTenancy ends tenancy id early (withdrawal or termination) with a reason.
func (s *Service) EndTenancy(ctx context.Context, c *gen.Client, id int, exit tenancy.Status, reason string) (*gen.Tenancy, error) {
	if err := requireStaff(ctx); err != nil {
		return nil, err
	}
	if exit != tenancy.StatusWITHDRAWN && exit != tenancy.StatusTERMINATED {
		return nil, apperr.Invalid("exit", "an early exit is a withdrawal or a termination", "提前退出须为主动退出或终止孵化")
	}
	if err := needReason(reason); err != nil {
		return nil, err
	}
	t, err := c.Tenancy.Get(ctx, id)
	if err != nil {
		return nil, err
	}
	if err := s.end(ctx, c, t, exit, reason); err != nil {
		return nil, err
	}
	return c.Tenancy.Get(ctx, id)
}

// end closes an active tenancy once and releases its seats to the waitlist.
func (s *Service) end(ctx context.Context, c *gen.Client, t *gen.Tenancy, status tenancy.Status, reason string) error {
	sys := system(ctx)
	today := casework.Day(s.Now())
	k, err := c.Tenancy.Update().Where(tenancy.ID(t.ID), tenancy.StatusEQ(tenancy.StatusACTIVE)).
		SetStatus(status).SetEndedOn(today).SetEndReason(reason).Save(sys)
	if err != nil {
		return err
	}
	if k == 0 {
		return apperr.New(apperr.Conflict, "the tenancy has already ended", "该孵化已结束").WithReason("TENANCY_ENDED")
	}
	held, err := c.TenancySpace.Query().Where(tenancyspace.TenancyID(t.ID), tenancyspace.ReleasedOnIsNil()).All(sys)
	if err != nil {
		return err
	}
	for _, h := range held {
		if err := c.TenancySpace.UpdateOneID(h.ID).SetReleasedOn(today).Exec(sys); err != nil {
			return err
		}
		if err := releaseSeats(ctx, c, h.SpaceID, h.Seats); err != nil {
			return err
		}
	}
	prefer := 0
	if len(held) > 0 {
		prefer = held[0].SpaceID
	}
	_, err = s.offerFreeSeats(ctx, c, t.CentreID, prefer)
	return err
}
