import {type Period, dayNumber} from '../../dates.js';
import type {SourceAnomaly} from '../source.js';
import type {DemoCatalogue} from './catalogue.js';
import {metricCells, roundCell} from './metric-cells.js';

/**
 * The injected spikes that touch the period, reported as Cost Explorer's
 * anomaly detection would: what the line was expected to cost on those days,
 * what it did cost, and the line as root cause. `end` is the last anomalous
 * day (inclusive), as in AnomalyEndDate.
 */
export function demoAnomalies(catalogue: DemoCatalogue, period: Period): SourceAnomaly[] {
	const money = metricCells('UnblendedCost');
	const anomalies: SourceAnomaly[] = [];
	for (const spike of catalogue.spikes) {
		const days = spike.days.filter(day => day >= catalogue.historyStart && day <= catalogue.today);
		const first = days[0];
		const last = days[days.length - 1];
		if (first === undefined || last === undefined || last < period.start || first >= period.end) continue;
		const leaf = catalogue.leaves.find(
			candidate =>
				candidate.recordType === 'Usage' &&
				candidate.account.id === spike.account &&
				candidate.service.name === spike.service &&
				candidate.usageType === spike.usageType &&
				candidate.region === spike.region,
		);
		if (!leaf) continue;
		let expected = 0;
		let actual = 0;
		const usd = catalogue.series.usdOf(leaf.series);
		for (const day of days) {
			expected += roundCell(catalogue.series.baselineUsd(leaf.series, dayNumber(day)) * money.cellsPerUnit);
			actual += roundCell(usd[dayNumber(day) - catalogue.series.firstDay]! * money.cellsPerUnit);
		}
		anomalies.push({
			id: `demo-${spike.id}-${first}`,
			start: first,
			end: last,
			dimensionValue: spike.service,
			expected: money.toAmount(expected),
			actual: money.toAmount(actual),
			impact: money.toAmount(actual - expected),
			maxScore: Math.round(Math.min(0.99, (actual - expected) / actual) * 100) / 100,
			rootCauses: [{service: spike.service, region: spike.region, account: spike.account, usageType: spike.usageType}],
		});
	}
	return anomalies.sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
}
