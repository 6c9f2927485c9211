import type {LabelledScope} from './scopes.js';

export interface ScopeOutcomes<T> {
	/** The scopes that answered, in the order asked. */
	readonly answered: readonly (T & {readonly label: string})[];
	readonly failed: readonly {readonly label: string; readonly error: unknown}[];
}

/** Runs `work` for every scope at once; each succeeds or fails on its own. */
export async function runEachScope<T extends object>(
	scopes: readonly LabelledScope[],
	work: (scope: LabelledScope) => Promise<T>,
): Promise<ScopeOutcomes<T>> {
	const settled = await Promise.allSettled(scopes.map(work));
	const answered: (T & {label: string})[] = [];
	const failed: {label: string; error: unknown}[] = [];
	settled.forEach((outcome, index) => {
		const {label} = scopes[index]!;
		if (outcome.status === 'fulfilled') answered.push({...outcome.value, label});
		else failed.push({label, error: outcome.reason});
	});
	return {answered, failed};
}
