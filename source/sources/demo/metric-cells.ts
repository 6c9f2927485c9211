import type {Amount} from '../../money.js';
import {type Metric, metricIsMoney} from '../../query.js';
import type {DemoLeaf} from './leaf.js';

/**
 * How a metric turns a line's daily USD into an exact cell: an integer count
 * of the metric's smallest step. Money is kept to 10 decimals, as Cost
 * Explorer sends it; usage to 4, so that billions of requests a day still
 * sum exactly in a double.
 */
export interface MetricCells {
	readonly metric: Metric;
	/** Cells per unit of the metric (10^10 for money). */
	readonly cellsPerUnit: number;
	/** The line's metric units per USD of its series; 0 when it never counts. */
	factorOf(leaf: DemoLeaf): number;
	/** Turns a sum of cells into an Amount (at 10^-15). */
	toAmount(cells: number | bigint): Amount;
	/** The unit one row reports, given the lines summed into it. */
	unitOf(leaves: readonly DemoLeaf[]): string;
}

const MONEY_CELLS_PER_UNIT = 1e10;
const MONEY_TO_AMOUNT = 100_000n;
const USAGE_CELLS_PER_UNIT = 1e4;
const USAGE_TO_AMOUNT = 100_000_000_000n;

/** Rounds half away from zero, so a line and its negation cancel exactly. */
export function roundCell(value: number): number {
	return value < 0 ? -Math.round(-value) : Math.round(value);
}

export function metricCells(metric: Metric): MetricCells {
	if (metricIsMoney(metric)) {
		const costMetric = metric as Exclude<Metric, 'UsageQuantity' | 'NormalizedUsageAmount'>;
		return {
			metric,
			cellsPerUnit: MONEY_CELLS_PER_UNIT,
			factorOf: leaf => leaf.cost[costMetric],
			toAmount: cells => (BigInt(cells) * MONEY_TO_AMOUNT) as Amount,
			unitOf: () => 'USD',
		};
	}
	const normalized = metric === 'NormalizedUsageAmount';
	return {
		metric,
		cellsPerUnit: USAGE_CELLS_PER_UNIT,
		factorOf: leaf => (normalized ? leaf.normalizedPerUsd : leaf.quantityPerUsd),
		toAmount: cells => (BigInt(cells) * USAGE_TO_AMOUNT) as Amount,
		unitOf: leaves => {
			if (normalized) return 'N/A';
			const units = new Set(leaves.filter(leaf => leaf.quantityPerUsd > 0).map(leaf => leaf.template.unit));
			return units.size === 1 ? [...units][0]! : 'N/A';
		},
	};
}
