import {KNOWN_SETTINGS_KEYS, SETTINGS_FILE_SCHEMA, isCommentKey} from './settings-schema.js';

/** What `aws-cost config validate` found: problems (the file is wrong) and warnings (keys aws-cost ignores). */
export interface SettingsCheck {
	readonly problems: readonly string[];
	readonly warnings: readonly string[];
}

/** `["budgets", 2, "monthlyAmount"]` as people write it: `budgets[2].monthlyAmount`. */
export function settingsPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((text, part) => (typeof part === 'number' ? `${text}[${part}]` : text === '' ? String(part) : `${text}.${String(part)}`), '');
}

/**
 * Every problem of a settings file's text, each with its path
 * (`budgets[2].monthlyAmount: expected a positive amount of dollars`), in
 * the order of the file's keys; keys aws-cost does not read are warnings.
 */
export function validateSettingsText(text: string): SettingsCheck {
	let values: unknown;
	try {
		values = JSON.parse(text.trim() === '' ? '{}' : text);
	} catch (error) {
		return {problems: [`not JSON: ${(error instanceof Error ? error.message : String(error)).split('\n')[0]} (comments are keys starting with "//")`], warnings: []};
	}
	if (typeof values !== 'object' || values === null || Array.isArray(values)) return {problems: ['expected a JSON object of settings, {"key": value, …}'], warnings: []};
	const parsed = SETTINGS_FILE_SCHEMA.safeParse(values);
	const problems = parsed.success ? [] : parsed.error.issues.map(issue => `${settingsPath(issue.path) || '(file)'}: ${issue.message}`);
	const warnings = Object.keys(values)
		.filter(key => !KNOWN_SETTINGS_KEYS.includes(key) && !isCommentKey(key))
		.map(key => `${key}: not a setting aws-cost reads; it is ignored (a comment's key starts with "//")`);
	return {problems, warnings};
}
