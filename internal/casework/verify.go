package casework

import (
	"context"
	"fmt"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/servicecase"
	"hatchery/internal/letter"
)

// VerifiedLetter is what the public verification page shows of a decision
// letter: enough to confirm a paper letter is genuine, nothing more.
type VerifiedLetter struct {
	Number    string
	Applicant string // the organisation's name
	Item      string // the service item's name
	Approved  bool
	DecidedAt time.Time
	Authority string // the bureau that decided, e.g. 德清县民政局
}

// VerifyLetter reads the decision letter a verification token (the last
// part of a letter's QR code address) stands for. It returns nil and no
// error when the token is forged or names no decided case — the page says
// "cannot be verified" — and an error only when the database could not
// answer. No viewer: the page is public, and the token's signature is the
// permission.
func (l *Letters) VerifyLetter(ctx context.Context, c *gen.Client, token string) (*VerifiedLetter, error) {
	id, ok := letter.Verify(l.Secret, token)
	if !ok {
		return nil, nil
	}
	sys := system(ctx)
	cs, err := c.ServiceCase.Query().Where(servicecase.ID(id)).WithOrganization().WithDomain().Only(sys)
	switch {
	case gen.IsNotFound(err):
		return nil, nil
	case err != nil:
		return nil, fmt.Errorf("casework: verify letter of case %d: %w", id, err)
	case cs.DecidedAt == nil || cs.Number == nil:
		return nil, nil
	}
	v := &VerifiedLetter{
		Number: *cs.Number, Item: cs.ItemName, DecidedAt: *cs.DecidedAt,
		Approved: cs.Decision != nil && *cs.Decision == servicecase.DecisionAPPROVED,
	}
	if org := cs.Edges.Organization; org != nil {
		v.Applicant = org.Name
	}
	if dom := cs.Edges.Domain; dom != nil {
		v.Authority = dom.Name + "民政局"
	}
	return v, nil
}
