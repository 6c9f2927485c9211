import {afterAll, describe, expect, it} from 'vitest';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';

describe('aws-cost --theme', () => {
	const dir = tempDir();
	afterAll(() => dir.remove());
	const env = isolatedEnv(dir.path);

	it('an unknown theme is a one-line error naming the themes, before anything opens', async () => {
		const run = await runCliInProcess(['--demo', '--theme', 'foo'], env);
		expect(run.code).not.toBe(0);
		expect(run.stdout).toBe('');
		expect(run.stderr.trim().split('\n')).toHaveLength(1);
		expect(run.stderr).toContain('Unknown theme "foo": use dark, light, no-color.');
	});
});
