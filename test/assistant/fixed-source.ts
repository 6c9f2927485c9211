import {rollUpRows} from '../../source/aggregate.js';
import {type IsoDate, eachDay} from '../../source/dates.js';
import {CostEngine} from '../../source/engine.js';
import {parseAmount} from '../../source/money.js';
import type {CostQuery, Expression} from '../../source/query.js';
import type {CostRow} from '../../source/rows.js';
import type {CostSource} from '../../source/sources/source.js';
import {DEMO_CAPABILITIES} from '../../source/sources/demo/capabilities.js';

export const TODAY = '2026-10-16' as IsoDate;

/** Per day, per service and region: fixed amounts, so every total is easy to check by hand. */
export const DAILY_COSTS: readonly {service: string; region: string; amount: string}[] = [
	{service: 'Amazon Elastic Compute Cloud - Compute', region: 'us-east-1', amount: '10'},
	{service: 'Amazon Elastic Compute Cloud - Compute', region: 'eu-west-1', amount: '5'},
	{service: 'Amazon Simple Storage Service', region: 'us-east-1', amount: '2'},
	{service: 'AWS Lambda', region: 'us-east-1', amount: '0.5'},
];

function matches(filter: Expression | undefined, line: (typeof DAILY_COSTS)[number]): boolean {
	if (filter === undefined) return true;
	if ('And' in filter) return filter.And.every(part => matches(part, line));
	if ('Or' in filter) return filter.Or.some(part => matches(part, line));
	if ('Not' in filter) return !matches(filter.Not, line);
	if (!('Dimensions' in filter)) return false;
	const value = filter.Dimensions.Key === 'SERVICE' ? line.service : filter.Dimensions.Key === 'REGION' ? line.region : undefined;
	return value !== undefined && filter.Dimensions.Values.includes(value);
}

/**
 * A source with the same four lines every day; October figures from the
 * 10th are estimated. `spikeDay` adds $200 of Lambda that day.
 */
export function fixedSource(spikeDay?: IsoDate): CostSource & {queries: CostQuery[]} {
	const queries: CostQuery[] = [];
	return {
		kind: 'demo',
		capabilities: DEMO_CAPABILITIES,
		queries,
		identity: async () => ({account: '123456789012', principal: 'test'}),
		async *costAndUsage(query) {
			queries.push(query);
			const daily: CostRow[] = [];
			for (const day of eachDay(query.period)) {
				for (const line of DAILY_COSTS.filter(candidate => matches(query.filter, candidate))) {
					const keys = query.groupBy.map(group => (group.key === 'SERVICE' ? line.service : group.key === 'REGION' ? line.region : 'Other'));
					const amount = day === spikeDay && line.service === 'AWS Lambda' ? '200.5' : line.amount;
					daily.push({start: day, end: day, keys, amount: parseAmount(amount), unit: 'USD', estimated: day >= '2026-10-10'});
				}
			}
			const granularity = query.granularity === 'HOURLY' ? 'DAILY' : query.granularity;
			const keepKeys = query.groupBy.map((_group, index) => index);
			yield {rows: rollUpRows(daily, {granularity, period: query.period, keepKeys}), fromCache: false, billableRequests: 1};
		},
		dimensionValues: async ({dimension, search}) =>
			[...new Set(DAILY_COSTS.map(line => (dimension === 'REGION' ? line.region : line.service)))]
				.filter(value => search === undefined || value.toLowerCase().includes(search.toLowerCase()))
				.map(value => ({value, attributes: {}})),
		forecast: async () => {
			throw new Error('not used');
		},
		anomalies: async () => {
			return [];
		},
		accounts: async () => [
			{id: '123456789012', name: 'Production'},
			{id: '210987654321', name: 'Staging'},
		],
	};
}

export function fixedEngine(spikeDay?: IsoDate, source: CostSource = fixedSource(spikeDay)): CostEngine {
	return new CostEngine({source, today: TODAY});
}
