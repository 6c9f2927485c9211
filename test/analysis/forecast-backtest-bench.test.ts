import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {parseSeriesText, runForecastBacktestBench} from '../../bench/forecast-backtest.js';
import {WEEKLY_SHAPE, buildSeries} from './synthetic-series.js';

describe('forecast backtest bench', () => {
	const directory = mkdtemp(join(tmpdir(), 'aws-cost-backtest-'));
	afterAll(async () => rm(await directory, {recursive: true, force: true}));

	it('reads CSV with or without a header, and JSON', () => {
		expect(parseSeriesText('date,amount\n2026-01-01,12.5\r\n2026-01-02,3\n', 'a.csv')).toEqual([
			{date: '2026-01-01', amount: 12.5},
			{date: '2026-01-02', amount: 3},
		]);
		expect(parseSeriesText('2026-01-01,1', 'b.csv')).toEqual([{date: '2026-01-01', amount: 1}]);
		expect(parseSeriesText('[{"date": "2026-01-01", "amount": "7"}]', 'c.json')).toEqual([{date: '2026-01-01', amount: 7}]);
		expect(() => parseSeriesText('2026-13-01,1', 'd.csv')).toThrow(/not a real day/);
	});

	it('backtests a series from a file and reports each horizon', async () => {
		const series = buildSeries('2026-01-05', 100, index => 200 + WEEKLY_SHAPE[index % 7]!);
		const file = join(await directory, 'series.csv');
		await writeFile(file, ['date,amount', ...series.map(point => `${point.date},${point.amount}`)].join('\n'));
		const lines: string[] = [];
		const [report] = await runForecastBacktestBench({file, log: line => lines.push(line)});
		expect(report!.result.days).toBe(100);
		expect(report!.result.horizons[0]!.totalMape!).toBeLessThan(1e-6);
		expect(lines[0]).toMatch(/series\.csv \(100 days/);
		expect(lines.slice(1)).toEqual([expect.stringMatching(/^ {2}7d: total MAPE 0\.0%/), expect.stringMatching(/^ {2}30d: total MAPE 0\.0%/)]);
	});
});
