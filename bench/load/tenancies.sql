-- The statements a perfect server needs for the tenant list, as one pgbench
-- transaction (run with -M prepared, as a server would).
-- 1. The total the page shows under the table.
SELECT count(*) FROM tenancies WHERE status = 'ACTIVE';
-- 2. The page: 50 running tenancies by end date (id breaks ties, as the
--    GraphQL servers' cursors do), each with its organisation, its mentor
--    and the seats it holds now with their space, in one round trip. The
--    page is cut before the joins, so they run for its 50 rows only.
SELECT t.id, t.stage, t.virtual, t.status, t.ends_on, o.id, o.name, u.id, u.display_name,
       s.ids, s.seats, s.spaces, s.codes
  FROM (SELECT id, stage, virtual, status, ends_on, organization_id, mentor_id FROM tenancies
         WHERE status = 'ACTIVE' ORDER BY ends_on, id LIMIT 50) t
  JOIN organizations o ON o.id = t.organization_id
  LEFT JOIN users u ON u.id = t.mentor_id
  CROSS JOIN LATERAL (
    SELECT array_agg(ts.id ORDER BY ts.id) AS ids, array_agg(ts.seats ORDER BY ts.id) AS seats,
           array_agg(sp.id ORDER BY ts.id) AS spaces, array_agg(sp.code ORDER BY ts.id) AS codes
      FROM tenancy_spaces ts JOIN incubation_spaces sp ON sp.id = ts.space_id
     WHERE ts.tenancy_id = t.id AND ts.released_on IS NULL) s
 ORDER BY t.ends_on, t.id;
