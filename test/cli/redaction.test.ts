import {readFileSync} from 'node:fs';
import {join} from 'node:path';
import {describe, expect, it} from 'vitest';
import {useLocalCostExplorer} from '../fixtures/local-cost-explorer.js';
import {isolatedEnv, runCliProcess} from '../fixtures/run-cli.js';

const sessionToken = 'IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLWVhc3QtMSJHMEUCIQD6tokenTOKEN1234567890';
const secretKey = 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY';

describe('a server that echoes credentials back', () => {
	const local = useLocalCostExplorer();
	const dir = local.dir;

	it('never gets the session token or secret key to stderr or the log file', async () => {
		local.server().script('GetCostAndUsage', {
			error: 'ValidationException',
			message: `Bad request signed with token ${sessionToken} and key ${secretKey}, also X-Amz-Security-Token=${sessionToken}`,
		});
		const env = isolatedEnv(dir.path, {
			AWS_ACCESS_KEY_ID: 'ASIATESTTESTTESTTEST',
			AWS_SECRET_ACCESS_KEY: secretKey,
			AWS_SESSION_TOKEN: sessionToken,
			AWS_ENDPOINT_URL: local.server().endpoint,
		});
		const run = await runCliProcess(['query', '--no-cache'], env);
		expect(run.code).toBe(2);
		expect(run.stderr).toMatch(/Cost Explorer rejected the request: Bad request signed with token \[redacted\]/);
		const log = readFileSync(join(dir.path, 'state', 'aws-cost', 'aws-cost.log'), 'utf8');
		expect(log).toContain('ValidationException');
		for (const text of [run.stderr, log]) {
			expect(text).not.toContain(sessionToken);
			expect(text).not.toContain(sessionToken.slice(0, 30));
			expect(text).not.toContain(secretKey);
			expect(text).not.toContain('ASIATESTTESTTESTTEST');
		}
	});
});
