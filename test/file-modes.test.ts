import {chmodSync, mkdirSync, statSync, writeFileSync} from 'node:fs';
import {join} from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {IsoDate} from '../source/dates.js';
import {DisclosureLog} from '../source/assistant/remote-disclosure.js';
import {openCostCache} from '../source/cache/index.js';
import {readConfigFile} from '../source/config-file.js';
import {fileLogger} from '../source/log.js';
import {SettingsStore} from '../source/settings.js';
import {writeExport} from '../source/view/export-view.js';
import {buildTableRows} from '../source/view/table-rows.js';
import type {ViewExport} from '../source/view/view-export.js';
import {isolatedEnv, runCliInProcess, tempDir} from './fixtures/run-cli.js';
import {resultOf, row, sampleQuery} from './fixtures/query-results.js';

/**
 * Every file aws-cost writes holds account ids, principals or costs: 0600,
 * in 0700 directories, whatever the umask, and files an older version left
 * readable are tightened when opened.
 */
const dir = tempDir('aws-cost-modes-');
let umaskBefore: number;
beforeAll(() => {
	// The usual umask, under which files are born 0644 and directories 0755 unless asked otherwise.
	umaskBefore = process.umask(0o022);
});
afterAll(() => {
	process.umask(umaskBefore);
	dir.remove();
});

const modeOf = (path: string): number => statSync(path).mode & 0o777;
const octal = (mode: number): string => mode.toString(8);
const expectMode = (path: string, mode: number): void => expect(octal(modeOf(path)), path).toBe(octal(mode));

/** A file or directory as an older version (or another program) left it: readable by all. */
function leftOpen(path: string, kind: 'file' | 'directory'): void {
	if (kind === 'directory') mkdirSync(path, {recursive: true});
	else writeFileSync(path, '');
	chmodSync(path, kind === 'directory' ? 0o755 : 0o644);
}

describe.skipIf(process.platform === 'win32')('file modes', () => {
	it('the cache: directory 0700, the file and its -wal and -shm 0600', async () => {
		const cacheDir = join(dir.path, 'created', 'aws-cost');
		const cache = await openCostCache({path: join(cacheDir, 'cache.sqlite')});
		await cache.store({account: '1', principal: 'p'}, sampleQuery, [], 1, '2026-11-25' as IsoDate);
		expectMode(cacheDir, 0o700);
		for (const file of ['cache.sqlite', 'cache.sqlite-wal', 'cache.sqlite-shm']) expectMode(join(cacheDir, file), 0o600);
		await cache.close();
	});

	it('the cache through the CLI, and a cache left readable by an older version is tightened', async () => {
		const env = isolatedEnv(join(dir.path, 'cli'), {AWS_COST_CACHE_DIR: '', XDG_CACHE_HOME: join(dir.path, 'cli', 'xdg-cache')});
		const cacheDir = join(dir.path, 'cli', 'xdg-cache', 'aws-cost');
		leftOpen(cacheDir, 'directory');
		for (const file of ['cache.sqlite', 'cache.sqlite-wal', 'cache.sqlite-shm']) leftOpen(join(cacheDir, file), 'file');
		const run = await runCliInProcess(['query', '--demo', '--range', '2026-09'], env);
		expect(run.code).toBe(0);
		expectMode(cacheDir, 0o700);
		expectMode(join(cacheDir, 'cache.sqlite'), 0o600);
	});

	it('a cache directory the user named keeps its mode; the file in it is 0600', async () => {
		const shared = join(dir.path, 'shared');
		leftOpen(shared, 'directory');
		const env = isolatedEnv(join(dir.path, 'named'), {AWS_COST_CACHE_DIR: shared});
		expect((await runCliInProcess(['query', '--demo', '--range', '2026-09'], env)).code).toBe(0);
		expectMode(shared, 0o755);
		expectMode(join(shared, 'cache.sqlite'), 0o600);
	});

	it('config.json: written 0600 in a 0700 directory, and tightened when read', async () => {
		const configDir = join(dir.path, 'config', 'aws-cost');
		await new SettingsStore({cwd: configDir}).save({theme: 'light'});
		expectMode(configDir, 0o700);
		expectMode(join(configDir, 'config.json'), 0o600);
		chmodSync(join(configDir, 'config.json'), 0o644);
		expect(readConfigFile(configDir)).toMatchObject({ok: true, values: {theme: 'light'}});
		expectMode(join(configDir, 'config.json'), 0o600);
	});

	it('config.json through `budgets add`', async () => {
		const env = isolatedEnv(join(dir.path, 'budgets'), {AWS_COST_CONFIG_DIR: ''});
		expect((await runCliInProcess(['budgets', 'add', '--name', 'all', '--amount', '100'], env)).code).toBe(0);
		const configDir = join(dir.path, 'budgets', '.config', 'aws-cost');
		expectMode(configDir, 0o700);
		expectMode(join(configDir, 'config.json'), 0o600);
	});

	it('the log: 0600 in a 0700 directory, and an old one is tightened', () => {
		const stateDir = join(dir.path, 'state', 'aws-cost');
		fileLogger(stateDir)('first');
		expectMode(stateDir, 0o700);
		expectMode(join(stateDir, 'aws-cost.log'), 0o600);
		const oldDir = join(dir.path, 'old-state', 'aws-cost');
		leftOpen(oldDir, 'directory');
		leftOpen(join(oldDir, 'aws-cost.log'), 'file');
		fileLogger(oldDir)('second');
		expectMode(oldDir, 0o700);
		expectMode(join(oldDir, 'aws-cost.log'), 0o600);
	});

	it('remote-endpoints.json: 0600 in a 0700 directory, and an old one is tightened', async () => {
		const stateDir = join(dir.path, 'disclosure', 'aws-cost');
		await new DisclosureLog(stateDir).acknowledge('https://models.example');
		expectMode(stateDir, 0o700);
		expectMode(join(stateDir, 'remote-endpoints.json'), 0o600);
		chmodSync(join(stateDir, 'remote-endpoints.json'), 0o644);
		expect(await new DisclosureLog(stateDir).isAcknowledged('https://models.example')).toBe(true);
		expectMode(join(stateDir, 'remote-endpoints.json'), 0o600);
	});

	it('an export from the app: 0600', async () => {
		const query = {...sampleQuery, period: {start: '2026-09-01' as IsoDate, end: '2026-10-01' as IsoDate}};
		const rows = buildTableRows(query.groupBy[0]!, resultOf([row('2026-09-01', '2026-10-01', ['Amazon S3'], '1.25')]).rows, []);
		const view: ViewExport = {
			scope: 'demo',
			query,
			comparison: {start: '2026-08-01' as IsoDate, end: '2026-09-01' as IsoDate},
			path: '',
			filterText: '',
			sort: {column: 'amount', descending: true},
			columns: 'full',
			rows,
			unit: 'USD',
		};
		const outcome = await writeExport(view, 'csv', join(dir.path, 'exports'));
		expect(outcome.ok).toBe(true);
		if (outcome.ok) expectMode(outcome.path, 0o600);
	});
});
