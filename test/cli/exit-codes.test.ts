import {expect, it} from 'vitest';
import {exitCodeOf} from '../../source/cli/exit-codes.js';
import {CostError, type CostErrorKind} from '../../source/errors.js';

it.each<[CostErrorKind | 'plain', number]>([
	['bad-input', 2],
	['no-demo-consent', 2],
	['no-credentials', 1],
	['sso-expired', 1],
	['throttled', 1],
	['aws-failure', 1],
	['plain', 1],
])('a %s failure exits %s', (kind, code) => {
	expect(exitCodeOf(kind === 'plain' ? new Error('boom') : new CostError(kind, 'x'))).toBe(code);
});

it('leaves the error itself free of anything CLI-specific', () => {
	expect('exitCode' in new CostError('bad-input', 'x')).toBe(false);
});
