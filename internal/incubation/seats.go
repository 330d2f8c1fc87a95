package incubation

import (
	"context"
	"strconv"

	"entgo.io/ent/dialect/sql"

	gen "hatchery/ent"
	"hatchery/ent/incubationspace"
	"hatchery/ent/predicate"
	"hatchery/internal/apperr"
)

// Seats change only here, by one conditional UPDATE each: holding n seats
// succeeds only if n are free and the space is open, in the same
// statement, so concurrent admissions and offers can never hold more
// seats than a space has (the CHECK on incubation_spaces backs it).

// freeAtLeast matches spaces with n or more free seats. n is an int the
// service computed, never text from a client.
func freeAtLeast(n int) predicate.IncubationSpace {
	return predicate.IncubationSpace(func(s *sql.Selector) {
		s.Where(sql.ExprP(s.C(incubationspace.FieldSeats) + " - " + s.C(incubationspace.FieldSeatsUsed) + " >= " + strconv.Itoa(n)))
	})
}

// holdSeats holds n seats of space id, or answers CONFLICT SPACE_FULL.
func holdSeats(ctx context.Context, c *gen.Client, id, n int) error {
	k, err := c.IncubationSpace.Update().
		Where(incubationspace.ID(id), incubationspace.Maintenance(false), freeAtLeast(n)).
		AddSeatsUsed(n).Save(system(ctx))
	if err != nil {
		return err
	}
	if k == 1 {
		return nil
	}
	sp, err := c.IncubationSpace.Get(system(ctx), id)
	if err != nil {
		return err
	}
	if sp.Maintenance {
		return apperr.Newf(apperr.Conflict, "space %s is closed for maintenance", "空间 %s 正在维护，暂不可入驻", sp.Code).
			WithReason("SPACE_FULL").With("free", 0)
	}
	free := sp.Seats - sp.SeatsUsed
	return apperr.Newf(apperr.Conflict, "space %s has %d free seat(s), %d are needed; choose another space or the waitlist",
		"空间 %s 只剩 %d 个空余工位，需要 %d 个；请另选空间或列入轮候", sp.Code, free, n).
		WithReason("SPACE_FULL").With("free", free)
}

// releaseSeats gives back n seats of space id.
func releaseSeats(ctx context.Context, c *gen.Client, id, n int) error {
	return c.IncubationSpace.UpdateOneID(id).AddSeatsUsed(-n).Exec(system(ctx))
}
