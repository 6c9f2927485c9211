import {openCostCache} from '../../source/cache/index.js';
import type {IsoDate} from '../../source/dates.js';
import {amountToString} from '../../source/money.js';
import type {CostQuery} from '../../source/query.js';
import type {Identity} from '../../source/sources/source.js';

/**
 * Run as `node --import tsx lookup-in-child-process.ts <file> <identity> <query> <today>`:
 * opens the cache file in a process of its own, looks the query up, and
 * prints the answer (amounts as exact decimal strings) with the stats.
 */
const [path, identityJson, queryJson, today] = process.argv.slice(2);
if (path === undefined || identityJson === undefined || queryJson === undefined || today === undefined) {
	throw new Error('usage: lookup-in-child-process.ts <file> <identity json> <query json> <today>');
}
const cache = await openCostCache({path});
try {
	const answer = await cache.lookup(JSON.parse(identityJson) as Identity, JSON.parse(queryJson) as CostQuery, today as IsoDate);
	const rows = answer?.rows.map(row => ({...row, amount: amountToString(row.amount)}));
	process.stdout.write(JSON.stringify({derived: answer?.derived ?? null, rows: rows ?? null, stats: await cache.stats()}));
} finally {
	await cache.close();
}
