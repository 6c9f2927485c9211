import type {QueryRecord} from '../../source/history/history-types.js';

let next = 0;

/** A query record with plausible values; `overrides` set what a test is about. */
export function queryRecord(overrides: Partial<QueryRecord> = {}): QueryRecord {
	next++;
	return {
		recordId: `record-${next}-${Math.random().toString(36).slice(2)}`,
		answeredAt: '2026-11-20T10:00:00.000Z',
		frontEnd: 'cli',
		command: 'query',
		tokenName: null,
		scope: 'demo',
		identity: '111111111111/demo',
		queryKey: '{"period":{"start":"2026-10-01","end":"2026-11-01"}}',
		rowCount: 3,
		total: '1234.567',
		unit: 'USD',
		billableRequests: 1,
		cacheHit: false,
		cacheTier: null,
		latencyMs: 12,
		outcome: 'answered',
		errorKind: null,
		conversationId: null,
		...overrides,
	};
}
