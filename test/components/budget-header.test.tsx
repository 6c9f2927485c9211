import {mkdtemp, rm} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {stripVTControlCharacters} from 'node:util';
import {afterEach, beforeEach, expect, test, vi} from 'vitest';
import {runApp} from '../../components/app-main.js';
import {Header} from '../../components/header.js';
import type {IsoDate} from '../../source/dates.js';
import {CostEngine} from '../../source/engine.js';
import {BudgetStore} from '../../source/insights/budget-config.js';
import {budgetReport} from '../../source/insights/budget-report.js';
import {amountToNumber} from '../../source/money.js';
import {createDemoSource} from '../../source/sources/demo/index.js';
import {FakeStdin, FakeStdout, type Rendered, renderWithProviders} from '../render.js';

const today = '2026-11-25' as IsoDate;
const production = '318274650193';
let directory: string;
let rendered: Rendered | undefined;
beforeEach(async () => {
	directory = await mkdtemp(join(tmpdir(), 'aws-cost-budget-header-'));
});
afterEach(async () => {
	rendered?.unmount();
	rendered = undefined;
	vi.unstubAllEnvs();
	await rm(directory, {recursive: true, force: true});
});

test('the header shows the budget after the period, and nothing when none is set', async () => {
	const period = {start: '2026-11-01' as IsoDate, end: '2026-11-26' as IsoDate};
	const props = {width: 140, scopeLabel: 'demo / All accounts', period, granularity: 'DAILY', metric: 'UnblendedCost', live: false, estimated: false} as const;
	rendered = renderWithProviders(<Header {...props} budget={{text: 'budget Prod $40,000: 72% · will exceed by $1,200.00 on the 24th', atRisk: true}} />);
	const frame = await rendered.waitFor('budget Prod');
	expect(frame).toContain('2026-11-01 … 2026-11-25  DAILY · UnblendedCost  budget Prod $40,000: 72% · will exceed by $1,200.00 on the 24th');
	rendered.unmount();
	rendered = renderWithProviders(<Header {...props} budget={undefined} />);
	expect(await rendered.waitFor('DEMO')).not.toContain('budget');
});

test('a budget in the settings directory (AWS_COST_CONFIG_DIR) shows in the app header with its forecast', async () => {
	vi.stubEnv('AWS_COST_CONFIG_DIR', directory);
	const engine = new CostEngine({source: createDemoSource({today}), today});
	// What Production's month will cost, to set a budget it passes on a forecast day.
	const probe = await budgetReport(engine, [{name: 'probe', monthlyAmount: 1, scope: {account: production}}], {scope: {source: 'demo'}}, today);
	const spent = amountToNumber(probe.statuses[0]!.spent);
	const projected = amountToNumber(probe.statuses[0]!.projected);
	const amount = Math.round((spent + projected) / 2);
	await new BudgetStore({cwd: directory}).add({name: 'Prod', monthlyAmount: amount, scope: {account: production}});

	const stdout = new FakeStdout(160, 40);
	const stdin = new FakeStdin();
	const exitCode = runApp({
		engineFor: async () => engine,
		initialScope: {source: 'demo'},
		today,
		demo: true,
		stdout: stdout as unknown as NodeJS.WriteStream,
		stdin: stdin as unknown as NodeJS.ReadStream,
	});
	// The latest frame that shows a budget: the header only shows one once the budget report is in.
	const header = () => stripVTControlCharacters(stdout.frames.findLast(frame => frame.includes('budget Prod')) ?? '');
	const deadline = Date.now() + 10_000;
	while (header() === '' && Date.now() < deadline) await new Promise(resolve => setTimeout(resolve, 5));
	const dollars = amount.toLocaleString('en-US');
	expect(header()).toMatch(
		new RegExp(`budget Prod \\$${dollars}: ${Math.round((spent / amount) * 100)}% · will exceed by \\$[\\d,]+\\.\\d\\d on the (2[5-9]th|30th)`),
	);
	stdin.write('q');
	await expect(exitCode).resolves.toBe(0);
});
