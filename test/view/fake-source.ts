import {type IsoDate, eachDay} from '../../source/dates.js';
import {type Amount, parseAmount} from '../../source/money.js';
import type {CostQuery} from '../../source/query.js';
import type {Account} from '../../source/sources/source.js';
import {type BillLine, CostExplorerLikeSource} from '../fixtures/cost-explorer-like.js';

/** The dimensions the fake bills along, and their values. */
export interface FakeDimensions {
	readonly SERVICE: readonly string[];
	readonly USAGE_TYPE: readonly string[];
	readonly REGION: readonly string[];
	readonly LINKED_ACCOUNT: readonly string[];
}

export interface FakeSourceOptions {
	readonly dimensions?: Partial<FakeDimensions>;
	readonly pageSize?: number;
	/** Resolves before each page; lets a test hold a request in flight. */
	readonly beforePage?: (query: CostQuery) => Promise<void>;
	readonly accounts?: readonly Account[];
	readonly failWith?: Error;
}

export const FAKE_DIMENSIONS: FakeDimensions = {
	SERVICE: ['Amazon EC2', 'Amazon S3', 'AWS Lambda'],
	USAGE_TYPE: ['BoxUsage', 'Requests'],
	REGION: ['us-east-1', 'eu-west-1'],
	LINKED_ACCOUNT: ['111111111111', '222222222222'],
};

type Dimension = keyof FakeDimensions;
const DIMENSIONS: readonly Dimension[] = ['SERVICE', 'USAGE_TYPE', 'REGION', 'LINKED_ACCOUNT'];

/** What one combination costs on one day: distinct per combination, exact to the cent. */
export function fakeDailyAmount(indexes: readonly number[], dayIndex: number): Amount {
	const [service = 0, usage = 0, region = 0, account = 0] = indexes;
	const cents = (service + 1) * 1000 + (usage + 1) * 100 + (region + 1) * 10 + (account + 1) + (dayIndex % 7);
	return parseAmount((cents / 100).toFixed(2));
}

function cartesian(sizes: readonly number[]): number[][] {
	let result: number[][] = [[]];
	for (const size of sizes) result = result.flatMap(prefix => Array.from({length: size}, (_, index) => [...prefix, index]));
	return result;
}

/** A line for every combination of the dimensions' values on every day of the period, in the scope's account. */
function* fakeLines(dimensions: FakeDimensions, {period, scope}: Pick<CostQuery, 'period' | 'scope'>): Iterable<BillLine> {
	const combos = cartesian(DIMENSIONS.map(dimension => dimensions[dimension].length));
	for (const day of eachDay(period)) {
		const dayIndex = Date.parse(day) / 86_400_000;
		for (const indexes of combos) {
			const values = Object.fromEntries(DIMENSIONS.map((dimension, at) => [dimension, dimensions[dimension][indexes[at]!]!]));
			if (scope.account !== undefined && values['LINKED_ACCOUNT'] !== scope.account) continue;
			yield {day: day as IsoDate, dimensions: values, amount: fakeDailyAmount(indexes, dayIndex)};
		}
	}
}

/**
 * A small, exact cost source for tests: every combination of the dimension
 * values costs a fixed, distinct amount a day, so a test can compute what
 * any view must show. Answers as Cost Explorer does, and counts the requests.
 */
export class FakeCostSource extends CostExplorerLikeSource {
	override readonly kind = 'demo' as const;

	constructor(options: FakeSourceOptions = {}) {
		const dimensions = {...FAKE_DIMENSIONS, ...options.dimensions};
		super({
			lines: query => fakeLines(dimensions, query),
			identity: {account: '999999999999', principal: 'fake'},
			accounts: options.accounts ?? dimensions.LINKED_ACCOUNT.map((id, index) => ({id, name: index === 0 ? 'Production' : `Account ${index + 1}`})),
			pageSize: options.pageSize ?? 1000,
			...(options.beforePage === undefined ? {} : {beforePage: options.beforePage}),
			...(options.failWith === undefined ? {} : {failWith: options.failWith}),
		});
	}
}
