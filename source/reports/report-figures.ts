import {formatPeriod, type IsoDate} from '../dates.js';
import {signedUsd, usd} from '../insights/format/figures.js';
import {formatChangeRatio} from '../percent.js';

const BLOCKS = '▁▂▃▄▅▆▇█';

/** "▁▂▅█▃": one block per value, scaled between the smallest and the largest. */
export function sparkline(values: readonly number[]): string {
	if (values.length === 0) return '';
	const low = Math.min(...values);
	const high = Math.max(...values);
	const span = high - low;
	return values.map(value => BLOCKS[span === 0 ? 0 : Math.round(((value - low) / span) * (BLOCKS.length - 1))]).join('');
}

/** "2026-11-24" or "2026-11-18 … 2026-11-24" from an exclusive-end period. */
export const periodText = (period: {readonly start: string; readonly end: string}): string => formatPeriod({start: period.start as IsoDate, end: period.end as IsoDate});

/** "$1,234.57 (+$120.00, +10.8% vs 2026-11-17)" pieces, from cents. */
export const money = (value: number, unit: string): string => usd(value, unit);
export const signedMoney = (value: number, unit: string): string => signedUsd(value, unit);
/** "+10.8%" from a percentage; "new" when there was nothing before. */
export const signedPercent = (value: number | null): string => (value === null ? 'new' : formatChangeRatio(value / 100));
