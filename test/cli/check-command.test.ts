import {readFileSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {parse} from 'yaml';
import {useLocalCostExplorer} from '../fixtures/local-cost-explorer.js';
import {isolatedEnv, runCliInProcess, runCliProcess, tempDir} from '../fixtures/run-cli.js';

interface CheckJson {
	passed: boolean;
	period: {start: string; end: string};
	comparison: {start: string; end: string};
	groupBy: string | null;
	total: {current: number; previous: number};
	checked: Array<{group: string | null; exceeded: Array<{limit: string; allowed: number; over: number}>}>;
	violations: Array<{group: string | null; limit: string; allowed: number; actual: number; over: number; message: string}>;
	billableRequests: number;
}

describe('aws-cost check on the demo (today pinned to 2026-11-25)', {timeout: 120_000}, () => {
	const dir = tempDir();
	afterAll(() => dir.remove());
	const env = isolatedEnv(dir.path);
	const check = async (argv: string[]) => runCliInProcess(['check', '--demo', '--today', '2026-11-25', ...argv], env, 200);

	it('exits 0 within the limits: the last 7 days against the 7 before', async () => {
		const run = await check(['--max-increase', '10%', '--format', 'json']);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const json = JSON.parse(run.stdout) as CheckJson;
		expect(json).toMatchObject({passed: true, period: {start: '2026-11-18', end: '2026-11-25'}, comparison: {start: '2026-11-11', end: '2026-11-18'}, groupBy: null, violations: []});
		expect(json.checked).toHaveLength(1);
	});

	it('exits 3 over --max-total, saying which limit and by how much', async () => {
		const run = await check(['--max-total', '$30,000', '--format', 'json']);
		expect(run.code).toBe(3);
		const json = JSON.parse(run.stdout) as CheckJson;
		expect(json.passed).toBe(false);
		expect(json.violations).toEqual([
			{group: null, limit: 'max-total', allowed: 30000, actual: json.total.current, over: Math.round((json.total.current - 30000) * 100) / 100, message: expect.stringMatching(/^Total: \$39,590\.89 is over --max-total \$30,000\.00 by \$9,590\.89\.$/)},
		]);
		expect(run.stderr).toBe('aws-cost: check failed: 1 limit exceeded (demo: Total: $39,590.89 is over --max-total $30,000.00 by $9,590.89)\n');
	});

	it('holds each group to the limits with --group-by: the NAT gateway spike fails, the rest pass', async () => {
		const run = await check(['--from', '2026-11-17', '--to', '2026-11-18', '--group-by', 'SERVICE', '--max-increase', '50%', '--ignore-below', '100']);
		expect(run.code).toBe(3);
		expect(run.stdout).toContain('Cost check (demo): FAILED, 1 limit exceeded');
		expect(run.stdout).toMatch(/EC2 - Other: \$[\d,.]+ is over --max-increase 50% \(at most \$[\d,.]+ after \$[\d,.]+, \+[\d.]+%\) by \$[\d,.]+\./);
		expect(run.stdout).toMatch(/groups under \$100\.00 in both periods were not judged/);
		const increase = await check(['--from', '2026-11-17', '--to', '2026-11-18', '--group-by', 'SERVICE', '--max-increase', '$100000']);
		expect(increase.code).toBe(0);
	});

	it('prints Markdown for a job summary or a pull-request comment', async () => {
		const run = await check(['--max-increase', '1%', '--max-total', '30000', '--format', 'markdown']);
		expect(run.code).toBe(3);
		expect(run.stdout).toMatch(/^## Cost check \(demo\): FAILED, 1 limit exceeded\n/);
		expect(run.stdout).toContain('| Cost | 2026-11-11 … 2026-11-17 | 2026-11-18 … 2026-11-24 | Change | Change % | Result |');
		expect(run.stdout).toContain('| Total | $39,880.84 | $39,590.89 | -$289.94 | -0.7% | over max-total |');
	});

	it.each<[string[], RegExp]>([
		[[], /Say what to check: --max-increase 10% \(or \$250\) and\/or --max-total 5000/],
		[['--max-increase', 'lots'], /--max-increase "lots" must be a percentage/],
		[['--max-total', '-5'], /--max-total "-5" must be dollars/],
		[['--max-increase', '10%', '--compare', 'last-year'], /--compare "last-year"/],
		[['--max-increase', '10%', '--period', 'soon'], /--range: .*soon/],
		[['--max-increase', '10%', '--range', 'last-month'], /--range: check takes the period as --period/],
		[['--max-increase', '10%', '--group-by', 'service', '--group-by', 'region'], /give --group-by once/],
		[['--max-increase', '10%', '--ignore-below', '5'], /--ignore-below .* goes with --group-by/],
		[['--max-increase', '10%', '--metric', 'usage'], /usage quantity/],
	])('exits 2 with one line for %j', async (argv, message) => {
		const run = await check(argv);
		expect(run.code).toBe(2);
		expect(run.stdout).toBe('');
		expect(run.stderr).toMatch(message);
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
	});
});

describe('the GitHub Actions example', {timeout: 120_000}, () => {
	const dir = tempDir();
	afterAll(() => dir.remove());
	const workflow = parse(readFileSync(new URL('../../examples/github-actions/cost-check.yml', import.meta.url), 'utf8')) as {
		on: Record<string, unknown>;
		permissions: Record<string, string>;
		jobs: Record<string, {steps: Array<{id?: string; run?: string; if?: string}>}>;
	};

	it('is a workflow that runs on pull requests and on a schedule, and can assume a role', () => {
		expect(Object.keys(workflow.on)).toEqual(expect.arrayContaining(['pull_request', 'schedule']));
		expect(workflow.permissions['id-token']).toBe('write');
		const steps = Object.values(workflow.jobs).flatMap(job => job.steps);
		const check = steps.find(step => step.id === 'check');
		expect(check?.run).toContain('>> "$GITHUB_STEP_SUMMARY"');
		expect(steps.find(step => step.if?.includes("steps.check.outputs.exit-code == '3'"))?.run).toContain('gh pr comment');
	});

	it('runs a check command the CLI accepts (on the demo here)', async () => {
		const steps = Object.values(workflow.jobs).flatMap(job => job.steps);
		const line = steps.flatMap(step => (step.run ?? '').split('\n')).find(text => text.trim().startsWith('node dist/cli.js check'));
		const argv = line!.trim().replace(/ > .*$/, '').split(/\s+/).slice(2);
		const run = await runCliInProcess([...argv, '--demo', '--today', '2026-11-25'], isolatedEnv(dir.path));
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		expect(run.stdout).toMatch(/^## Cost check \(demo\): passed/);
	});
});

describe('aws-cost check against a local Cost Explorer', {timeout: 120_000}, () => {
	const local = useLocalCostExplorer();

	it('exits 1, never 3, when the costs cannot be read', async () => {
		local.server().fallback('GetCostAndUsage', {error: 'AccessDeniedException', message: 'User is not authorized to perform ce:GetCostAndUsage'});
		const env = isolatedEnv(local.dir.path, {AWS_ACCESS_KEY_ID: 'AKIATESTTESTTESTTEST', AWS_SECRET_ACCESS_KEY: 'test-secret', AWS_ENDPOINT_URL: local.server().endpoint});
		const run = await runCliProcess(['check', '--max-increase', '10%', '--no-cache'], env);
		expect(run.code).toBe(1);
		expect(run.stdout).toBe('');
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
		expect(run.stderr).toMatch(/^aws-cost: .*(denied|not authorized|permission)/i);
	}, 180_000);
});

describe('aws-cost check over several profiles, one broken', {timeout: 120_000}, () => {
	const local = useLocalCostExplorer();
	const env = () => {
		writeFileSync(join(local.dir.path, 'aws-credentials'), '[good]\naws_access_key_id = AKIAGOODGOODGOODGOOD\naws_secret_access_key = x\n');
		writeFileSync(join(local.dir.path, 'aws-config'), '[profile broken]\nregion = us-east-1\n');
		const bucket = {TimePeriod: {Start: '2026-11-18', End: '2026-11-25'}, Total: {UnblendedCost: {Amount: '40', Unit: 'USD'}}, Groups: [], Estimated: false};
		local.server().fallback('GetCostAndUsage', {json: {ResultsByTime: [bucket]}});
		return isolatedEnv(local.dir.path, {AWS_ENDPOINT_URL: local.server().endpoint});
	};

	it('exits 1, not 3, when the good profile kept its limits: 3 means a limit only', async () => {
		const run = await runCliProcess(['check', '--profile', 'good', '--profile', 'broken', '--max-increase', '10%', '--no-cache', '--format', 'json'], env());
		expect(run.code).toBe(1);
		expect(run.stderr).toMatch(/^aws-cost: profile broken: /);
		expect(JSON.parse(run.stdout)).toMatchObject({scope: 'good', passed: true});
	}, 180_000);

	it('exits 3 when a profile that answered is over a limit, whatever the others did', async () => {
		const run = await runCliProcess(['check', '--profile', 'good', '--profile', 'broken', '--max-total', '10', '--no-cache'], env());
		expect(run.code).toBe(3);
		expect(run.stdout).toContain('Total: $40.00 is over --max-total $10.00 by $30.00.');
		expect(run.stderr).toMatch(/aws-cost: check failed: 1 limit exceeded \(good: Total: \$40\.00 is over --max-total \$10\.00 by \$30\.00\)/);
	}, 180_000);
});
