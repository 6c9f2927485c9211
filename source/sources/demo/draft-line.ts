import {type IsoDate, addMonths, dayNumber, startOfMonth} from '../../dates.js';
import type {DemoAccount} from './organization.js';
import type {UsageLine} from './usage-lines.js';

/** A usage line with its amount decided, still open to commitments taking a share. */
export interface DraftLine extends UsageLine {
	/** USD per day today (on-demand equivalent). */
	base: number;
	readonly team: string;
	readonly environment: string;
	readonly az: string;
}

/** Hands out series ids: a series' id seeds its noise, so ids must be handed out in a fixed order. */
export class SeriesIds {
	private next = 0;
	take(): number {
		return this.next++;
	}
}

/** Day number of the account's first cost, or -Infinity when it predates the history. */
export function accountLaunchDay(account: DemoAccount, today: IsoDate): number {
	return account.launchedMonthsAgo === undefined
		? Number.NEGATIVE_INFINITY
		: dayNumber(addMonths(startOfMonth(today), -account.launchedMonthsAgo));
}
