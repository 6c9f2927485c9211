import {mkdtemp, rm, writeFile} from 'node:fs/promises';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {afterEach, beforeEach, describe, expect, test} from 'vitest';
import {DEFAULT_SETTINGS, SettingsStore, parseSettings} from '../source/settings.js';

let directory: string;
beforeEach(async () => {
	directory = await mkdtemp(join(tmpdir(), 'aws-cost-settings-'));
});
afterEach(async () => {
	await rm(directory, {recursive: true, force: true});
});

describe('SettingsStore', () => {
	test('a fresh store gives the defaults', () => {
		expect(new SettingsStore({cwd: directory}).load()).toEqual({settings: DEFAULT_SETTINGS, problems: []});
	});

	test('saved settings come back in a new store', async () => {
		await new SettingsStore({cwd: directory}).save({
			theme: 'light',
			defaultProfile: 'prod',
			drillPath: ['REGION', 'SERVICE'],
			keyBindings: {quit: ['x']},
			chartSeries: 3,
		});
		expect(new SettingsStore({cwd: directory}).load().settings).toEqual({
			theme: 'light',
			defaultProfile: 'prod',
			drillPath: ['REGION', 'SERVICE'],
			keyBindings: {quit: ['x']},
			chartSeries: 3,
		});
	});

	test('a timeout that is not a positive number of seconds is reported', async () => {
		await writeFile(join(directory, 'config.json'), JSON.stringify({timeout: -3}));
		const {settings, problems} = new SettingsStore({cwd: directory}).load();
		expect(settings.timeout).toBeUndefined();
		expect(problems.join()).toMatch(/timeout/);
	});

	test('saving undefined removes a key', async () => {
		const store = new SettingsStore({cwd: directory});
		await store.save({defaultProfile: 'prod'});
		await store.save({defaultProfile: undefined});
		expect(new SettingsStore({cwd: directory}).load().settings.defaultProfile).toBeUndefined();
	});

	test('a file that breaks the schema is reported in one line, defaults are used', async () => {
		await writeFile(join(directory, 'config.json'), JSON.stringify({chartSeries: 'many'}));
		const {settings, problems} = new SettingsStore({cwd: directory}).load();
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/^Settings file ignored \(.*\): using defaults\.$/);
	});

	test.each([
		[{chartSeries: 11}],
		[{chartSeries: 2.5}],
		[{drillPath: []}],
		[{keyBindings: {quit: [1]}}],
		[{provider: 'claude'}],
		[{model: ''}],
	])('a value of the wrong shape (%j) is reported and defaults are used', async raw => {
		await writeFile(join(directory, 'config.json'), JSON.stringify(raw));
		const {settings, problems} = new SettingsStore({cwd: directory}).load();
		expect(settings).toEqual(DEFAULT_SETTINGS);
		expect(problems[0]).toMatch(/^Settings file ignored \(\w+ has the wrong type or range\): using defaults\.$/);
	});

	test('the file conf writes is the file the store reads', async () => {
		const store = new SettingsStore({cwd: directory});
		await store.save({theme: 'light'});
		expect(store.path).toBe(join(directory, 'config.json'));
		expect(new SettingsStore({cwd: directory}).load().settings.theme).toBe('light');
	});

	test('a file that is not JSON does not stop the app', async () => {
		await writeFile(join(directory, 'config.json'), '{not json');
		expect(new SettingsStore({cwd: directory}).load().problems).toHaveLength(1);
	});
});

describe('parseSettings', () => {
	test('names a provider that is not a string as it was written, not as [object Object]', () => {
		expect(parseSettings({provider: {name: 'ollama'}}).problems).toEqual(['provider {"name":"ollama"} is not one of ollama, openai, offline: using ollama.']);
		expect(parseSettings({provider: 'gpt'}).problems).toEqual(['provider "gpt" is not one of ollama, openai, offline: using ollama.']);
	});
	test('keeps a request timeout in seconds; a nonsense one makes the file ignored, not the app crash', () => {
		expect(parseSettings({timeout: 12.5}).settings.timeout).toBe(12.5);
		expect(parseSettings({}).settings.timeout).toBeUndefined();
	});

	test('unknown drill dimensions are skipped and reported; duplicates dropped', () => {
		const {settings, problems} = parseSettings({drillPath: ['SERVICE', 'NOPE', 'SERVICE', 'REGION']});
		expect(settings.drillPath).toEqual(['SERVICE', 'REGION']);
		expect(problems).toEqual(['drillPath has unknown dimensions (NOPE): they are skipped.']);
	});

	test('a drill path with nothing usable falls back to the default', () => {
		expect(parseSettings({drillPath: ['NOPE']}).settings.drillPath).toEqual(DEFAULT_SETTINGS.drillPath);
	});
});
