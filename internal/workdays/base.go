package workdays

import (
	"fmt"
	"time"

	"github.com/6tail/lunar-go/HolidayUtil"
)

// The years whose schedules [New] takes from lunar-go. lunar-go v1.4.7 has the
// State Council's schedules up to 2027 (published November 2026); older
// years are there too (see [Base]) but no case on this platform predates
// 2024. Later years come in as overrides.
const (
	BaseFrom = 2024
	BaseTo   = 2027
)

// Base returns the holiday and make-up working day entries that lunar-go's
// HolidayUtil has for the years fromYear to toYear, in date order. Days of a
// holiday that fall on a weekend are included too (they carry the name).
// Years without data contribute nothing, so Base(2028, 2030) is empty until
// the library is upgraded; an empty result means "enter it as overrides".
//
// The app seeds its holiday table with Base(BaseFrom, BaseTo) so that
// administrators can see and correct the data they are overriding.
func Base(fromYear, toYear int) []Override {
	// lunar-go looks years up by a 4-digit prefix.
	fromYear, toYear = max(fromYear, 1), min(toYear, 9999)
	var out []Override
	for y := fromYear; y <= toYear; y++ {
		for e := HolidayUtil.GetHolidaysByYear(y).Front(); e != nil; e = e.Next() {
			h := e.Value.(*HolidayUtil.Holiday)
			date, err := time.ParseInLocation(time.DateOnly, h.GetDay(), Zone)
			if err != nil {
				// The data is compiled into the library: a bad date is a bug
				// there, and silently dropping a holiday would be worse.
				panic(fmt.Sprintf("workdays: lunar-go holiday date %q: %v", h.GetDay(), err))
			}
			out = append(out, Override{Date: date, Workday: h.IsWork(), Name: h.GetName()})
		}
	}
	return out
}
