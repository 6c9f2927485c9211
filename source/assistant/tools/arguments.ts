/**
 * A tool call's arguments were wrong. The message goes back to the model as
 * the tool's answer, so it names the argument and the fix precisely.
 */
export class ToolArgumentError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'ToolArgumentError';
	}
}

export type ArgumentRecord = Readonly<Record<string, unknown>>;

/**
 * The arguments as an object. Some models send them as a JSON string, and
 * some send `null` for a call without arguments: both are accepted.
 */
export function argumentRecord(raw: unknown, allowed: readonly string[]): ArgumentRecord {
	let value = raw;
	if (typeof value === 'string') {
		const text = value.trim();
		if (text === '') return {};
		try {
			value = JSON.parse(text);
		} catch {
			throw new ToolArgumentError(`The arguments are not valid JSON: send one JSON object, e.g. {"${allowed[0] ?? 'key'}": ...}.`);
		}
	}
	if (value === null || value === undefined) return {};
	if (typeof value !== 'object' || Array.isArray(value)) {
		throw new ToolArgumentError(`The arguments must be a JSON object, got ${describe(value)}.`);
	}
	const record = value as ArgumentRecord;
	const unknown = Object.keys(record).filter(key => !allowed.includes(key));
	if (unknown.length > 0) {
		const names = unknown.map(key => `"${key}"`).join(', ');
		const hint = allowed.length === 0 ? 'this tool takes no arguments' : `allowed: ${allowed.join(', ')}`;
		throw new ToolArgumentError(`Unknown argument${unknown.length > 1 ? 's' : ''} ${names}: ${hint}.`);
	}
	return record;
}

/** Present and not null: models often send `null` for "not given". */
export function given(record: ArgumentRecord, name: string): boolean {
	return record[name] !== undefined && record[name] !== null;
}

export function optionalString(record: ArgumentRecord, name: string): string | undefined {
	if (!given(record, name)) return undefined;
	const value = record[name];
	if (typeof value !== 'string') throw new ToolArgumentError(`${name} must be a string, got ${describe(value)}.`);
	const text = value.trim();
	return text === '' ? undefined : text;
}

export function requiredString(record: ArgumentRecord, name: string, example: string): string {
	const value = optionalString(record, name);
	if (value === undefined) throw new ToolArgumentError(`${name} is required, e.g. "${name}": "${example}".`);
	return value;
}

/** One of a fixed list; matched case-insensitively because models vary the case. */
export function optionalChoice<Choice extends string>(
	record: ArgumentRecord,
	name: string,
	choices: readonly Choice[],
): Choice | undefined {
	const value = optionalString(record, name);
	if (value === undefined) return undefined;
	const match = choices.find(choice => choice.toLowerCase() === value.toLowerCase());
	if (!match) throw new ToolArgumentError(`${name} "${value}" is not one of ${choices.join(', ')}.`);
	return match;
}

export function optionalInteger(record: ArgumentRecord, name: string, min: number, max: number): number | undefined {
	if (!given(record, name)) return undefined;
	const raw = record[name];
	const value = typeof raw === 'string' && /^\d+$/.test(raw.trim()) ? Number(raw) : raw;
	if (typeof value !== 'number' || !Number.isInteger(value)) {
		throw new ToolArgumentError(`${name} must be a whole number, got ${describe(raw)}.`);
	}
	if (value < min || value > max) throw new ToolArgumentError(`${name} must be between ${min} and ${max}, got ${value}.`);
	return value;
}

/** A short description of a wrong value for an error message. */
export function describe(value: unknown): string {
	if (value === null) return 'null';
	if (Array.isArray(value)) return 'an array';
	if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
	if (typeof value === 'object') return 'an object';
	return `${typeof value} ${String(value)}`;
}
