package casework

import (
	"context"
	"fmt"
	"strings"

	gen "hatchery/ent"
	"hatchery/ent/servicecase"
	"hatchery/internal/apperr"
)

// Deliver records how the decision reached the applicant.
func (s *Service) Deliver(ctx context.Context, c *gen.Client, id int, method servicecase.DeliveryMethod, tracking string) (*gen.ServiceCase, error) {
	tracking = strings.TrimSpace(tracking)
	if method == servicecase.DeliveryMethodCOURIER && tracking == "" {
		return nil, apperr.Invalid("trackingNumber", "a courier delivery needs its tracking number", "快递送达须填写快递单号")
	}
	now := s.Now()
	return s.move(ctx, c, id, ActDeliver, string(method), func(_ *gen.ServiceCase, u *gen.ServiceCaseUpdate) error {
		u.SetDeliveryMethod(method).SetTrackingNumber(tracking).SetDeliveredAt(now)
		return nil
	})
}

// Rate closes a delivered case with the applicant's rating. A rating of 2
// or less opens a follow-up for the handler's supervisor.
func (s *Service) Rate(ctx context.Context, c *gen.Client, id, rating int, comment string) (*gen.ServiceCase, error) {
	if rating < 1 || rating > 5 {
		return nil, apperr.Invalid("rating", "rate from 1 to 5", "评分须为 1 至 5")
	}
	now := s.Now()
	cs, err := s.move(ctx, c, id, ActRate, fmt.Sprintf("%d %s", rating, comment), func(_ *gen.ServiceCase, u *gen.ServiceCaseUpdate) error {
		u.SetRating(rating).SetRatingComment(strings.TrimSpace(comment)).SetClosedAt(now)
		if rating <= 2 {
			u.SetFollowUp(servicecase.FollowUpOPEN)
		}
		return nil
	})
	if err != nil || rating > 2 {
		return cs, err
	}
	return cs, s.event(ctx, c, cs, Action("FOLLOW_UP_OPENED"), cs.State, cs.State, "rating "+fmt.Sprint(rating))
}

// Close closes a delivered case the applicant did not rate.
func (s *Service) Close(ctx context.Context, c *gen.Client, id int) (*gen.ServiceCase, error) {
	now := s.Now()
	return s.move(ctx, c, id, ActClose, "", func(_ *gen.ServiceCase, u *gen.ServiceCaseUpdate) error {
		u.SetClosedAt(now)
		return nil
	})
}

// Withdraw lets the applicant take the case back before the decision.
func (s *Service) Withdraw(ctx context.Context, c *gen.Client, id int, reason string) (*gen.ServiceCase, error) {
	now := s.Now()
	return s.move(ctx, c, id, ActWithdraw, reason, func(cs *gen.ServiceCase, u *gen.ServiceCaseUpdate) error {
		u.SetPauses(closePauses(cs.Pauses, now))
		return nil
	})
}

// ResolveFollowUp closes the follow-up a low rating opened; for the
// handler's supervisors (case:decide).
func (s *Service) ResolveFollowUp(ctx context.Context, c *gen.Client, id int, note string) (*gen.ServiceCase, error) {
	note = strings.TrimSpace(note)
	if note == "" {
		return nil, apperr.Invalid("note", "say how the follow-up was resolved", "请填写回访处理情况")
	}
	return s.move(ctx, c, id, ActResolveFollowUp, note, func(_ *gen.ServiceCase, u *gen.ServiceCaseUpdate) error {
		// Of two supervisors resolving at once, one finds it resolved: CONFLICT.
		u.Where(servicecase.FollowUpEQ(servicecase.FollowUpOPEN)).
			SetFollowUp(servicecase.FollowUpRESOLVED).SetFollowUpNote(note)
		return nil
	})
}
