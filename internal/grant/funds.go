package grant

import (
	"context"
	"fmt"
	"strings"

	"entgo.io/ent/dialect"
	"entgo.io/ent/dialect/sql"

	gen "hatchery/ent"
	"hatchery/ent/fund"
	"hatchery/ent/fundbudget"
	"hatchery/ent/grantcall"
	"hatchery/ent/grantcallfund"
	"hatchery/ent/ledgerentry"
	"hatchery/internal/apperr"
	"hatchery/internal/authz"
	"hatchery/internal/money"
	"hatchery/internal/viewer"
)

// Funds, their yearly budgets and the ledger. Every change of a balance
// goes through move, which writes the ledger entry and the balance in the
// caller's transaction, by a conditional update the CHECKs back up.

// CreateFund adds a fund (bureau admins).
func (s *Service) CreateFund(ctx context.Context, c *gen.Client, name string, kind fund.Kind, description string) (*gen.Fund, error) {
	name = strings.TrimSpace(name)
	if name == "" {
		return nil, apperr.Invalid("name", "give the fund a name", "请填写资金来源名称")
	}
	return c.Fund.Create().SetName(name).SetKind(kind).SetDescription(strings.TrimSpace(description)).Save(ctx)
}

// Allocate adds amount to fund's budget of year (made on first use), with
// an ALLOCATION entry.
func (s *Service) Allocate(ctx context.Context, c *gen.Client, fundID, year int, amount int64, memo string) (*gen.FundBudget, error) {
	if !authz.Can(ctx, authz.ObjFund, authz.ActUpdate) {
		return nil, apperr.ErrForbidden
	}
	if amount <= 0 {
		return nil, apperr.Invalid("amount", "allocate a positive amount", "请填写大于 0 的金额")
	}
	if year < 2000 || year > 2100 {
		return nil, apperr.Invalid("year", "give a year between 2000 and 2100", "年度须在 2000 至 2100 之间")
	}
	f, err := c.Fund.Get(ctx, fundID) // privacy: the viewer's county
	if err != nil {
		return nil, err
	}
	sys := system(ctx)
	b, err := c.FundBudget.Query().Where(fundbudget.FundID(f.ID), fundbudget.Year(year)).Only(sys)
	if gen.IsNotFound(err) {
		b, err = c.FundBudget.Create().SetFundID(f.ID).SetYear(year).SetDomainID(f.DomainID).Save(sys)
	}
	if err != nil {
		return nil, err
	}
	if err := s.move(ctx, c, b, ledgerentry.KindALLOCATION, amount, ref{memo: memo}); err != nil {
		return nil, err
	}
	return c.FundBudget.Get(sys, b.ID)
}

// ref is what a ledger entry points at.
type ref struct {
	callID, awardID *int
	memo            string
}

// move books amount of kind on budget b: the balance and its entry, in
// c's transaction. A balance that would go negative or past what was
// allocated is refused (the conditional update finds no row; the CHECK
// would refuse it anyway).
func (s *Service) move(ctx context.Context, c *gen.Client, b *gen.FundBudget, kind ledgerentry.Kind, amount int64, r ref) error {
	sys := system(ctx)
	u := c.FundBudget.Update().Where(fundbudget.ID(b.ID))
	switch kind {
	case ledgerentry.KindALLOCATION:
		u.AddAllocated(amount)
	case ledgerentry.KindCOMMITMENT:
		u.AddCommitted(amount).Where(func(s *sql.Selector) {
			s.Where(sql.ExprP(fmt.Sprintf("%s + %d <= %s", s.C(fundbudget.FieldCommitted), amount, s.C(fundbudget.FieldAllocated))))
		})
	case ledgerentry.KindRELEASE:
		u.AddCommitted(-amount).Where(func(s *sql.Selector) {
			s.Where(sql.ExprP(fmt.Sprintf("%s - %d >= %s", s.C(fundbudget.FieldCommitted), amount, s.C(fundbudget.FieldDisbursed))))
		})
	case ledgerentry.KindDISBURSEMENT:
		u.AddDisbursed(amount).Where(func(s *sql.Selector) {
			s.Where(sql.ExprP(fmt.Sprintf("%s + %d <= %s", s.C(fundbudget.FieldDisbursed), amount, s.C(fundbudget.FieldCommitted))))
		})
	case ledgerentry.KindRETURN:
		u.AddDisbursed(-amount).Where(fundbudget.DisbursedGTE(amount))
	}
	n, err := u.Save(sys)
	if err != nil {
		return err
	}
	if n == 0 {
		return apperr.Newf(apperr.Conflict, "the fund's %d budget cannot take this (%s of %s)",
			"该资金 %d 年度预算余额不足（%s：%s 元）", b.Year, kind, money.Format(amount)).WithReason("FUND_BALANCE")
	}
	e := c.LedgerEntry.Create().SetFundBudgetID(b.ID).SetDomainID(b.DomainID).SetKind(kind).SetAmount(amount).
		SetNillableCallID(r.callID).SetNillableAwardID(r.awardID).SetMemo(strings.TrimSpace(r.memo))
	if v := viewer.FromContext(ctx); v != nil {
		e.SetActorID(v.UserID)
	}
	return e.Exec(sys)
}

// lockCall takes call id's row for the rest of the transaction, so that
// commitments against its budget queue: FOR UPDATE on PostgreSQL; SQLite
// transactions hold the database's write lock from BEGIN already.
func lockCall(ctx context.Context, c *gen.Client, id int) (*gen.GrantCall, error) {
	return c.GrantCall.Query().Where(grantcall.ID(id)).Modify(func(s *sql.Selector) {
		if s.Dialect() == dialect.Postgres {
			s.ForUpdate()
		}
	}).Only(system(ctx))
}

// commit books amount against call (already locked) for award: the call's
// committed total, then its budget lines in order, each line's fund
// budget with a COMMITMENT entry. Refused whole with the shortfall named
// when the call's budget left is short.
func (s *Service) commit(ctx context.Context, c *gen.Client, call *gen.GrantCall, awardID int, amount int64) error {
	sys := system(ctx)
	n, err := c.GrantCall.Update().Where(grantcall.ID(call.ID), func(sel *sql.Selector) {
		sel.Where(sql.ExprP(fmt.Sprintf("%s + %d <= %s", sel.C(grantcall.FieldCommitted), amount, sel.C(grantcall.FieldBudget))))
	}).AddCommitted(amount).Save(sys)
	if err != nil {
		return err
	}
	if n == 0 {
		left := call.Budget - call.Committed
		return shortfall(amount, left)
	}
	lines, err := c.GrantCallFund.Query().Where(grantcallfund.CallID(call.ID)).Order(grantcallfund.ByID()).WithFundBudget().All(sys)
	if err != nil {
		return err
	}
	need := amount
	for _, l := range lines {
		part := min(need, l.Amount-l.Committed)
		if part <= 0 {
			continue
		}
		n, err := c.GrantCallFund.Update().Where(grantcallfund.ID(l.ID), func(sel *sql.Selector) {
			sel.Where(sql.ExprP(fmt.Sprintf("%s + %d <= %s", sel.C(grantcallfund.FieldCommitted), part, sel.C(grantcallfund.FieldAmount))))
		}).AddCommitted(part).Save(sys)
		if err != nil {
			return err
		}
		if n == 0 {
			return shortfall(amount, 0)
		}
		if err := s.move(ctx, c, l.Edges.FundBudget, ledgerentry.KindCOMMITMENT, part,
			ref{callID: &call.ID, awardID: &awardID, memo: "award"}); err != nil {
			return err
		}
		need -= part
		if need == 0 {
			return nil
		}
	}
	// The call's lines add up to its budget, so this means they changed
	// under us; refuse rather than commit unbacked money.
	return shortfall(amount, amount-need)
}

// release gives back amount of award's commitment, last lines first.
func (s *Service) release(ctx context.Context, c *gen.Client, call *gen.GrantCall, awardID int, amount int64) error {
	sys := system(ctx)
	if _, err := c.GrantCall.Update().Where(grantcall.ID(call.ID), grantcall.CommittedGTE(amount)).AddCommitted(-amount).Save(sys); err != nil {
		return err
	}
	entries, err := c.LedgerEntry.Query().Where(ledgerentry.AwardID(awardID), ledgerentry.KindEQ(ledgerentry.KindCOMMITMENT)).
		Order(ledgerentry.ByID()).WithFundBudget().All(sys)
	if err != nil {
		return err
	}
	for _, e := range entries {
		if _, err := c.GrantCallFund.Update().Where(grantcallfund.CallID(call.ID), grantcallfund.FundBudgetID(e.FundBudgetID),
			grantcallfund.CommittedGTE(e.Amount)).AddCommitted(-e.Amount).Save(sys); err != nil {
			return err
		}
		if err := s.move(ctx, c, e.Edges.FundBudget, ledgerentry.KindRELEASE, e.Amount,
			ref{callID: &call.ID, awardID: &awardID, memo: "award cancelled"}); err != nil {
			return err
		}
	}
	return nil
}

func shortfall(amount, left int64) error {
	return apperr.Newf(apperr.Conflict, "the call's budget left is %s yuan; this needs %s (short by %s)",
		"本批次预算余额 %s 元，所需 %s 元，缺口 %s 元", money.Format(left), money.Format(amount), money.Format(amount-left)).
		WithReason("BUDGET_EXCEEDED").With("shortfall", money.Format(amount-left))
}
