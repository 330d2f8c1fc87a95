-- The two statements a perfect server needs for the benchmark's query, as
-- one pgbench transaction (run with -M prepared, as a server would).
-- 1. The page: 50 organisations by name (id breaks ties, as the GraphQL
--    servers' cursors do). Aggregated into one row only so that \gset can
--    hand the ids to statement 2; names and codes still travel to the client.
SELECT array_agg(id) AS ids, array_agg(name) AS names, array_agg(uscc) AS usccs
  FROM (SELECT id, name, uscc FROM organizations ORDER BY name, id LIMIT 50) page \gset
-- 2. The first 5 live documents of each of them, in one round trip.
SELECT o.id, d.id, d.title
  FROM unnest(:ids::bigint[]) AS o(id)
  CROSS JOIN LATERAL (
    SELECT id, title FROM documents
     WHERE owner_kind = 'organization' AND owner_id = o.id AND deleted_at IS NULL
     ORDER BY id LIMIT 5) d;
