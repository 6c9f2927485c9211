import {describe, expect, it} from 'vitest';
import {type IsoDate, addDays} from '../../source/dates.js';
import {anomalyHistoryPeriod, anomalyReport, shortHistoryNote} from '../../source/insights/anomaly-report.js';
import {dailyQuery} from '../../source/insights/insight-request.js';
import {resolvePreset} from '../../source/presets.js';
import {validateQuery} from '../../source/validate.js';
import {anomalyHistory} from '../../source/view/anomaly-markers.js';
import {TODAY, demoEngine} from './demo-engine.js';

const request = {scope: {source: 'demo'}, metric: 'UnblendedCost'} as const;

describe('the anomaly baseline never reaches before the history Cost Explorer keeps', () => {
	it.each<[string, {start: string; end: string}, string]>([
		['last-12-months', resolvePreset('last-12-months', TODAY), '2025-10-01'],
		['--from 2025-10-01', {start: '2025-10-01', end: '2025-11-01'}, '2025-10-01'],
		['last-30-days', resolvePreset('last-30-days', TODAY), addDays(resolvePreset('last-30-days', TODAY).start, -56)],
	])('%s: history from %s', (_name, period, start) => {
		const history = anomalyHistoryPeriod(period as never, TODAY);
		expect(history).toEqual({start, end: period.end});
		// What the app's markers ask for is a query Cost Explorer accepts.
		expect(anomalyHistory(period as never, TODAY)).toEqual(history);
		expect(() => validateQuery(dailyQuery(request, history, [{type: 'DIMENSION', key: 'SERVICE'}]), TODAY)).not.toThrow();
	});

	it('says so, and which days could not be judged', () => {
		expect(shortHistoryNote({start: '2025-10-01', end: '2025-11-01'} as never, {start: '2025-10-01', end: '2025-11-01'} as never)).toBe(
			'History starts at 2025-10-01, the earliest Cost Explorer keeps: the baseline is shorter than 8 weeks. Days before 2025-10-29 have too little history to be judged.',
		);
		expect(shortHistoryNote({start: '2026-10-26', end: '2026-11-25'} as never, {start: '2026-08-31', end: '2026-11-25'} as never)).toBeUndefined();
	});

	it('reports on the last 12 months instead of refusing them', async () => {
		const report = await anomalyReport(demoEngine(), {...request, period: resolvePreset('last-12-months', TODAY), rootCauseLimit: 0, dimensions: ['SERVICE']});
		expect(report.history).toEqual({start: '2025-10-01', end: '2026-11-01'});
		expect(report.period).toEqual({start: '2025-11-01', end: '2026-11-01'});
		expect(report.notes[0]).toMatch(/^History starts at 2025-10-01, the earliest Cost Explorer keeps/);
		expect(report.anomalies.length).toBeGreaterThan(0);
	}, 60_000);

	it('refuses only what Cost Explorer does not keep', async () => {
		await expect(anomalyReport(demoEngine(), {...request, period: {start: '2025-09-30' as IsoDate, end: '2025-10-10' as IsoDate}})).rejects.toThrow(
			/start on or after 2025-10-01/,
		);
	});
});
