package notify

import (
	"context"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/membership"
	"hatchery/ent/user"
)

// SendToOrganization sends m to every active member of organisation orgID
// (the programmes' way of telling an applicant), in c's transaction.
func (s *Service) SendToOrganization(ctx context.Context, c *gen.Client, orgID, domainID int, m Message) error {
	ids, err := c.Membership.Query().Where(membership.OrganizationID(orgID)).
		QueryUser().Where(user.StatusEQ(user.StatusACTIVE)).IDs(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil {
		return err
	}
	ms := make([]Message, 0, len(ids))
	for _, id := range ids {
		m.RecipientID, m.DomainID = id, domainID
		ms = append(ms, m)
	}
	return s.Send(ctx, c, ms...)
}
