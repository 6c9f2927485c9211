import {formatShare} from '../percent.js';

/** "12/38": where the cursor is among the rows listed; "0/0" when there are none. */
export function rowPosition(cursor: number, count: number): string {
	return count === 0 ? '0/0' : `${Math.min(count, Math.max(0, cursor) + 1)}/${count}`;
}

/** The share column as a number first ("23.4%"), the bar after it. */
export function shareText(share: number | null): string {
	if (share === null) return '';
	return share > 0 && share < 0.001 ? '<0.1%' : formatShare(share);
}
