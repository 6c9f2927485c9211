import {afterAll, expect, test} from 'vitest';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir('aws-cost-views-cli-');
afterAll(() => dir.remove());

test('views: save, list, show, open with query --view (flags given win), delete', async () => {
	const env = isolatedEnv(`${dir.path}/views`);
	const saved = await runCliInProcess(['views', 'save', 'by service', '--range', 'last-month', '--group-by', 'SERVICE', '--demo'], env);
	expect(saved).toMatchObject({code: 0, stdout: 'Saved view "by service": --range last-month --group-by SERVICE --demo\n'});
	expect((await runCliInProcess(['views', 'list'], env)).stdout).toBe('by service  --range last-month --group-by SERVICE --demo\n');
	expect(JSON.parse((await runCliInProcess(['views', 'show', 'by service', '--format', 'json'], env)).stdout)).toMatchObject({name: 'by service', options: {range: 'last-month', 'group-by': ['SERVICE'], demo: true}});

	const direct = await runCliInProcess(['query', '--demo', '--today', '2026-11-25', '--range', 'last-month', '--group-by', 'SERVICE', '--format', 'csv'], env);
	const viaView = await runCliInProcess(['query', '--view', 'by service', '--today', '2026-11-25', '--format', 'csv'], env);
	expect(viaView).toMatchObject({code: 0, stdout: direct.stdout});
	const narrowed = await runCliInProcess(['query', '--view', 'by service', '--today', '2026-11-25', '--range', 'last-7-days', '--format', 'json'], env);
	expect(narrowed.code).toBe(0);
	expect(narrowed.stdout).toContain('2026-11-18');

	expect((await runCliInProcess(['views', 'delete', 'by service'], env)).stdout).toBe('Deleted view "by service".\n');
	expect((await runCliInProcess(['views', 'list'], env)).stdout).toMatch(/^No saved views/);
});

test.each([
	[['views', 'save', 'x', '--range', 'last-fortnight'], /--range/],
	[['views', 'save', '../etc', '--range', 'last-month'], /View name "..\/etc" must start with a letter or digit/],
	[['views', 'save', 'empty'], /A view needs at least one query option/],
	[['views', 'show', 'nothing'], /No saved view named "nothing"/],
	[['views', 'delete', 'nothing'], /No saved view named "nothing"/],
	[['views', 'rename', 'a'], /Unknown views action "rename"/],
	[['views', 'list', '--range', 'last-month'], /views list takes no query flags/],
	[['query', '--view', 'nothing', '--demo'], /No saved view named "nothing"/],
])('%j is refused in one line, exit 2', async (argv, message) => {
	const run = await runCliInProcess(argv, isolatedEnv(`${dir.path}/bad`));
	expect(run.code).toBe(2);
	expect(run.stderr).toMatch(message);
	expect(run.stderr.trim().split('\n')).toHaveLength(1);
});
