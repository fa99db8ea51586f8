// Prints how the store runs the services' hot queries (`npm run explain`, against the running
// local stack, after `npm run platform`): for every collection of every service database, the `_id`
// lookup (snapshots, commits, the consumers' inbox, read models) and, for each index, an equality
// query on its leading fields with values taken from a stored document — the query the index is
// declared for. A line says which plan node answered and with which index; "Seq Scan" means the
// query reads the whole collection (see deploy/local/ferretdb/README.md for why that was the rule
// on FerretDB 1.24 before its two patches); "small" is a scan of a collection below
// EXPLAIN_SMALL_COLLECTION documents (1,000), which the planner rightly prefers. Exit code 1 when a
// query an index should serve reads a large collection.
import { MongoClient } from 'mongodb';

const uri = process.env.MONGODB_URI ?? 'mongodb://127.0.0.1:27017';
const prefix = process.env.EXPLAIN_DB_PREFIX ?? 'icn_';
// Below this many documents the planner rightly prefers reading the table to an index.
const smallCollection = Number(process.env.EXPLAIN_SMALL_COLLECTION ?? 1000);

/** The first plan node that reads the table, and the index it used (PostgreSQL or MongoDB plans). */
function accessPath(explained) {
  const planner = explained.queryPlanner ?? {};
  if (planner.Plan) {
    const nodes = [];
    const walk = (node) => {
      nodes.push(node);
      for (const child of node.Plans ?? []) walk(child);
    };
    walk(planner.Plan);
    const reader = nodes.find((node) => node['Index Name'] !== undefined) ?? nodes.find((node) => /Scan/.test(node['Node Type'])) ?? nodes[0];
    return { node: reader['Node Type'], index: reader['Index Name'] ?? '' };
  }
  const stage = JSON.stringify(planner.winningPlan ?? {});
  const index = /"indexName":"([^"]+)"/.exec(stage)?.[1] ?? '';
  return { node: stage.includes('IXSCAN') || stage.includes('IDHACK') || stage.includes('EXPRESS') ? 'Index Scan' : 'COLLSCAN', index };
}

function valueAt(document, path) {
  return path.split('.').reduce((value, key) => (value === undefined || value === null ? undefined : value[key]), document);
}

const client = await MongoClient.connect(uri);
let scans = 0;
try {
  const { databases } = await client.db().admin().listDatabases();
  const explained = databases.filter((database) => database.name.startsWith(prefix));
  // Nothing to explain is not "no scans": say so, and fail, so nobody reads silence as a pass.
  if (explained.length === 0) {
    console.error(`no database named ${prefix}* at ${uri}: start the platform first (npm run platform), or set EXPLAIN_DB_PREFIX (e.g. bench_ after a benchmark run with BENCH_KEEP_DATA=1)`);
    process.exitCode = 1;
  }
  for (const { name } of explained) {
    const db = client.db(name);
    for (const { name: collectionName } of await db.listCollections().toArray()) {
      const collection = db.collection(collectionName);
      const sample = await collection.findOne({});
      if (sample === null) continue;
      const small = (await collection.estimatedDocumentCount()) < smallCollection;
      const queries = [{ label: '_id', filter: { _id: sample._id } }];
      for (const index of await collection.indexes()) {
        if (index.name === '_id_') continue;
        const fields = Object.keys(index.key);
        const filter = {};
        for (const field of fields) {
          const value = valueAt(sample, field);
          // Equality on scalars only: that is what FerretDB pushes down to PostgreSQL.
          if (value === undefined || value === null || typeof value === 'object') break;
          filter[field] = value;
        }
        if (Object.keys(filter).length > 0) queries.push({ label: index.name, filter });
      }
      for (const { label, filter } of queries) {
        const { node, index } = accessPath(await collection.find(filter).explain());
        const scanned = /Seq Scan|COLLSCAN/.test(node);
        if (scanned && !small) scans += 1;
        console.log(`${scanned ? (small ? 'small' : 'SCAN ') : 'index'}  ${name}.${collectionName}  ${label.padEnd(28)} ${node}${index ? ` (${index})` : ''}  ${JSON.stringify(filter).slice(0, 90)}`);
      }
    }
  }
} finally {
  await client.close();
}
if (scans > 0) {
  console.error(`${scans} quer${scans === 1 ? 'y' : 'ies'} read a whole collection`);
  process.exitCode = 1;
}
