-- The statements a perfect server needs for the venture-grant ranking of
-- call :call (pgbench -D call=ID; bench/compare passes the call both
-- servers rank), as one pgbench transaction (run with -M prepared).
-- 1. The call's review panel.
SELECT id AS panel FROM review_panels WHERE subject_kind = 'grant_call' AND subject_id = :call \gset
-- 2. The ranking, computed where the data is: every proposal submitted or
--    decided whose case is not withdrawn, with its organisation's name, its
--    award, and its reviews summed up as Hatchery's rule does (reviews not
--    removed; totals of the submitted ones; mean, trimmed mean from four
--    reviews on, population standard deviation, each rounded to a tenth),
--    best mean first, then best trimmed mean, then id.
SELECT p.id, p.title, p.category, p.status, p.requested, o.name,
       a.id, a.amount, a.status, a.conditions,
       r.assigned, r.done, r.mean, r.trimmed, r.spread
  FROM proposals p
  JOIN service_cases c ON c.id = p.case_id AND c.state <> 'WITHDRAWN'
  JOIN organizations o ON o.id = p.organization_id
  LEFT JOIN awards a ON a.proposal_id = p.id
  CROSS JOIN LATERAL (
    SELECT count(*) AS assigned, count(t) AS done, round(avg(t)) AS mean,
           round(CASE WHEN count(t) >= 4 THEN (sum(t) - max(t) - min(t))::numeric / (count(t) - 2) ELSE avg(t) END) AS trimmed,
           round(stddev_pop(t)) AS spread
      FROM (SELECT CASE WHEN status = 'SUBMITTED' THEN total_tenths END AS t
              FROM review_assignments
             WHERE panel_id = :panel AND item_id = p.id AND status <> 'REMOVED') x) r
 WHERE p.call_id = :call AND p.status NOT IN ('DRAFT', 'WITHDRAWN')
 ORDER BY r.mean DESC NULLS LAST, r.trimmed DESC NULLS LAST, p.id;
