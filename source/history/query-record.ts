import {randomUUID} from 'node:crypto';
import {canonicalQuery} from '../canonical.js';
import {amountToString} from '../money.js';
import type {AnsweredQuery} from '../engine.js';
import {isCostError} from '../errors.js';
import type {Scope} from '../query.js';
import {cacheTierOf} from './cache-tier.js';
import type {QueryRecord} from './history-types.js';
import type {QueryOrigin} from './query-origin.js';

/** A scope as a short label: `demo`, `aws profile prod`, `aws account 123456789012`, `export parquet:…`. */
export function scopeLabel(scope: Scope): string {
	const parts = [scope.source];
	if (scope.exportLocation !== undefined) parts.push(JSON.stringify(scope.exportLocation));
	if (scope.profile !== undefined) parts.push(`profile ${scope.profile}`);
	if (scope.account !== undefined) parts.push(`account ${scope.account}`);
	return parts.join(' ');
}

/** What the history keeps of one run, from the engine's report and who asked. */
export function queryRecordOf(answered: AnsweredQuery, origin: QueryOrigin, answeredAt: Date): QueryRecord {
	const common = {
		recordId: randomUUID(),
		answeredAt: answeredAt.toISOString(),
		frontEnd: origin.frontEnd ?? 'cli',
		command: origin.command ?? 'query',
		tokenName: origin.tokenName ?? null,
		scope: scopeLabel(answered.query.scope),
		queryKey: queryKeyOf(answered),
		latencyMs: answered.latencyMs,
		conversationId: origin.conversationId ?? null,
	};
	if (answered.result !== undefined) {
		const {result} = answered;
		return {
			...common,
			identity: `${result.identity.account}/${result.identity.principal}`,
			rowCount: result.rows.length,
			total: result.empty ? null : amountToString(result.total),
			unit: result.unit,
			billableRequests: result.stats.billableRequests,
			cacheHit: result.stats.cacheHits > 0,
			cacheTier: cacheTierOf(result),
			outcome: result.stale === undefined ? 'answered' : 'stale',
			errorKind: null,
		};
	}
	const identity = answered.identity;
	return {
		...common,
		identity: identity === undefined ? '' : `${identity.account}/${identity.principal}`,
		rowCount: 0,
		total: null,
		unit: '',
		billableRequests: 0,
		cacheHit: false,
		cacheTier: null,
		outcome: 'failed',
		errorKind: isCostError(answered.error) ? answered.error.kind : 'unexpected',
	};
}

/** The canonical query as JSON (the engine's, after validation, for answers; as asked for failures). */
function queryKeyOf(answered: AnsweredQuery): string {
	try {
		return JSON.stringify(answered.result === undefined ? canonicalQuery(answered.query) : answered.query);
	} catch {
		return '{}';
	}
}
