import {DEMO_CAPABILITIES} from '../../source/sources/demo/capabilities.js';
import {bucketOf, compareRows} from '../../source/aggregate.js';
import {type IsoDate, type Period, addDays, eachDay} from '../../source/dates.js';
import {type Amount, ZERO, addAmounts, parseAmount} from '../../source/money.js';
import type {CostQuery, GroupBy} from '../../source/query.js';
import type {CostPage, CostRow} from '../../source/rows.js';
import type {CostSource, Identity} from '../../source/sources/source.js';

/**
 * A tiny bill answered the way Cost Explorer answers: buckets clipped to the
 * period, absent groups left out of grouped answers, a row for every bucket
 * in ungrouped ones, Estimated per bucket. Derivations are checked against it.
 */
export const TODAY = '2026-09-15' as IsoDate;
/** Figures from this day on are estimated (the month is open). */
const estimatedFrom = '2026-09-01' as IsoDate;
/** Nothing was spent on this day, nor today. */
export const EMPTY_DAY = '2026-08-10' as IsoDate;

const services = ['Amazon EC2', 'Amazon S3', 'AWS Lambda'] as const;
const regions = ['us-east-1', 'eu-west-1'] as const;
const hours = [3, 17] as const;

interface Fact {
	readonly day: IsoDate;
	readonly hour: number;
	readonly service: string;
	readonly region: string;
	readonly amount: Amount;
}

function buildFacts(): Fact[] {
	const facts: Fact[] = [];
	eachDay({start: '2026-06-01' as IsoDate, end: TODAY}).forEach((day, dayIndex) => {
		if (day === EMPTY_DAY) return;
		services.forEach((service, serviceIndex) => {
			regions.forEach((region, regionIndex) => {
				// Lambda runs in us-east-1 only, and S3 skips every fifth day: groups come and go.
				if (service === 'AWS Lambda' && region !== 'us-east-1') return;
				if (service === 'Amazon S3' && dayIndex % 5 === 0) return;
				for (const hour of hours) {
					const seed = dayIndex * 7919 + serviceIndex * 104_729 + regionIndex * 1_299_709 + hour * 15_485_863;
					const fraction = String(seed % 9_999_999_999).padStart(10, '0');
					facts.push({day, hour, service, region, amount: parseAmount(`${seed % 97}.${fraction}`)});
				}
			});
		});
	});
	return facts;
}

const facts = buildFacts();

function keyOf(fact: Fact, groupBy: GroupBy): string {
	if (groupBy.type === 'DIMENSION' && groupBy.key === 'SERVICE') return fact.service;
	if (groupBy.type === 'DIMENSION' && groupBy.key === 'REGION') return fact.region;
	throw new Error(`the test bill has no ${groupBy.type} ${groupBy.key}`);
}

function matchesFilter(fact: Fact, query: CostQuery): boolean {
	if (query.filter === undefined) return true;
	if ('Dimensions' in query.filter && query.filter.Dimensions.Key === 'SERVICE') {
		return query.filter.Dimensions.Values.includes(fact.service);
	}
	throw new Error('the test bill filters on SERVICE only');
}

const hourStamp = (day: IsoDate, hour: number): string => `${day}T${String(hour).padStart(2, '0')}:00:00Z`;

function bucketsOf(query: CostQuery): Period[] | Array<{start: string; end: string}> {
	const days = eachDay(query.period);
	if (query.granularity === 'HOURLY') {
		return days.flatMap(day =>
			Array.from({length: 24}, (_, hour) => ({
				start: hourStamp(day, hour),
				end: hour === 23 ? `${addDays(day, 1)}T00:00:00Z` : hourStamp(day, hour + 1),
			})),
		);
	}
	const granularity = query.granularity;
	return [...new Map(days.map(day => [bucketOf(day, granularity, query.period).start, bucketOf(day, granularity, query.period)])).values()];
}

function bucketStartOf(fact: Fact, query: CostQuery): string {
	if (query.granularity === 'HOURLY') return hourStamp(fact.day, fact.hour);
	return bucketOf(fact.day, query.granularity, query.period).start;
}

/** What Cost Explorer would answer for `query` on this bill (UnblendedCost; other metrics answer the same figures). */
export function answerLikeCostExplorer(query: CostQuery): CostRow[] {
	const buckets = bucketsOf(query);
	const endOf = new Map<string, string>(buckets.map(bucket => [bucket.start, bucket.end]));
	const sums = new Map<string, {start: string; keys: string[]; amount: Amount}>();
	for (const fact of facts) {
		if (fact.day < query.period.start || fact.day >= query.period.end || !matchesFilter(fact, query)) continue;
		const start = bucketStartOf(fact, query);
		const keys = query.groupBy.map(groupBy => keyOf(fact, groupBy));
		const id = `${start}|${keys.join('|')}`;
		const sum = sums.get(id) ?? {start, keys, amount: ZERO};
		sum.amount = addAmounts(sum.amount, fact.amount);
		sums.set(id, sum);
	}
	if (query.groupBy.length === 0) {
		for (const bucket of buckets) {
			if (!sums.has(`${bucket.start}|`)) sums.set(`${bucket.start}|`, {start: bucket.start, keys: [], amount: ZERO});
		}
	}
	return [...sums.values()]
		.map(({start, keys, amount}) => {
			const end = endOf.get(start) ?? '';
			const lastDay = query.granularity === 'HOURLY' ? start.slice(0, 10) : addDays(end as IsoDate, -1);
			return {start, end, keys, amount, unit: 'USD', estimated: lastDay >= estimatedFrom};
		})
		.sort(compareRows);
}

/** A CostSource over the test bill that counts what it was asked: one billable request per page of 50 rows. */
export class CountingCostSource implements CostSource {
	readonly kind = 'demo';
	readonly capabilities = DEMO_CAPABILITIES;
	calls = 0;
	billableRequests = 0;
	private readonly who: Identity;

	constructor(identity: Identity = {account: '111111111111', principal: 'arn:aws:iam::111111111111:user/ana'}) {
		this.who = identity;
	}

	async identity(): Promise<Identity> {
		return this.who;
	}

	async *costAndUsage(query: CostQuery): AsyncIterable<CostPage> {
		this.calls++;
		const rows = answerLikeCostExplorer(query);
		for (let offset = 0; offset === 0 || offset < rows.length; offset += 50) {
			this.billableRequests++;
			yield {rows: rows.slice(offset, offset + 50), fromCache: false, billableRequests: 1};
		}
	}

	async dimensionValues(): Promise<never[]> {
		return [];
	}

	async forecast(): Promise<never> {
		throw new Error('the counting source does not forecast');
	}

	async anomalies(): Promise<never[]> {
		return [];
	}

	async accounts(): Promise<never[]> {
		return [];
	}
}
