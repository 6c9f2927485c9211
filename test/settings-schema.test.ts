import {describe, expect, it} from 'vitest';
import {SETTINGS_SHAPES} from '../source/settings-shapes.js';
import {parseSettings, SettingsStore} from '../source/settings.js';
import {validateSettingsText} from '../source/settings-validation.js';
import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import {tmpdir} from 'node:os';
import {join} from 'node:path';

/** A value of the wrong shape for every key: an object fits none of them. */
const wrong = {nested: true};

describe('the settings loader and config validate hold each key to one shape', () => {
	it.each(Object.keys(SETTINGS_SHAPES))('%s: a wrong value makes the loader ignore the file and validate name the key', key => {
		const dir = mkdtempSync(join(tmpdir(), 'aws-cost-shapes-'));
		try {
			writeFileSync(join(dir, 'config.json'), JSON.stringify({[key]: wrong}));
			expect(new SettingsStore({cwd: dir}).load().problems).toEqual([`Settings file ignored (${key} has the wrong type or range): using defaults.`]);
			expect(validateSettingsText(JSON.stringify({[key]: wrong})).problems).toEqual([`${key}: ${SETTINGS_SHAPES[key as keyof typeof SETTINGS_SHAPES].expected}`]);
		} finally {
			rmSync(dir, {recursive: true, force: true});
		}
	});

	it('skips comment keys everywhere: the loader, and validate (neither a problem nor a warning)', () => {
		const file = {'//': 'a comment', '// theme': 'another', $comment: 'a third', theme: 'light'};
		expect(parseSettings(file).problems).toEqual([]);
		expect(validateSettingsText(JSON.stringify(file))).toEqual({problems: [], warnings: []});
	});
});

describe('config validate knows the reports key report and watch read', () => {
	it('accepts delivery settings without a warning, and names a wrong one by its path', () => {
		expect(validateSettingsText(JSON.stringify({reports: {slackWebhookUrl: 'https://hooks.slack.com/services/T/B/X', smtp: {host: 'mail.example.com', port: 587}}}))).toEqual({problems: [], warnings: []});
		const checked = validateSettingsText(JSON.stringify({reports: {smtp: {port: 'submission'}}}));
		expect(checked.problems).toHaveLength(1);
		expect(checked.problems[0]).toMatch(/^reports\.smtp\.port: /);
	});
});
