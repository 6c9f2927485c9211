import type {Scope} from '../../query.js';

/** The label the CLI gives a scope (see resolveScopes): "demo", the profile, or "default". */
export function scopeLabel(scope: Scope): string {
	if (scope.source === 'demo') return 'demo';
	return scope.profile ?? 'default';
}
