import type {Amount} from './money.js';

/**
 * One answer cell: the metric for one time bucket and one combination of
 * group keys. `start`/`end` are `YYYY-MM-DD` (or ISO timestamps for HOURLY),
 * end exclusive.
 */
export interface CostRow {
	readonly start: string;
	readonly end: string;
	/** One value per group-by, in the query's order; empty when ungrouped. */
	readonly keys: readonly string[];
	readonly amount: Amount;
	readonly unit: string;
	/** Cost Explorer's `Estimated`: the figure is not final yet. */
	readonly estimated: boolean;
}

/** Rows as they arrive, one page at a time. */
export interface CostPage {
	readonly rows: readonly CostRow[];
	/** True when this page came from the local cache, not a request. */
	readonly fromCache: boolean;
	/** Billable requests this page cost (0 from the cache). */
	readonly billableRequests: number;
	/** Bytes a source that bills by the byte (Athena) billed for this page; absent elsewhere. */
	readonly bytesScanned?: number;
}
