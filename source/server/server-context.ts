import type {LabelledScope} from '../application/scopes.js';
import type {HistoryAccess} from '../history/history-access.js';
import type {Logger} from '../log.js';
import type {ServerChat} from './server-chat.js';
import type {ServerSessions} from './server-sessions.js';

/** What every route shares: the scopes resolved at start and the day's session. */
export interface ServerContext {
	readonly scopes: readonly LabelledScope[];
	readonly sessions: ServerSessions;
	readonly env: NodeJS.ProcessEnv;
	readonly logger: Logger;
	/** The chat behind /api/v1/ask; the offline parser only when absent. */
	readonly chat?: ServerChat;
	/** The query history and saved views (`/api/v1/history`, `/api/v1/views`); those routes answer 503 without it. */
	readonly history?: HistoryAccess;
}

/** The server's scopes narrowed to one linked account, as `--account` does. */
export function scopesFor(context: ServerContext, account: string | undefined): readonly LabelledScope[] {
	if (account === undefined) return context.scopes;
	return context.scopes.map(({label, scope}) => ({label, scope: {...scope, account}}));
}
