import {type Amount, amountToNumber} from './money.js';

/** Shown where there is no figure to compare with (no previous period, nothing to divide by). */
export const NO_FIGURE = '—';

/**
 * The change from `previous` to `current` relative to |previous|, so the sign is
 * always the sign of the change (a credit going from -$50 to -$51 is -2%, not +2%).
 * Null when there is no previous figure or it is zero.
 */
export function changeRatio(current: Amount, previous: Amount | null): number | null {
	if (previous === null || previous === 0n) return null;
	return amountToNumber((current - previous) as Amount) / Math.abs(amountToNumber(previous));
}

/** "+12.3%", "-4.0%", "0.0%", capped at ">+9999%"/"<-9999%"; "—" for null. */
export function formatChangeRatio(ratio: number | null): string {
	if (ratio === null || !Number.isFinite(ratio)) return NO_FIGURE;
	const percent = ratio * 100;
	if (Math.abs(percent) >= 10_000) return percent > 0 ? '>+9999%' : '<-9999%';
	const text = Math.abs(percent).toFixed(1);
	if (text === '0.0') return '0.0%';
	return `${percent > 0 ? '+' : '-'}${text}%`;
}

/**
 * The one percent-change formatter (table, chat, reports): the change relative to
 * |previous|, signed like the change; "new" when something appeared from zero;
 * "—" when there is no previous figure.
 */
export function formatPercentChange(current: Amount, previous: Amount | null): string {
	if (previous === 0n && current !== 0n) return 'new';
	return formatChangeRatio(changeRatio(current, previous));
}

/** A share or a ratio of a whole: "12.5%", "-3.0%" (a credit's share), "—" for null. */
export function formatShare(ratio: number | null): string {
	if (ratio === null || !Number.isFinite(ratio)) return NO_FIGURE;
	const text = (Math.abs(ratio) * 100).toFixed(1);
	return `${ratio < 0 && text !== '0.0' ? '-' : ''}${text}%`;
}
