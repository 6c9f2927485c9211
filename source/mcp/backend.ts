import type {IsoDate} from '../dates.js';
import type {CostEngine} from '../engine.js';
import type {Logger} from '../log.js';
import type {Scope} from '../query.js';
import type {LabelledScope} from '../application/scopes.js';

/** The default billable-request budget of one MCP session: $0.50 of Cost Explorer calls. */
export const DEFAULT_MAX_REQUESTS = 50;

/**
 * What an MCP server answers from: the scopes it may use (the first is the
 * default), their engines (a Session provides them), and its budget.
 */
export interface McpBackend {
	readonly scopes: readonly LabelledScope[];
	readonly today: IsoDate;
	engineFor(scope: Scope): Promise<CostEngine>;
	/** Billable Cost Explorer requests one MCP session may make. */
	readonly maxRequests: number;
	readonly noCache?: boolean;
	readonly logger?: Logger;
}
