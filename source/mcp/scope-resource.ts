import {oneLineMessage} from '../errors.js';
import type {McpBackend} from './backend.js';
import type {RequestBudget} from './request-budget.js';

export const SCOPE_RESOURCE_URI = 'aws-cost://scope';

/** One scope as the resource describes it: who answers, or why that is not known. */
async function describeScope(backend: McpBackend, {label, scope}: McpBackend['scopes'][number]) {
	const base = {label, source: scope.source, ...(scope.profile === undefined ? {} : {profile: scope.profile}), ...(scope.account === undefined ? {} : {account: scope.account})};
	try {
		const identity = await (await backend.engineFor(scope)).identity();
		return {...base, identity: {account: identity.account, principal: identity.principal}};
	} catch (error) {
		return {...base, identity: null, problem: oneLineMessage(error)};
	}
}

/**
 * What this server answers about: demo data or live AWS, as whom, which day
 * is today, and what is left of the request budget. Agents should read it
 * before stating figures: demo figures are not anyone's bill.
 */
export async function scopeDescription(backend: McpBackend, budget: RequestBudget): Promise<Record<string, unknown>> {
	const demo = backend.scopes.every(({scope}) => scope.source === 'demo');
	return {
		mode: demo ? 'demo' : 'live',
		note: demo
			? 'DEMO DATA: a synthetic organization, not a real AWS bill. Say so when you quote figures.'
			: 'Live AWS Cost Explorer data; each billable request costs $0.01.',
		today: backend.today,
		periods: 'Periods are {"start", "end"} with an EXCLUSIVE end; the last few days may still be estimated.',
		scopes: await Promise.all(backend.scopes.map(scope => describeScope(backend, scope))),
		defaultScope: backend.scopes[0]?.label,
		budget: {maxRequests: budget.max, spent: budget.spent, left: Math.max(0, budget.max - budget.spent)},
	};
}
