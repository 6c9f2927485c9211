import {type IsoDate, eachDay} from '../../source/dates.js';
import {CostEngine} from '../../source/engine.js';
import {parseAmount} from '../../source/money.js';
import type {CostQuery} from '../../source/query.js';
import type {CostSource} from '../../source/sources/source.js';
import {type BillLine, CostExplorerLikeSource} from '../fixtures/cost-explorer-like.js';

export const TODAY = '2026-10-16' as IsoDate;

/** Per day, per service and region: fixed amounts, so every total is easy to check by hand. */
export const DAILY_COSTS: readonly {service: string; region: string; amount: string}[] = [
	{service: 'Amazon Elastic Compute Cloud - Compute', region: 'us-east-1', amount: '10'},
	{service: 'Amazon Elastic Compute Cloud - Compute', region: 'eu-west-1', amount: '5'},
	{service: 'Amazon Simple Storage Service', region: 'us-east-1', amount: '2'},
	{service: 'AWS Lambda', region: 'us-east-1', amount: '0.5'},
];

function* fixedLines({period}: Pick<CostQuery, 'period'>, spikeDay: IsoDate | undefined): Iterable<BillLine> {
	for (const day of eachDay(period)) {
		for (const line of DAILY_COSTS) {
			const amount = day === spikeDay && line.service === 'AWS Lambda' ? '200.5' : line.amount;
			// Every other dimension is "Other", one value for the whole bill.
			const dimensions = {SERVICE: line.service, REGION: line.region, USAGE_TYPE: 'Other', LINKED_ACCOUNT: 'Other'};
			yield {day, dimensions, amount: parseAmount(amount)};
		}
	}
}

/**
 * A source with the same four lines every day, in one page; October figures
 * from the 10th are estimated. `spikeDay` adds $200 of Lambda that day.
 */
export function fixedSource(spikeDay?: IsoDate): CostExplorerLikeSource {
	return new CostExplorerLikeSource({
		lines: query => fixedLines(query, spikeDay),
		identity: {account: '123456789012', principal: 'test'},
		accounts: [
			{id: '123456789012', name: 'Production'},
			{id: '210987654321', name: 'Staging'},
		],
		pageSize: Number.POSITIVE_INFINITY,
		estimatedFrom: '2026-10-10' as IsoDate,
	});
}

export function fixedEngine(spikeDay?: IsoDate, source: CostSource = fixedSource(spikeDay)): CostEngine {
	return new CostEngine({source, today: TODAY});
}
