// Package jobs runs the platform's periodic jobs (casework deadlines and
// reminders, document clean-up, and later each programme's): every job has a
// name, a period and a function, and runs once per period however many app
// nodes share the database.
//
// How "once per period" holds: time is cut into slots aligned to the job's
// period (now.Truncate(period), the same on every node), and a node runs a
// job's slot only after inserting its row into job_runs, whose (job,
// period_start) key is unique. Of several nodes ticking at once exactly one
// insert succeeds; the others get a unique-constraint error and skip. The
// same row then records the outcome (node, started, finished, error), so
// the table is both the lock and the history an admin reads (also on
// /metrics: hatchery_job_last_run_timestamp_seconds and friends).
//
// Why a claim row and not a PostgreSQL advisory lock: a lock only says
// "someone is running it now", not "this period is done", so a node that
// ticks a moment after another finished would run the slot again; a lock
// plus a last-run row needs two statements and a transaction where one
// conditional insert suffices; and SQLite (the embedded default, one node)
// has no advisory locks, while the unique key works the same on both.
// Why not a job queue (River, which DESIGN.md lists as served): the jobs
// are periodic sweeps that find their own work, not enqueued items with
// arguments; a queue would bring its own tables and migrations outside
// ours, a second driver for SQLite and a worker pool, for what one unique
// row per period does.
//
// What it does not promise: a node that dies mid-run leaves its slot
// claimed and unfinished (finished_at empty), and that period is not run
// again; the next period runs as usual. A run that fails records its error
// and is likewise retried at the next period. Jobs must therefore catch up
// by themselves (casework expires every notice past its deadline, not only
// today's; the clean-up removes everything stale), which they do. Nodes'
// clocks only need to agree to well within a period: a late clock merely
// finds the slot already claimed.
package jobs
