/** Which front end asked: the CLI, the full-screen app, a chat's tool call, the HTTP API, an MCP agent. */
export type FrontEnd = 'cli' | 'app' | 'chat' | 'api' | 'mcp';

/** How a recorded query ended. */
export type QueryOutcome = 'answered' | 'stale' | 'failed';

/** One answered (or failed) query, as the history keeps it. */
export interface QueryRecord {
	/** Unique per record: a record written twice (a buffer flushed again) is kept once. */
	readonly recordId: string;
	/** When the answer was ready, ISO 8601 UTC. */
	readonly answeredAt: string;
	readonly frontEnd: FrontEnd;
	/** The command or route that asked (`query`, `GET /api/v1/costs`, `ask`). */
	readonly command: string;
	/** The API token's name when the API asked with one. */
	readonly tokenName: string | null;
	/** The scope, as a label: `demo`, `aws profile prod account 123…`. */
	readonly scope: string;
	/** Who the source answered as: `account/principal`, empty when the query failed before that was known. */
	readonly identity: string;
	/** The canonical query (JSON): identical questions have identical keys. */
	readonly queryKey: string;
	readonly rowCount: number;
	/** Exact decimal text; null when there were no rows or the query failed. */
	readonly total: string | null;
	readonly unit: string;
	readonly billableRequests: number;
	readonly cacheHit: boolean;
	/** Which cache tier answered (memory, sqlite, redis); null when not known. */
	readonly cacheTier: string | null;
	readonly latencyMs: number;
	readonly outcome: QueryOutcome;
	/** The CostError kind of a failure. */
	readonly errorKind: string | null;
	/** The chat conversation whose tool call ran it. */
	readonly conversationId: string | null;
}

/** One chat question and its answer, kept with the queries its tool calls ran (same conversation id). */
export interface ChatTurnRecord {
	readonly recordId: string;
	readonly conversationId: string;
	readonly askedAt: string;
	readonly frontEnd: FrontEnd;
	readonly tokenName: string | null;
	readonly question: string;
	readonly answer: string;
}

export interface HistoryFilter {
	/** Newest first, at most this many. */
	readonly limit: number;
	/** Only records answered at or after this instant (ISO 8601). */
	readonly since?: string;
}

export interface CountByKey {
	readonly key: string;
	readonly queries: number;
	readonly billableRequests: number;
	/** What the billable requests cost, exact ($0.01 each). */
	readonly dollars: string;
}

/** How many of the answered queries a cache tier served (`all`: any tier; `cache`: a hit whose tier is not known). */
export interface TierHitRate {
	readonly tier: string;
	/** Answered queries (failures left out). */
	readonly queries: number;
	readonly hits: number;
	/** hits / queries, 0..1, rounded to 4 places. */
	readonly hitRate: number;
}

export interface RepeatedQuery {
	readonly queryKey: string;
	readonly count: number;
	readonly lastAnsweredAt: string;
}

export interface HistoryStats {
	readonly since: string | null;
	readonly queries: number;
	readonly billableRequests: number;
	readonly dollars: string;
	readonly byDay: readonly CountByKey[];
	readonly byIdentity: readonly CountByKey[];
	readonly byCommand: readonly CountByKey[];
	readonly cacheHitRateByTier: readonly TierHitRate[];
	readonly mostRepeated: readonly RepeatedQuery[];
}

/** A named view: the query flags it opens with, as given (`--range last-month --group-by SERVICE`). */
export interface SavedView {
	readonly name: string;
	readonly options: Readonly<Record<string, string | boolean | readonly string[]>>;
	readonly savedAt: string;
}
