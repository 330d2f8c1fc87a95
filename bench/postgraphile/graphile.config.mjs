// PostGraphile v5 as the benchmark's peer (bench/compare starts it). The
// script copies this file next to the node_modules it installed, since the
// imports below resolve from the file's own directory.
//
// Amber is PostGraphile's recommended preset. Everything that costs time per
// request without serving the query is off: no GraphiQL, no schema watching,
// no plan explanation. The pool gets as many connections as Hatchery's.
//
// PgIndexBehaviorsPlugin is off (as PostGraphile v4's ignoreIndexes did by
// default): with it, PostGraphile offers no ordering or condition on a
// column that no index leads with. Hatchery's lists order and filter by
// such columns (the tenant list by tenancies.ends_on, the coverage table's
// current period by party_coverages.end_on IS NULL), so without this the
// peer could not be asked the same question. It changes which fields the
// schema has, not the SQL of a query both could already ask.
import { PostGraphileAmberPreset } from "postgraphile/presets/amber";
import { makePgService } from "postgraphile/adaptors/pg";

/** @type {GraphileConfig.Preset} */
export default {
  extends: [PostGraphileAmberPreset],
  disablePlugins: ["PgIndexBehaviorsPlugin"],
  pgServices: [
    makePgService({
      connectionString: process.env.DATABASE_URL,
      schemas: ["public"],
      poolConfig: { max: Number(process.env.BENCH_POOL || 20) },
    }),
  ],
  grafserv: {
    host: "127.0.0.1",
    port: Number(process.env.BENCH_PORT || 5678),
    graphiql: false,
    watch: false,
  },
  grafast: { explain: false },
};
