// Package workdays is the working-day clock of one-window casework (最多跑一次).
//
// Statutory and promised time limits (法定时限, 承诺时限) are counted in Chinese
// working days (工作日): Saturdays and Sundays are off, public holidays are off,
// and the make-up working days the State Council announces with each year's
// holiday schedule (调休上班, usually a Saturday or a Sunday next to a long
// holiday) are working days. A plain Monday–Friday count is wrong by up to a
// week around the Spring Festival and National Day, which is exactly when
// promised limits are most often missed, so the calendar is data, not a rule.
//
// # Calendar
//
// A [Calendar] is built from a base (the holiday data compiled into
// github.com/6tail/lunar-go, see [Base]) plus [Override] entries that
// administrators enter when the State Council publishes a later year's
// schedule (every November for the following year). An override replaces the
// base entry for its date. A calendar is immutable and safe for concurrent use.
//
// # Conventions
//
// Dates are calendar days in China Standard Time (UTC+8, [Zone]). Every
// time.Time passed in is first converted to its China date, so 2025-01-27
// 17:00 UTC is already 2025-01-28, the first day of the 2025 Spring Festival.
// Dates returned are midnight at the start of the day in [Zone].
//
// A time limit runs from the day after acceptance: the start day itself is
// never counted, whatever the hour of acceptance ([Calendar.AddWorkdays],
// [Calendar.WorkdaysBetween]). A limit of n working days is due on the n-th
// working day after the start day, and a due date is always a working day.
//
// Years outside the data are not an error: a calendar knows the years it
// covers ([Calendar.Covers]: a year is covered when the base or an override
// has at least one entry in it, which in practice means its schedule was
// loaded), and outside them it counts Monday–Friday only. Arithmetic never
// fails, but a result that crosses an uncovered year is provisional; callers
// that show such a date should check [Calendar.CoversSpan] and say so
// ("holidays for 2028 not yet published").
//
// # Clock
//
// A [Clock] is the clock of one case: acceptance time, limit, pauses while
// the applicant supplements materials (补正期间不计入时限), and the decision
// that stops it. A working day is paused if the clock was paused when the day
// began (00:00 China time): the day a pause starts runs, the day it ends is
// paused, a same-day pause costs nothing. See [Clock] for the details.
//
// # Cost
//
// Statistics evaluate these functions for every case, so a calendar
// precomputes a cumulative working-day index over the years it covers:
// [Calendar.WorkdaysBetween] and [Calendar.AddWorkdays] are O(1) (closed-form
// week arithmetic outside the covered years) and allocate nothing.
package workdays
