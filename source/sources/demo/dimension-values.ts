import {dayNumber, maxDate, minDate, addDays} from '../../dates.js';
import type {DimensionValue, DimensionValuesRequest} from '../source.js';
import type {DemoCatalogue} from './catalogue.js';
import {dimensionValueOf} from './dimensions.js';
import type {DemoLeaf} from './leaf.js';
import {historyIndex, selectLeaves} from './query-plan.js';

function costsInPeriod(catalogue: DemoCatalogue, leaf: DemoLeaf, from: number, to: number): boolean {
	const usd = catalogue.series.usdOf(leaf.series);
	for (let index = from; index < to; index++) if (usd[index] !== 0) return true;
	return false;
}

/**
 * The values a dimension takes on lines that cost something in the period,
 * as Cost Explorer's GetDimensionValues lists them. Accounts carry their name
 * as `description`, and a search matches it as well as the value.
 */
export function demoDimensionValues(catalogue: DemoCatalogue, request: DimensionValuesRequest): DimensionValue[] {
	const first = maxDate(request.period.start, catalogue.historyStart);
	const end = minDate(request.period.end, addDays(catalogue.today, 1));
	if (dayNumber(end) <= dayNumber(first)) return [];
	const [from, to] = [historyIndex(catalogue, first), historyIndex(catalogue, end)];
	const search = request.search?.trim().toLowerCase() ?? '';
	const found = new Map<string, DimensionValue>();
	for (const leaf of selectLeaves(catalogue, undefined, request.filter)) {
		const value = dimensionValueOf(leaf, request.dimension);
		if (found.has(value) || !costsInPeriod(catalogue, leaf, from, to)) continue;
		const attributes: Record<string, string> = request.dimension === 'LINKED_ACCOUNT' ? {description: leaf.account.name} : {};
		const searchable = [value, ...Object.values(attributes)].map(text => text.toLowerCase());
		if (search !== '' && !searchable.some(text => text.includes(search))) continue;
		found.set(value, {value, attributes});
	}
	return [...found.values()].sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}
