import type {IsoDate} from '../../dates.js';
import type {CostEngine, QueryResult} from '../../engine.js';
import type {CostQuery, Scope} from '../../query.js';
import type {ShownView} from '../assistant-events.js';
import type {ToolSpec} from '../provider.js';

/** What a tool runs against: read-only access to the engine, as the current scope. */
export interface ToolContext {
	readonly engine: CostEngine;
	readonly scope: Scope;
	readonly today: IsoDate;
	/** The query on screen (or the last one the assistant ran): defaults for follow-ups. */
	readonly view?: CostQuery;
	readonly signal?: AbortSignal;
	readonly noCache?: boolean;
}

/** A tool's answer: compact text for the model, one line for the UI, and the queries it ran. */
export interface ToolAnswer {
	readonly text: string;
	readonly summary: string;
	readonly results: readonly QueryResult[];
	/** What the answer is about on screen, when not simply the first result (a comparison's earlier period). */
	readonly view?: ShownView;
	/** The answer as data: what the matching `aws-cost <command> --format json` prints, where one exists (MCP's structured result). */
	readonly data?: Readonly<Record<string, unknown>>;
}

/** A read-only tool the model may call. `run` throws ToolArgumentError for bad arguments. */
export interface AssistantTool {
	readonly spec: ToolSpec;
	run(args: unknown, context: ToolContext): Promise<ToolAnswer>;
}
