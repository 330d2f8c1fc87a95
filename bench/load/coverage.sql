-- The statements a perfect server needs for the party-building coverage
-- table, as one pgbench transaction (run with -M prepared).
-- 1. The total the page shows under the table.
SELECT count(*) FROM organizations WHERE status <> 'DEREGISTERED';
-- 2. The page: 50 organisations by name (id breaks ties), each with its
--    current coverage period and branch, its live officer assignment and
--    officer, and its last visit of the past year, in one round trip.
SELECT o.id, o.name, o.uscc, o.town, o.kind, c.form, c.start_on, b.id, b.name, b.kind,
       a.id, a.start_on, g.id, g.name, g.current_load, v.last
  FROM (SELECT id, name, uscc, town, kind FROM organizations
         WHERE status <> 'DEREGISTERED' ORDER BY name, id LIMIT 50) o
  LEFT JOIN party_coverages c ON c.organization_id = o.id AND c.end_on IS NULL
  LEFT JOIN party_organizations b ON b.id = c.party_organization_id
  LEFT JOIN officer_assignments a ON a.organization_id = o.id AND a.end_on IS NULL
  LEFT JOIN guidance_officers g ON g.id = a.officer_id
  CROSS JOIN LATERAL (
    SELECT max(visited_on) AS last FROM party_visits
     WHERE organization_id = o.id AND visited_on >= current_date - interval '1 year') v
 ORDER BY o.name, o.id;
