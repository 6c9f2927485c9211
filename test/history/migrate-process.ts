// Run as its own process by migrations.test.ts: opens (and so migrates) the history at argv[2], records one query, prints the version.
import {openHistory, type HistoryLocation} from '../../source/history/open-history.js';

const target = process.argv[2]!;
const location: HistoryLocation = target.startsWith('postgres') ? {kind: 'postgres', url: target} : {kind: 'sqlite', path: target};
const store = await openHistory(location, {timeoutMs: 30_000});
await store.recordQueries([
	{
		recordId: `process-${process.pid}`,
		answeredAt: new Date().toISOString(),
		frontEnd: 'cli',
		command: 'query',
		tokenName: null,
		scope: 'demo',
		identity: 'a/b',
		queryKey: '{}',
		rowCount: 0,
		total: null,
		unit: 'USD',
		billableRequests: 0,
		cacheHit: false,
		cacheTier: null,
		latencyMs: 1,
		outcome: 'answered',
		errorKind: null,
		conversationId: null,
	},
]);
await store.close();
process.stdout.write('migrated\n');
