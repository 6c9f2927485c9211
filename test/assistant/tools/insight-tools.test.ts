import {describe, expect, it} from 'vitest';
import {runToolCall} from '../../../source/assistant/tools/index.js';
import {formatPeriod} from '../../../source/dates.js';
import {anomalyReport} from '../../../source/insights/anomaly-report.js';
import {describeCauses} from '../../../source/insights/format/anomaly-output.js';
import {signedUsd, usd} from '../../../source/insights/format/figures.js';
import {forecastReport} from '../../../source/insights/forecast-report.js';
import {resolvePreset} from '../../../source/presets.js';
import {TODAY, demoEngine} from '../../insights/demo-engine.js';

const scope = {source: 'demo'} as const;

async function toolText(name: string, args: unknown): Promise<string> {
	const outcome = await runToolCall({id: 'call_1', name, arguments: args}, {engine: demoEngine(), scope, today: TODAY});
	if (!outcome.ok) throw new Error(outcome.error);
	return outcome.text;
}

describe('the chat tools tell the CLI reports', () => {
	it('forecast: the same month end and horizon total as `aws-cost forecast`', async () => {
		const report = await forecastReport(demoEngine(), {scope, metric: 'UnblendedCost', horizonDays: 14});
		const text = await toolText('forecast', {days: 14});
		const {monthEnd, total} = report.overall;
		expect(text).toContain(`Month end (2026-11): ${report.monthEndText}; 80% interval ${usd(monthEnd.lower)} to ${usd(monthEnd.upper)}`);
		expect(text).toContain(
			`Next 14 days (${formatPeriod(report.forecastPeriod)}): ${usd(total.mean)} (80% interval ${usd(total.lower80)} to ${usd(total.upper80)}; 95% ${usd(total.lower95)} to ${usd(total.upper95)})`,
		);
	});

	it('anomalies: the same anomalies, impacts and root causes as `aws-cost anomalies`', async () => {
		const report = await anomalyReport(demoEngine(), {scope, metric: 'UnblendedCost', period: resolvePreset('last-30-days', TODAY)});
		expect(report.anomalies.length).toBeGreaterThan(0);
		const rows = (await toolText('anomalies', {})).split('\n').slice(2, 2 + report.anomalies.length);
		expect(rows.map(row => row.split(' | ')).map(([group, , days, , expected, actual, impact, driven]) => ({group, days, expected, actual, impact, driven}))).toEqual(
			report.anomalies.slice(0, 15).map(({anomaly, causes}) => ({
				group: anomaly.group,
				days: formatPeriod(anomaly.period),
				expected: usd(anomaly.expected),
				actual: usd(anomaly.actual),
				impact: signedUsd(anomaly.impact),
				driven: describeCauses(causes) || '-',
			})),
		);
	});
});
