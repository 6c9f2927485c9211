import {aggregateRollUp} from './fake-source-rollup.js';
import type {FakeDimensions} from './fake-source.js';
import {type IsoDate, eachDay} from '../../source/dates.js';
import {type Amount, parseAmount} from '../../source/money.js';
import type {CostQuery, Expression} from '../../source/query.js';
import type {CostRow} from '../../source/rows.js';

type Dimension = keyof FakeDimensions;
const DIMENSIONS: readonly Dimension[] = ['SERVICE', 'USAGE_TYPE', 'REGION', 'LINKED_ACCOUNT'];

/** What one combination costs on one day: distinct per combination, exact to the cent. */
export function fakeDailyAmount(indexes: readonly number[], dayIndex: number): Amount {
	const [service = 0, usage = 0, region = 0, account = 0] = indexes;
	const cents = (service + 1) * 1000 + (usage + 1) * 100 + (region + 1) * 10 + (account + 1) + (dayIndex % 7);
	return parseAmount((cents / 100).toFixed(2));
}

function matches(expression: Expression | undefined, line: Readonly<Record<Dimension, string>>): boolean {
	if (expression === undefined) return true;
	if ('And' in expression) return expression.And.every(part => matches(part, line));
	if ('Or' in expression) return expression.Or.some(part => matches(part, line));
	if ('Not' in expression) return !matches(expression.Not, line);
	if ('Dimensions' in expression) {
		const value = line[expression.Dimensions.Key as Dimension];
		return value !== undefined && expression.Dimensions.Values.includes(value);
	}
	return false;
}

/** Daily rows of every matching combination, rolled up to the query's grain and groups. */
export function aggregateFakeRows(dimensions: FakeDimensions, query: CostQuery): CostRow[] {
	const days = eachDay(query.period);
	const daily: CostRow[] = [];
	const combos = cartesian(DIMENSIONS.map(dimension => dimensions[dimension].length));
	for (const indexes of combos) {
		const line = Object.fromEntries(DIMENSIONS.map((dimension, at) => [dimension, dimensions[dimension][indexes[at]!]!])) as Record<
			Dimension,
			string
		>;
		if (query.scope.account !== undefined && line.LINKED_ACCOUNT !== query.scope.account) continue;
		if (!matches(query.filter, line)) continue;
		const keys = query.groupBy.map(groupBy => (groupBy.type === 'DIMENSION' ? (line[groupBy.key as Dimension] ?? 'NoValue') : ''));
		days.forEach((day: IsoDate) => {
			const dayIndex = Date.parse(day) / 86_400_000;
			daily.push({start: day, end: day, keys, amount: fakeDailyAmount(indexes, dayIndex), unit: 'USD', estimated: false});
		});
	}
	return aggregateRollUp(daily, query);
}

function cartesian(sizes: readonly number[]): number[][] {
	let result: number[][] = [[]];
	for (const size of sizes) result = result.flatMap(prefix => Array.from({length: size}, (_, index) => [...prefix, index]));
	return result;
}
