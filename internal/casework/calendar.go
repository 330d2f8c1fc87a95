package casework

import (
	"context"
	"sync"
	"time"

	"entgo.io/ent/privacy"

	gen "hatchery/ent"
	"hatchery/ent/calendarday"
	"hatchery/internal/workdays"
)

// Calendars serves the working-day calendar from the calendar_days table,
// which is seeded with the State Council's calendar (workdays.Base) and
// edited by admins. It is cached: an edit through this process refreshes it
// at once (Invalidate, from a hook), other processes within maxAge.
type Calendars struct {
	client *gen.Client
	mu     sync.Mutex
	cal    *workdays.Calendar
	loaded time.Time
}

const calendarMaxAge = time.Minute

// NewCalendars reads the calendar through client.
func NewCalendars(client *gen.Client) *Calendars { return &Calendars{client: client} }

// Get returns the current calendar (read at most once a minute).
func (c *Calendars) Get(ctx context.Context) (*workdays.Calendar, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.cal != nil && time.Since(c.loaded) < calendarMaxAge {
		return c.cal, nil
	}
	// Inside a mutation, through its transaction: a second connection taken
	// while the transaction holds one can deadlock a full pool.
	client := c.client
	if tx := gen.TxFromContext(ctx); tx != nil {
		client = tx.Client()
	}
	days, err := client.CalendarDay.Query().All(privacy.DecisionContext(ctx, privacy.Allow))
	if err != nil {
		return nil, err
	}
	base := make([]workdays.Override, len(days))
	for i, d := range days {
		base[i] = workdays.Override{Date: d.Date, Workday: d.Workday, Name: d.Name}
	}
	c.cal, c.loaded = workdays.NewFrom(base), time.Now()
	return c.cal, nil
}

// Invalidate makes the next Get reload.
func (c *Calendars) Invalidate() {
	c.mu.Lock()
	c.cal = nil
	c.mu.Unlock()
}

// SeedCalendar fills an empty calendar table with the years the platform
// knows (workdays.BaseFrom..BaseTo). It does nothing once there are rows,
// so admins' edits are never overwritten.
func SeedCalendar(ctx context.Context, client *gen.Client) (int, error) {
	ctx = privacy.DecisionContext(ctx, privacy.Allow)
	n, err := client.CalendarDay.Query().Count(ctx)
	if err != nil || n > 0 {
		return 0, err
	}
	base := workdays.Base(workdays.BaseFrom, workdays.BaseTo)
	builders := make([]*gen.CalendarDayCreate, len(base))
	for i, o := range base {
		builders[i] = client.CalendarDay.Create().
			SetDate(Day(o.Date)).SetWorkday(o.Workday).SetName(o.Name)
	}
	if err := client.CalendarDay.CreateBulk(builders...).OnConflictColumns(calendarday.FieldDate).DoNothing().Exec(ctx); err != nil {
		return 0, err
	}
	return len(base), nil
}
