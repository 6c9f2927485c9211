// Child process of the bench: aggregates ~1,000,000 demo cost rows (400 days ×
// ~2,500 usage-type/account groups) into a per-group table, streaming pages so
// no more than one page is held at a time. Prints one JSON line.
import {GroupTotals} from '../source/aggregate.js';
import {type IsoDate, addDays} from '../source/dates.js';
import {CostEngine} from '../source/engine.js';
import type {CostQuery} from '../source/query.js';
import {createDemoSource} from '../source/sources/demo/index.js';

const today = '2026-11-25' as IsoDate;
const start = '2025-10-01' as IsoDate;
const query: CostQuery = {
	period: {start, end: addDays(start, 400)},
	granularity: 'DAILY',
	metric: 'UnblendedCost',
	groupBy: [
		{type: 'DIMENSION', key: 'USAGE_TYPE'},
		{type: 'DIMENSION', key: 'LINKED_ACCOUNT'},
	],
	scope: {source: 'demo'},
};

const engine = new CostEngine({source: createDemoSource({today, pageSize: 5000}), today});
const totals = new GroupTotals();
let rows = 0;
const started = performance.now();
for await (const page of engine.streamPages(query)) {
	rows += page.rows.length;
	totals.add(page.rows);
}
const sorted = [...totals.toMap().values()].sort((a, b) => (a.amount < b.amount ? 1 : a.amount > b.amount ? -1 : 0));
const elapsedMs = performance.now() - started;
process.stdout.write(
	`${JSON.stringify({rows, groups: sorted.length, elapsedMs, peakRssMb: process.resourceUsage().maxRSS / 1024})}\n`,
);
