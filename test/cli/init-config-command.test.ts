import {readFileSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {BudgetStore} from '../../source/insights/budget-config.js';
import {SETTINGS_TEMPLATES, settingsTemplateText} from '../../source/settings-templates.js';
import {SettingsStore} from '../../source/settings.js';
import {validateSettingsText} from '../../source/settings-validation.js';
import {loadApiAccess} from '../../source/server/api-tokens.js';
import {isolatedEnv, runCliInProcess, tempDir} from '../fixtures/run-cli.js';

const dir = tempDir();
afterAll(() => dir.remove());
let count = 0;
/** A fresh settings directory per test. */
const fresh = () => {
	const config = join(dir.path, `config-${++count}`, 'aws-cost');
	return {config, env: isolatedEnv(dir.path, {AWS_COST_CONFIG_DIR: config})};
};

describe('aws-cost init', {timeout: 120_000}, () => {
	it.each(SETTINGS_TEMPLATES)('writes the %s template, private, which validates and which every reader takes without a problem', async template => {
		const {config, env} = fresh();
		const run = await runCliInProcess(['init', '--template', template], env);
		expect(run.stderr).toBe('');
		expect(run.code).toBe(0);
		const path = join(config, 'config.json');
		expect(run.stdout).toContain(`Wrote ${path} (template ${template}`);
		if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
		expect(validateSettingsText(readFileSync(path, 'utf8'))).toEqual({problems: [], warnings: []});
		expect(new SettingsStore({cwd: config}).load().problems).toEqual([]);
		expect(new BudgetStore({cwd: config}).list().length).toBeGreaterThan(0);
		expect(() => loadApiAccess({}, config)).not.toThrow();
		const validate = await runCliInProcess(['config', 'validate'], env);
		expect(validate).toMatchObject({code: 0, stdout: `${path}: valid\n`, stderr: ''});
	});

	it('keeps its comments through a budget added by aws-cost budgets add', async () => {
		const {config, env} = fresh();
		await runCliInProcess(['init', '--template', 'organization'], env);
		const added = await runCliInProcess(['budgets', 'add', '--name', 'Lambda', '--amount', '100', '--service', 'AWS Lambda'], env);
		expect(added.code).toBe(0);
		const stored = JSON.parse(readFileSync(join(config, 'config.json'), 'utf8')) as Record<string, unknown>;
		expect(stored['//']).toMatch(/^aws-cost settings \(template organization/);
		expect(stored['// budgets']).toBeDefined();
		expect((stored['budgets'] as unknown[]).length).toBe(4);
		expect((await runCliInProcess(['config', 'validate'], env)).code).toBe(0);
	});

	it('refuses to overwrite without --force, and replaces with it (private again)', async () => {
		const {config, env} = fresh();
		await runCliInProcess(['init'], env);
		const path = join(config, 'config.json');
		writeFileSync(path, '{"theme": "light"}', {mode: 0o644});
		const refused = await runCliInProcess(['init', '--template', 'profiles'], env);
		expect(refused.code).toBe(2);
		expect(refused.stderr).toBe(`aws-cost: ${path} exists: keep it, or pass --force to replace it with the profiles template.\n`);
		expect(readFileSync(path, 'utf8')).toBe('{"theme": "light"}');
		const forced = await runCliInProcess(['init', '--template', 'profiles', '--force'], env);
		expect(forced.code).toBe(0);
		expect(readFileSync(path, 'utf8')).toBe(settingsTemplateText('profiles'));
		if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
	});

	it('writes --file instead, and refuses an unknown template', async () => {
		const {env} = fresh();
		const file = join(dir.path, 'elsewhere.json');
		expect((await runCliInProcess(['init', '--template', 'team-server', '--file', file], env)).code).toBe(0);
		expect(JSON.parse(readFileSync(file, 'utf8'))).toMatchObject({provider: 'offline', apiTokens: []});
		const unknown = await runCliInProcess(['init', '--template', 'huge'], env);
		expect(unknown).toMatchObject({code: 2, stdout: ''});
		expect(unknown.stderr).toBe('aws-cost: --template "huge": use single, profiles, organization, team-server.\n');
	});
});

describe('aws-cost config validate', {timeout: 120_000}, () => {
	const broken = {
		'// note': 'comments are fine',
		drillPath: ['SERVICE', 'NOPE'],
		chartSeries: 11,
		provider: 'gpt',
		thme: 'dark',
		budgets: [
			{name: 'Storage', monthlyAmount: 100, scope: {service: 'Amazon Simple Storage Service'}},
			{name: 'Prod', monthlyAmount: 50, scope: {account: '12'}},
			{name: 'Storage', monthlyAmount: -3},
		],
		apiTokens: [{name: 'grafana', scopes: ['root'], sha256: 'abc'}],
		timeout: 'soon',
	};

	it('prints every problem with its path and exits 2', async () => {
		const {env} = fresh();
		const file = join(dir.path, 'broken.json');
		writeFileSync(file, JSON.stringify(broken));
		const run = await runCliInProcess(['config', 'validate', '--file', file], env);
		expect(run.code).toBe(2);
		expect(run.stdout.split('\n')).toEqual([
			`${file}: 9 problems`,
			'  drillPath[1]: expected a dimension: SERVICE, LINKED_ACCOUNT, REGION, USAGE_TYPE, …',
			'  chartSeries: expected a whole number from 0 to 10',
			'  provider: expected one of ollama, openai, offline',
			'  timeout: expected seconds, above 0 and at most 3600',
			'  budgets[1].scope.account: expected a 12-digit AWS account id',
			'  budgets[2].monthlyAmount: expected a positive amount of dollars',
			'  budgets[2].name: "Storage" is used twice: budget names must differ',
			'  apiTokens[0].scopes[0]: expected read, ask or admin',
			'  apiTokens[0].sha256: expected the secret\'s SHA-256 as 64 hex digits (printf %s "$SECRET" | sha256sum)',
			'  warning: thme: not a setting aws-cost reads; it is ignored (a comment\'s key starts with "//")',
			'',
		]);
		expect(run.stderr).toBe('aws-cost: the settings file has 9 problems (listed above): fix them and validate again.\n');
	});

	it('agrees with the loader: a file the app would ignore does not validate', async () => {
		const {config, env} = fresh();
		await runCliInProcess(['init'], env);
		writeFileSync(join(config, 'config.json'), JSON.stringify({chartSeries: 11}));
		expect(new SettingsStore({cwd: config}).load().problems).toEqual(['Settings file ignored (chartSeries has the wrong type or range): using defaults.']);
		expect((await runCliInProcess(['config', 'validate'], env)).code).toBe(2);
	});

	it.each<[string, RegExp]>([
		['{"theme": ', /not JSON: .*comments are keys starting with "\/\/"/],
		['[1, 2]', /expected a JSON object of settings/],
		['{"budgets": 5}', /budgets: expected a list of budgets/],
		['{"budgets": [5, null]}', /budgets\[0\]: expected a budget/],
	])('reports %j as a problem, never a crash', async (text, message) => {
		const {env} = fresh();
		const file = join(dir.path, `bad-${++count}.json`);
		writeFileSync(file, text);
		const run = await runCliInProcess(['config', 'validate', '--file', file], env);
		expect(run.code).toBe(2);
		expect(run.stdout).toMatch(message);
		expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
	});

	it('says the defaults apply when there is no settings file; a missing --file is an error', async () => {
		const {config, env} = fresh();
		const none = await runCliInProcess(['config', 'validate'], env);
		expect(none).toMatchObject({code: 0, stderr: ''});
		expect(none.stdout).toBe(`${join(config, 'config.json')}: no settings file, so the defaults apply (aws-cost init writes one).\n`);
		const missing = await runCliInProcess(['config', 'validate', '--file', join(dir.path, 'missing.json')], env);
		expect(missing.code).toBe(2);
		expect(missing.stderr).toMatch(/^aws-cost: Cannot read .*missing\.json: ENOENT/);
		expect((await runCliInProcess(['config'], env)).code).toBe(2);
		expect((await runCliInProcess(['config', 'check'], env)).stderr).toBe('aws-cost: Unknown config action "check": use validate.\n');
	});
});
