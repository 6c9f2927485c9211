import {readFile} from 'node:fs/promises';
import {pathToFileURL} from 'node:url';
import {type BacktestOptions, type ForecastBacktest, formatBacktest, runForecastBacktest} from '../source/analysis/backtest.js';
import {type DailyPoint, type DailySeries, dailySeriesByGroup, dailySeriesFromRows, seriesTotal} from '../source/analysis/daily-series.js';
import {type IsoDate, addDays, parseIsoDate} from '../source/dates.js';
import {badInput} from '../source/errors.js';
import type {CostQuery} from '../source/query.js';
import type {CostRow} from '../source/rows.js';
import {createDemoSource} from '../source/sources/demo/index.js';
import {earliestDailyDate} from '../source/validate.js';

/** One series' backtest, named for the report. */
export interface NamedBacktest {
	readonly name: string;
	readonly result: ForecastBacktest;
}

export interface ForecastBacktestBenchOptions extends BacktestOptions {
	/** A CSV (`date,amount`) or JSON (`[{date, amount}]`) series; without it, the demo's data. */
	readonly file?: string;
	/** The demo's last day of history; fixed by default so runs compare. */
	readonly today?: IsoDate;
	/** How many of the demo's largest services to test besides the total; default 5. */
	readonly topServices?: number;
	/** Where report lines go; default console.log. */
	readonly log?: (line: string) => void;
}

const DEFAULT_TODAY = '2026-06-30' as IsoDate;

/** Reads `date,amount` CSV (header optional) or a JSON array of {date, amount}. */
export function parseSeriesText(text: string, name: string): DailyPoint[] {
	const trimmed = text.trim();
	if (trimmed.startsWith('[')) {
		const parsed: unknown = JSON.parse(trimmed);
		if (!Array.isArray(parsed)) throw badInput(`${name}: expected a JSON array of {date, amount}.`);
		return parsed.map((item: {date?: unknown; amount?: unknown}) => ({date: parseIsoDate(String(item.date)), amount: Number(item.amount)}));
	}
	return trimmed
		.split(/\r?\n/)
		.map(line => line.trim())
		.filter(line => line !== '' && !/^date\s*,/i.test(line))
		.map(line => {
			const [date = '', amount = ''] = line.split(',');
			return {date: parseIsoDate(date), amount: Number(amount)};
		});
}

async function demoSeries(today: IsoDate, topServices: number): Promise<{name: string; series: DailySeries}[]> {
	const source = createDemoSource({today});
	const period = {start: earliestDailyDate(today), end: addDays(today, 1)};
	const query: CostQuery = {period, granularity: 'DAILY', metric: 'UnblendedCost', groupBy: [{type: 'DIMENSION', key: 'SERVICE'}], scope: {source: 'demo'}};
	const rows: CostRow[] = [];
	for await (const page of source.costAndUsage(query)) rows.push(...page.rows);
	const services = [...dailySeriesByGroup(rows, 0, period)].sort(([, a], [, b]) => seriesTotal(b) - seriesTotal(a)).slice(0, topServices);
	return [{name: 'Total', series: dailySeriesFromRows(rows, period)}, ...services.map(([name, series]) => ({name, series}))];
}

/**
 * Backtests the forecast on a file's series or on the demo's total and
 * largest services, printing total/daily MAPE and 80%/95% coverage for each
 * horizon. What `npm run bench` calls.
 */
export async function runForecastBacktestBench(options: ForecastBacktestBenchOptions = {}): Promise<NamedBacktest[]> {
	const log = options.log ?? console.log;
	const inputs = options.file
		? [{name: options.file, series: parseSeriesText(await readFile(options.file, 'utf8'), options.file)}]
		: await demoSeries(options.today ?? DEFAULT_TODAY, options.topServices ?? 5);
	const results: NamedBacktest[] = [];
	for (const {name, series} of inputs) {
		const started = performance.now();
		const result = runForecastBacktest(series, options);
		const elapsed = performance.now() - started;
		log(`${name} (${result.days} days, ${elapsed.toFixed(0)} ms)`);
		for (const horizon of result.horizons) log(`  ${formatBacktest(horizon)}`);
		results.push({name, result});
	}
	return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
	runForecastBacktestBench({file: process.argv[2]}).catch((error: unknown) => {
		console.error(error instanceof Error ? error.message : String(error));
		process.exitCode = 1;
	});
}
