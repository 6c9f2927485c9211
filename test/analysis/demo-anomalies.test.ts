import {describe, expect, it} from 'vitest';
import {detectGroupAnomalies} from '../../source/analysis/anomalies.js';
import {explainAnomaly} from '../../source/analysis/contribution.js';
import {dailySeriesByGroup} from '../../source/analysis/daily-series.js';
import {type IsoDate, type Period, addDays} from '../../source/dates.js';
import {amountToNumber} from '../../source/money.js';
import type {CostQuery} from '../../source/query.js';
import type {CostRow} from '../../source/rows.js';
import {createDemoSource, demoInjectedSpikes} from '../../source/sources/demo/index.js';

const today = '2026-06-30' as IsoDate;
const source = createDemoSource({today});
const period: Period = {start: addDays(today, -179), end: addDays(today, 1)};

async function rowsByServiceAndUsageType(): Promise<CostRow[]> {
	const groupBy = [{type: 'DIMENSION', key: 'SERVICE'}, {type: 'DIMENSION', key: 'USAGE_TYPE'}] as const;
	const query: CostQuery = {period, granularity: 'DAILY', metric: 'UnblendedCost', groupBy, scope: {source: 'demo'}};
	const rows: CostRow[] = [];
	for await (const page of source.costAndUsage(query)) rows.push(...page.rows);
	return rows;
}

describe('anomalies on the demo organization', () => {
	it('finds every injected spike on its days, with its impact and its usage type as the root cause', async () => {
		const rows = await rowsByServiceAndUsageType();
		const anomalies = detectGroupAnomalies(dailySeriesByGroup(rows, 0, period), {reportFrom: addDays(today, -120)});
		for (const spike of demoInjectedSpikes(today)) {
			const found = anomalies.find(anomaly => anomaly.group === spike.service && anomaly.period.start === spike.days[0]);
			expect(found, spike.id).toBeDefined();
			expect(found!.lastDay).toBe(spike.days.at(-1));
			const injected = spike.extraUsd.reduce((sum, extra) => sum + extra, 0);
			expect(Math.abs(amountToNumber(found!.impact) - injected) / injected).toBeLessThan(0.1);
			const usageTypes = dailySeriesByGroup(
				rows.filter(row => row.keys[0] === spike.service),
				1,
				period,
			);
			const [usage] = explainAnomaly(found!, new Map([['USAGE_TYPE', usageTypes]]));
			expect(usage!.contributors[0]!.key).toBe(spike.usageType);
			expect(usage!.contributors[0]!.share).toBeGreaterThan(0.8);
		}
	});
});
