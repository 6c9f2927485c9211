import {describe, expect, it} from 'vitest';
import {totalOf} from '../../../source/aggregate.js';
import {
	type ParsedQuestion,
	type QueryRunner,
	answerOffline,
	parseQuestion,
} from '../../../source/assistant/offline/index.js';
import {type IsoDate, addDays, eachDay} from '../../../source/dates.js';
import {parseAmount} from '../../../source/money.js';
import type {CostQuery} from '../../../source/query.js';
import type {CostRow} from '../../../source/rows.js';
import {CostEngine} from '../../../source/engine.js';
import {anomalyReport} from '../../../source/insights/anomaly-report.js';
import {forecastReport} from '../../../source/insights/forecast-report.js';
import type {CostSource} from '../../../source/sources/source.js';
import {ACCOUNTS, TODAY, contextFor} from './expect-parsed.js';
import {DEMO_CAPABILITIES} from '../../../source/sources/demo/capabilities.js';

const row = (start: string, end: string, keys: string[], amount: string, extra: Partial<CostRow> = {}): CostRow => ({
	start,
	end,
	keys,
	amount: parseAmount(amount),
	unit: 'USD',
	estimated: false,
	...extra,
});

/** A source that answers each query with the rows `rowsFor` gives, for the reports behind forecasts and anomalies. */
function rowsSource(rowsFor: (query: CostQuery) => CostRow[], asked: CostQuery[]): CostSource {
	return {
		kind: 'demo',
		capabilities: DEMO_CAPABILITIES,
		identity: async () => ({account: '111111111111', principal: 'test'}),
		async *costAndUsage(query) {
			asked.push(query);
			yield {rows: rowsFor(query), fromCache: false, billableRequests: 1};
		},
		dimensionValues: async () => [],
		forecast: async () => {
			throw new Error('not used: the demo has no Cost Explorer forecast');
		},
		anomalies: async () => [],
		accounts: async () => [...ACCOUNTS],
	};
}

/** Answers each query with the rows `rowsFor` gives, summed the way CostEngine sums them; reports run on an engine over the same rows. */
function fakeRunner(rowsFor: (query: CostQuery) => CostRow[], today: IsoDate = TODAY): QueryRunner & {readonly asked: CostQuery[]} {
	const asked: CostQuery[] = [];
	const engine = new CostEngine({source: rowsSource(rowsFor, asked), today});
	return {
		asked,
		async run(query) {
			asked.push(query);
			const rows = rowsFor(query);
			return {rows, total: totalOf(rows), unit: rows[0]?.unit ?? 'USD', empty: rows.length === 0, estimated: rows.some(r => r.estimated)};
		},
		forecast: request => forecastReport(engine, request),
		anomalies: request => anomalyReport(engine, request),
	};
}

function parsed(question: string, today?: IsoDate): ParsedQuestion {
	const outcome = parseQuestion(question, contextFor(today));
	if (outcome.kind === 'invalid' || outcome.kind === 'unrecognised') throw new Error(outcome.message);
	return outcome;
}

async function answer(question: string, rowsFor: (query: CostQuery) => CostRow[], today?: IsoDate) {
	const question_ = parsed(question, today);
	const runner = fakeRunner(rowsFor, today);
	const result = await answerOffline(question_, runner, {accounts: ACCOUNTS});
	// A report's main query comes first; its root-cause drill-downs are not listed.
	expect(runner.asked.slice(0, result.queries.length)).toEqual(result.queries);
	return result;
}

const EC2 = 'Amazon Elastic Compute Cloud - Compute';
const S3 = 'Amazon Simple Storage Service';

describe('totals', () => {
	it('says the exact amount, what and when', async () => {
		const {text, queries} = await answer('How much did I spend on S3 last month?', () => [row('2026-10-01', '2026-11-01', [], '12345.6749')]);
		expect(text).toBe('You spent $12,345.67 on Amazon Simple Storage Service in October 2026.');
		expect(queries).toHaveLength(1);
	});

	it('says "no data" for no rows, never $0.00', async () => {
		const {text} = await answer('How much did I spend on S3 last month?', () => []);
		expect(text).toBe('There is no cost data on Amazon Simple Storage Service in October 2026.');
		expect(text).not.toContain('$0.00');
	});

	it('says $0.00 when rows came back and summed to zero', async () => {
		const {text} = await answer('lambda costs last month', () => [row('2026-10-01', '2026-11-01', [], '0')]);
		expect(text).toBe('You spent $0.00 on AWS Lambda in October 2026.');
	});

	it('marks figures that are not final', async () => {
		const {text} = await answer('how much did I spend this month', () => [
			row('2026-11-01', '2026-11-26', [], '1234.5', {estimated: true}),
		]);
		expect(text).toBe('You spent $1,234.50 from 2026-11-01 to 2026-11-25 (estimated; not final yet).');
	});

	it('names accounts, tags and the metric', async () => {
		const {text} = await answer('amortized EC2 cost in Production for team payments in Q3', () => [row('2026-07-01', '2026-10-01', [], '99.999')]);
		expect(text).toBe(
			'You spent $100.00 (amortized) on Amazon Elastic Compute Cloud - Compute in account Production (111111111111) where team is payments in Q3 2026.',
		);
	});

	it('says usage in its unit', async () => {
		const {text} = await answer('EC2 usage hours last month', () => [row('2026-10-01', '2026-11-01', [], '730', {unit: 'Hrs'})]);
		expect(text).toBe('Usage on Amazon Elastic Compute Cloud - Compute in October 2026 was 730.00 Hrs (usage quantity).');
	});

	it('adds what the parser had to assume', async () => {
		const {text} = await answer('spend last year', () => [row('2025-10-01', '2025-11-01', [], '10'), row('2025-11-01', '2025-12-01', [], '20')]);
		expect(text).toBe('You spent $30.00 in Q4 2025. Cost Explorer keeps 13 months of history, so 2025 is counted from 2025-10-01.');
	});

	it('describes data transfer in words, not usage type groups', async () => {
		const {text} = await answer('data transfer yesterday', () => [row('2026-11-24', '2026-11-25', [], '3.5')]);
		expect(text).toBe('You spent $3.50 on data transfer on 2026-11-24.');
	});
});

describe('breakdowns and top N', () => {
	const services: [string, string][] = [
		[EC2, '600'],
		[S3, '200'],
		['AWS Lambda', '80'],
		['Amazon Relational Database Service', '60'],
		['Amazon CloudFront', '30'],
		['AWS Key Management Service', '20'],
		['Tax', '10'],
	];
	const byService = () => services.map(([name, amount]) => row('2026-10-01', '2026-11-01', [name], amount));

	it('lists the largest groups with their shares and sums the rest', async () => {
		const {text} = await answer('spend by service last month', byService);
		expect(text).toBe(
			[
				'You spent $1,000.00 in October 2026. By service:',
				'- Amazon Elastic Compute Cloud - Compute $600.00 (60.0%)',
				'- Amazon Simple Storage Service $200.00 (20.0%)',
				'- AWS Lambda $80.00 (8.0%)',
				'- Amazon Relational Database Service $60.00 (6.0%)',
				'- Amazon CloudFront $30.00 (3.0%)',
				'- 2 more $30.00 (3.0%)',
			].join('\n'),
		);
	});

	it('ranks the top N', async () => {
		const {text} = await answer('top 3 services last month', byService);
		expect(text).toBe(
			[
				'Top 3 services in October 2026 (total $1,000.00):',
				'1. Amazon Elastic Compute Cloud - Compute $600.00 (60.0%)',
				'2. Amazon Simple Storage Service $200.00 (20.0%)',
				'3. AWS Lambda $80.00 (8.0%)',
			].join('\n'),
		);
	});

	it('names the single most expensive one', async () => {
		const {text} = await answer('what was the most expensive service last month?', byService);
		expect(text).toBe('The most expensive service in October 2026 was Amazon Elastic Compute Cloud - Compute $600.00 (60.0%) of $1,000.00.');
	});

	it('says "All N" when there are fewer groups than asked', async () => {
		const {text} = await answer('top 10 services last month', () => byService().slice(0, 2));
		expect(text).toBe(
			'All 2 services in October 2026 (total $800.00):\n1. Amazon Elastic Compute Cloud - Compute $600.00 (75.0%)\n2. Amazon Simple Storage Service $200.00 (25.0%)',
		);
	});

	it('sums buckets per group, and shows tag values and account names as people say them', async () => {
		const {text} = await answer('spend per team last month', () => [
			row('2026-10-01', '2026-10-02', ['team$payments'], '10'),
			row('2026-10-02', '2026-10-03', ['team$payments'], '20'),
			row('2026-10-01', '2026-10-02', ['team$'], '10'),
		]);
		expect(text).toBe('You spent $40.00 in October 2026. By team:\n- payments $30.00 (75.0%)\n- (untagged) $10.00 (25.0%)');
		const accounts = await answer('spend by account last month', () => [
			row('2026-10-01', '2026-11-01', ['111111111111'], '5'),
			row('2026-10-01', '2026-11-01', ['999999999999'], '5'),
		]);
		expect(accounts.text).toBe('You spent $10.00 in October 2026. By account:\n- 999999999999 $5.00 (50.0%)\n- Production $5.00 (50.0%)');
	});

	it('says "no data" for an empty breakdown', async () => {
		const {text} = await answer('top 5 regions last month', () => []);
		expect(text).toBe('There is no cost data in October 2026.');
	});
});

describe('comparisons', () => {
	const october = (): CostRow[] => [
		row('2026-10-01', '2026-11-01', [EC2], '600'),
		row('2026-10-01', '2026-11-01', [S3], '300'),
		row('2026-10-01', '2026-11-01', ['AWS Lambda'], '100'),
	];
	const september = (): CostRow[] => [
		row('2026-09-01', '2026-10-01', [EC2], '400'),
		row('2026-09-01', '2026-10-01', [S3], '350'),
		row('2026-09-01', '2026-10-01', ['AWS Lambda'], '50'),
		row('2026-09-01', '2026-10-01', ['Amazon CloudFront'], '50'),
	];
	const both = (query: CostQuery): CostRow[] => (query.period.start === '2026-10-01' ? october() : september());

	it('gives the change, the percentage and the movers both ways', async () => {
		const {text, queries} = await answer('why did my bill go up last month?', both);
		expect(text).toBe(
			'You spent $1,000.00 in October 2026, up $150.00 (+17.6%) from $850.00 in September 2026. ' +
				'Biggest increases by service: Amazon Elastic Compute Cloud - Compute +$200.00 ($400.00 → $600.00), AWS Lambda +$50.00 ($50.00 → $100.00). ' +
				'Biggest decreases: Amazon CloudFront −$50.00 ($50.00 → $0.00), Amazon Simple Storage Service −$50.00 ($350.00 → $300.00).',
		);
		expect(queries.map(query => query.period.start)).toEqual(['2026-10-01', '2026-09-01']);
	});

	it('limits the movers to the number asked', async () => {
		const {text} = await answer('top 1 movers last month', both);
		expect(text).toBe(
			'You spent $1,000.00 in October 2026, up $150.00 (+17.6%) from $850.00 in September 2026. ' +
				'Biggest increases by service: Amazon Elastic Compute Cloud - Compute +$200.00 ($400.00 → $600.00). ' +
				'Biggest decreases: Amazon CloudFront −$50.00 ($50.00 → $0.00).',
		);
	});

	it('says down, and when nothing moved', async () => {
		const down = await answer('compare September with October', both);
		expect(down.text).toMatch(/^You spent \$850\.00 in September 2026, down \$150\.00 \(-15\.0%\) from \$1,000\.00 in October 2026\./);
		const same = await answer('what changed last month?', query => october().map(r => ({...r, start: query.period.start})));
		expect(same.text).toBe('You spent $1,000.00 in October 2026, the same as in September 2026. No services changed.');
	});

	it('is honest when one side has no data', async () => {
		const onlyNow = await answer('what changed last month?', query => (query.period.start === '2026-10-01' ? october() : []));
		expect(onlyNow.text).toBe('You spent $1,000.00 in October 2026; there is no cost data in September 2026 to compare with.');
		const onlyThen = await answer('what changed last month?', query => (query.period.start === '2026-10-01' ? [] : september()));
		expect(onlyThen.text).toBe('There is no cost data in October 2026, against $850.00 in September 2026.');
		const neither = await answer('what changed last month?', () => []);
		expect(neither.text).toBe('There is no cost data in October 2026 or in September 2026.');
	});

	it('marks estimated figures in a comparison', async () => {
		const {text} = await answer('this month vs last month', query =>
			query.period.start === '2026-11-01' ? [row('2026-11-01', '2026-11-26', [EC2], '110', {estimated: true})] : [row('2026-10-01', '2026-10-26', [EC2], '100')],
		);
		expect(text).toBe(
			'You spent $110.00 from 2026-11-01 to 2026-11-25, up $10.00 (+10.0%) from $100.00 from 2026-10-01 to 2026-10-25 (estimated; not final yet). ' +
				'Biggest increases by service: Amazon Elastic Compute Cloud - Compute +$10.00 ($100.00 → $110.00).',
		);
	});
});

describe('trends', () => {
	it('gives total, average, highest, lowest and the direction', async () => {
		const amounts = ['10', '20', '30', '40'];
		const {text} = await answer('daily spend from 2026-11-01 to 2026-11-04', query =>
			eachDay(query.period).map((day, index) => row(day, addDays(day, 1), [], amounts[index] ?? '0')),
		);
		expect(text).toBe(
			'Daily spend from 2026-11-01 to 2026-11-04: $100.00 in total, $25.00 a day on average; highest $40.00 on 2026-11-04, lowest $10.00 on 2026-11-01. ' +
				'The second half averaged $35.00 a day, up 133.3% from the first.',
		);
	});

	it('counts days without rows as zero', async () => {
		const {text} = await answer('daily S3 spend from 2026-11-01 to 2026-11-04', () => [row('2026-11-02', '2026-11-03', [], '8')]);
		expect(text).toContain('$8.00 in total, $2.00 a day on average; highest $8.00 on 2026-11-02, lowest $0.00 on 2026-11-01');
	});

	it('names the largest group of a grouped trend', async () => {
		const {text} = await answer('daily spend by service from 2026-11-01 to 2026-11-02', () => [
			row('2026-11-01', '2026-11-02', [EC2], '30'),
			row('2026-11-01', '2026-11-02', [S3], '10'),
			row('2026-11-02', '2026-11-03', [EC2], '50'),
		]);
		expect(text).toBe(
			'Daily spend from 2026-11-01 to 2026-11-02: $90.00 in total, $45.00 a day on average; highest $50.00 on 2026-11-02, lowest $40.00 on 2026-11-01. ' +
				'The second half averaged $50.00 a day, up 25.0% from the first. The largest part was Amazon Elastic Compute Cloud - Compute at $80.00 (88.9%).',
		);
	});

	it('says "no data" for an empty trend', async () => {
		const {text} = await answer('S3 trend', () => []);
		expect(text).toBe('There is no cost data on Amazon Simple Storage Service from 2026-10-26 to 2026-11-24.');
	});
});

/** One line of EC2 in one account and region, whatever the query groups by. */
const KEYS: Readonly<Record<string, string>> = {SERVICE: EC2, LINKED_ACCOUNT: '111111111111', USAGE_TYPE: 'USE1-BoxUsage', REGION: 'us-east-1'};

describe('forecasts and anomalies', () => {
	it('projects the month from billed days and a local forecast', async () => {
		const {text} = await answer('forecast', query => eachDay(query.period).map(day => row(day, addDays(day, 1), [], '10')));
		expect(text).toBe(
			'Projected spend in November 2026: $300.00 (80% range $300.00 to $300.00), $240.00 billed through 2026-11-24 plus $60.00 forecast for the remaining 6 days, ' +
				"by Holt-Winters with weekly seasonality. Cost Explorer's own forecast: `aws-cost forecast`.",
		);
	});

	it('forecasts a month that has not started from the weeks before', async () => {
		const {text} = await answer('forecast S3 for next month', query => eachDay(query.period).map(day => row(day, addDays(day, 1), [], '10')));
		expect(text).toBe(
			'Projected spend on Amazon Simple Storage Service in December 2026: $310.00 (80% range $310.00 to $310.00), 31 forecast days, ' +
				"by Holt-Winters with weekly seasonality. Cost Explorer's own forecast: `aws-cost forecast`.",
		);
	});

	it('says when there is nothing to forecast from', async () => {
		const {text} = await answer('forecast', () => []);
		expect(text).toBe("There is no cost data from 2026-08-26 to 2026-11-24. Nothing to forecast from.");
	});

	it('finds a spike against the weeks before it', async () => {
		const {text} = await answer('any anomalies last week?', query =>
			eachDay(query.period).map(day => row(day, addDays(day, 1), query.groupBy.map(group => KEYS[group.key] ?? ''), day === '2026-11-20' ? '500' : '100')),
		);
		expect(text).toBe(
			'1 unusual stretch from 2026-11-16 to 2026-11-22: Amazon Elastic Compute Cloud - Compute spiked on 2026-11-20 ($500.00 against about $100.00 expected, +$400.00, mostly USE1-BoxUsage (usage type, 100.0% of the change)). Weeks run Monday to Sunday (ISO weeks).',
		);
	});

	it('says when nothing was unusual', async () => {
		const {text} = await answer('any anomalies last week?', query => eachDay(query.period).map(day => row(day, addDays(day, 1), query.groupBy.map(group => KEYS[group.key] ?? ''), '100')));
		expect(text).toBe('Nothing unusual from 2026-11-16 to 2026-11-22: every service stayed within its usual range. Weeks run Monday to Sunday (ISO weeks).');
	});
});
