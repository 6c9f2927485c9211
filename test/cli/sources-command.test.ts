import {mkdirSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';

describe('aws-cost sources and the default source', () => {
	const dir = tempDir('aws-cost-sources-');
	afterAll(() => dir.remove());
	const configDir = join(dir.path, 'config');
	const env = isolatedEnv(dir.path, {AWS_COST_CONFIG_DIR: configDir});
	const settings = (values: object): void => {
		mkdirSync(configDir, {recursive: true});
		writeFileSync(join(configDir, 'config.json'), JSON.stringify(values));
	};

	it('lists the demo and Cost Explorer, and marks what a command uses by default', async () => {
		writeFileSync(join(dir.path, 'aws-config'), '[profile work]\nregion = us-east-1\n');
		const run = await runCliInProcess(['sources', '--format', 'json'], env);
		expect(run.code).toBe(0);
		const {sources} = JSON.parse(run.stdout) as {sources: Array<{source: string; kind: string; isDefault: boolean; flags: string}>};
		expect(sources.map(line => line.source)).toEqual(['aws', 'aws (profile work)', 'demo']);
		// A profile in ~/.aws/config is credentials: Cost Explorer is what commands use.
		expect(sources.filter(line => line.isDefault).map(line => line.source)).toEqual(['aws']);
	});

	it('names the settings\' defaultSource first, as the default, and commands use it when they name none', async () => {
		settings({defaultSource: 'athena:billing.cur2', athenaWorkgroup: 'finops'});
		const run = await runCliInProcess(['sources'], env);
		expect(run.code).toBe(0);
		expect(run.stdout.split('\n')[1]).toMatch(/^athena:billing\.cur2\s+export\s+default; settings: defaultSource$/);
		// Without --source, the query goes to the default: here the table name is checked before anything is sent.
		settings({defaultSource: 'athena:not-a-table'});
		const query = await runCliInProcess(['query'], env);
		expect(query.stderr).toMatch(/--source athena:not-a-table must name DATABASE\.TABLE/);
		// --demo still wins over the default.
		const demo = await runCliInProcess(['query', '--demo', '--format', 'csv'], env);
		expect(demo.code).toBe(0);
	});

	it('says when the default source cannot be used', async () => {
		settings({defaultSource: 'bigquery:x'});
		const run = await runCliInProcess(['sources'], env);
		expect(run.stdout).toMatch(/warning: defaultSource is unusable: Unknown --source "bigquery:x"/);
	});
});
