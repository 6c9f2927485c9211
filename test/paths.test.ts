import {describe, expect, it} from 'vitest';
import {defaultCacheDir, defaultCachePath, defaultStateDir} from '../source/paths.js';

describe('defaultCachePath', () => {
	const cases: Array<[string, Record<string, string>, NodeJS.Platform, string]> = [
		['XDG_CACHE_HOME on Linux', {HOME: '/home/ana', XDG_CACHE_HOME: '/var/cache/ana'}, 'linux', '/var/cache/ana/aws-cost/cache.sqlite'],
		['XDG_CACHE_HOME wins on macOS too', {HOME: '/Users/ana', XDG_CACHE_HOME: '/tmp/xdg'}, 'darwin', '/tmp/xdg/aws-cost/cache.sqlite'],
		['~/.cache on Linux', {HOME: '/home/ana'}, 'linux', '/home/ana/.cache/aws-cost/cache.sqlite'],
		['~/Library/Caches on macOS', {HOME: '/Users/ana'}, 'darwin', '/Users/ana/Library/Caches/aws-cost/cache.sqlite'],
		['a relative XDG_CACHE_HOME is ignored', {HOME: '/home/ana', XDG_CACHE_HOME: 'cache'}, 'linux', '/home/ana/.cache/aws-cost/cache.sqlite'],
		['an empty XDG_CACHE_HOME is ignored', {HOME: '/home/ana', XDG_CACHE_HOME: ''}, 'linux', '/home/ana/.cache/aws-cost/cache.sqlite'],
		['AWS_COST_CACHE_DIR overrides everything', {HOME: '/home/ana', XDG_CACHE_HOME: '/x', AWS_COST_CACHE_DIR: '/ci/cache'}, 'darwin', '/ci/cache/cache.sqlite'],
	];

	it.each(cases)('%s', (_name, env, platform, expected) => {
		expect(defaultCachePath(env, platform)).toBe(expected);
	});

	it('puts the file in the cache directory', () => {
		expect(defaultCachePath({HOME: '/home/ana'}, 'linux').startsWith(defaultCacheDir({HOME: '/home/ana'}, 'linux'))).toBe(true);
	});
});

describe('defaultStateDir', () => {
	it.each([
		['XDG_STATE_HOME', {HOME: '/home/ana', XDG_STATE_HOME: '/state'}, '/state/aws-cost'],
		['~/.local/state', {HOME: '/home/ana'}, '/home/ana/.local/state/aws-cost'],
		['a relative XDG_STATE_HOME is ignored', {HOME: '/home/ana', XDG_STATE_HOME: 'state'}, '/home/ana/.local/state/aws-cost'],
	])('%s', (_name, env, expected) => {
		expect(defaultStateDir(env)).toBe(expected);
	});
});
