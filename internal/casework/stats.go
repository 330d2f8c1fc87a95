package casework

import (
	"context"
	"time"

	"entgo.io/ent/dialect/sql"

	gen "hatchery/ent"
	"hatchery/ent/servicecase"
)

// Statistics computes the casework figures over the cases closed in
// [from, to), of one service item or all, in the viewer's domain (privacy
// scopes the query). One aggregate query over the figures frozen at decision.
func (s *Service) Statistics(ctx context.Context, c *gen.Client, itemID *int, from, to time.Time) (*Statistics, error) {
	q := c.ServiceCase.Query().Where(
		servicecase.StateEQ(servicecase.StateCLOSED),
		servicecase.ClosedAtGTE(from), servicecase.ClosedAtLT(to))
	if itemID != nil {
		q = q.Where(servicecase.ServiceItemID(*itemID))
	}
	var rows []struct {
		Closed    int `json:"closed"`
		OnTime    int `json:"on_time"`
		Early     int `json:"early"`
		Promised  int `json:"promised"`
		Actual    int `json:"actual"`
		Rated     int `json:"rated"`
		Satisfied int `json:"satisfied"`
	}
	err := q.Modify(func(s *sql.Selector) {
		col := func(name string) string { return s.C(name) }
		s.Select(
			sql.As("COUNT(*)", "closed"),
			sql.As("COALESCE(SUM(CASE WHEN "+col(servicecase.FieldOnTime)+" THEN 1 ELSE 0 END), 0)", "on_time"),
			sql.As("COALESCE(SUM(CASE WHEN "+col(servicecase.FieldWorkingDaysUsed)+" < "+col(servicecase.FieldPromisedDays)+" THEN 1 ELSE 0 END), 0)", "early"),
			sql.As("COALESCE(SUM("+col(servicecase.FieldPromisedDays)+"), 0)", "promised"),
			sql.As("COALESCE(SUM("+col(servicecase.FieldWorkingDaysUsed)+"), 0)", "actual"),
			sql.As("COUNT("+col(servicecase.FieldRating)+")", "rated"),
			sql.As("COALESCE(SUM(CASE WHEN "+col(servicecase.FieldRating)+" >= 4 THEN 1 ELSE 0 END), 0)", "satisfied"),
		)
	}).Scan(ctx, &rows)
	if err != nil {
		return nil, err
	}
	r := rows[0]
	st := &Statistics{
		Closed: r.Closed, OnTime: r.OnTime, Early: r.Early,
		PromisedDays: r.Promised, ActualDays: r.Actual, Rated: r.Rated, Satisfied: r.Satisfied,
	}
	if r.Closed > 0 {
		st.OnTimeRate = float64(r.OnTime) / float64(r.Closed)
		st.EarlyRate = float64(r.Early) / float64(r.Closed)
		st.AverageWorkingDays = float64(r.Actual) / float64(r.Closed)
	}
	if r.Promised > 0 {
		st.SpeedUp = 1 - float64(r.Actual)/float64(r.Promised)
	}
	if r.Rated > 0 {
		st.SatisfactionRate = float64(r.Satisfied) / float64(r.Rated)
	}
	return st, nil
}
