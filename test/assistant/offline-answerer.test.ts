import {describe, expect, it} from 'vitest';
import {OfflineParserAnswerer} from '../../source/assistant/offline-answerer.js';
import {formatPeriod} from '../../source/dates.js';
import {anomalyReport} from '../../source/insights/anomaly-report.js';
import {signedUsd, usd} from '../../source/insights/format/figures.js';
import {forecastReport} from '../../source/insights/forecast-report.js';
import {resolvePreset} from '../../source/presets.js';
import {TODAY as DEMO_TODAY, demoEngine} from '../insights/demo-engine.js';
import {fixedEngine, TODAY} from './fixed-source.js';

describe('OfflineParserAnswerer', () => {
	const context = () => ({engine: fixedEngine(), scope: {source: 'demo'} as const, today: TODAY});

	it('answers a question it reads, with the results it ran', async () => {
		const reply = await new OfflineParserAnswerer().answer('How much did I spend on S3 last month?', context());
		expect(reply.understood).toBe(true);
		expect(reply.text).toContain('$60.00');
		expect(reply.results.map(result => result.query.period)).toEqual([{start: '2026-09-01', end: '2026-10-01'}]);
	});

	it('follows up on its previous question', async () => {
		const answerer = new OfflineParserAnswerer();
		const shared = context();
		await answerer.answer('How much did I spend on S3 last month?', shared);
		const reply = await answerer.answer('and the month before?', shared);
		expect(reply.results.map(result => result.query.period.start)).toEqual(['2026-08-01']);
		answerer.reset();
		const fresh = await answerer.answer('and the month before?', shared);
		expect(fresh.results.map(result => result.query.filter)).not.toEqual(reply.results.map(result => result.query.filter));
	});

	it('says what it can answer when it cannot read the question', async () => {
		const reply = await new OfflineParserAnswerer().answer('write me a poem', context());
		expect(reply).toMatchObject({understood: false, results: []});
		expect(reply.text).toMatch(/^I can't answer that offline. Try: /);
	});

	it('says the month end `aws-cost forecast` prints', async () => {
		const report = await forecastReport(demoEngine(), {scope: {source: 'demo'}, metric: 'UnblendedCost'});
		const {monthEnd} = report.overall;
		const reply = await new OfflineParserAnswerer().answer('forecast', {engine: demoEngine(), scope: {source: 'demo'}, today: DEMO_TODAY});
		expect(reply.text).toMatch(
			new RegExp(`^Projected spend in November 2026: \\${usd(monthEnd.projected)} \\(80% range \\${usd(monthEnd.lower)} to \\${usd(monthEnd.upper)}\\), \\${usd(monthEnd.monthToDate)} billed through 2026-11-24`),
		);
		expect(reply.results.map(result => result.query.period)).toEqual([report.history]);
	});

	it('names the service anomalies `aws-cost anomalies` finds, largest first', async () => {
		const period = resolvePreset('last-30-days', DEMO_TODAY);
		const report = await anomalyReport(demoEngine(), {scope: {source: 'demo'}, metric: 'UnblendedCost', period, dimensions: ['SERVICE']});
		const reply = await new OfflineParserAnswerer().answer('any anomalies?', {engine: demoEngine(), scope: {source: 'demo'}, today: DEMO_TODAY});
		const [largest] = report.anomalies;
		expect(largest).toBeDefined();
		expect(reply.text).toContain(`${largest!.anomaly.group} ${largest!.anomaly.direction === 'spike' ? 'spiked' : 'dropped'}`);
		expect(reply.text).toContain(`(${usd(largest!.anomaly.actual)} against about ${usd(largest!.anomaly.expected)} expected, ${signedUsd(largest!.anomaly.impact)}`);
		expect(reply.text).toMatch(new RegExp(`^${report.anomalies.length} unusual stretch`));
		expect(reply.results).toHaveLength(1);
		expect(formatPeriod(report.period)).toBe('2026-10-26 … 2026-11-24');
	});
});
