package casework

import (
	"context"
	"slices"
	"strings"
	"time"

	gen "hatchery/ent"
	"hatchery/ent/calendarday"
	"hatchery/ent/document"
	"hatchery/internal/apperr"
	"hatchery/internal/casework/casedata"
)

// SetMaterials replaces a service item's checklist. Cases copy it when
// submitted, so this applies to cases submitted from now on.
func (s *Service) SetMaterials(ctx context.Context, c *gen.Client, itemID int, materials []casedata.Material) (*gen.ServiceItem, error) {
	seen := map[string]bool{}
	for i, m := range materials {
		m.Key, m.Name = strings.TrimSpace(m.Key), strings.TrimSpace(m.Name)
		if m.Key == "" || m.Name == "" {
			return nil, apperr.Invalid("materials", "every material needs a key and a name", "每项材料须有代码和名称")
		}
		if seen[m.Key] {
			return nil, apperr.Invalidf("materials", "the key %q is used twice", "材料代码 %q 重复", m.Key)
		}
		seen[m.Key] = true
		if document.CategoryValidator(document.Category(m.Category)) != nil {
			return nil, apperr.Invalidf("materials", "%q is not a document category", "%q 不是有效的文件类别", m.Category)
		}
		materials[i] = m
	}
	return c.ServiceItem.UpdateOneID(itemID).SetMaterials(slices.Clone(materials)).Save(ctx)
}

// SetCalendarDay records date as a holiday or a make-up working day.
func (s *Service) SetCalendarDay(ctx context.Context, c *gen.Client, date time.Time, workday bool, name string) (*gen.CalendarDay, error) {
	d := Day(date)
	id, err := c.CalendarDay.Create().SetDate(d).SetWorkday(workday).SetName(strings.TrimSpace(name)).
		OnConflictColumns(calendarday.FieldDate).UpdateNewValues().ID(ctx)
	if err != nil {
		return nil, err
	}
	s.Calendars.Invalidate()
	return c.CalendarDay.Get(ctx, id)
}

// RemoveCalendarDay removes date's exception.
func (s *Service) RemoveCalendarDay(ctx context.Context, c *gen.Client, date time.Time) (bool, error) {
	n, err := c.CalendarDay.Delete().Where(calendarday.Date(Day(date))).Exec(ctx)
	if err != nil {
		return false, err
	}
	s.Calendars.Invalidate()
	return n > 0, nil
}

// CreateItem adds a service item to the viewer's catalogue; its programme,
// if any, must be one registered with casework.
func (s *Service) CreateItem(ctx context.Context, c *gen.Client, in gen.CreateServiceItemInput) (*gen.ServiceItem, error) {
	if err := s.CheckProgramme(in.Programme); err != nil {
		return nil, err
	}
	return c.ServiceItem.Create().SetInput(in).Save(ctx)
}

// UpdateItem changes a service item. A new programme applies to cases
// opened from now on: an open case keeps the programme it was opened under.
func (s *Service) UpdateItem(ctx context.Context, c *gen.Client, id int, in gen.UpdateServiceItemInput) (*gen.ServiceItem, error) {
	if err := s.CheckProgramme(in.Programme); err != nil {
		return nil, err
	}
	return c.ServiceItem.UpdateOneID(id).SetInput(in).Save(ctx)
}
