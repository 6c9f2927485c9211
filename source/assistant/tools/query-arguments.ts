import {type IsoDate, type Period, isIsoDate} from '../../dates.js';
import {isCostError} from '../../errors.js';
import {resolvePreset} from '../../presets.js';
import {
	type Expression,
	type GroupBy,
	FILTER_DIMENSIONS,
	GROUP_DIMENSIONS,
	MATCH_OPTIONS,
	type MatchOption,
	isFilterDimension,
	isGroupDimension,
} from '../../query.js';
import {type ArgumentRecord, ToolArgumentError, describe, given, optionalString} from './arguments.js';

/**
 * The period from `range` ("last-month", "2026-09", "2026-Q3") or from
 * `period` ({start, end} with an exclusive end), whichever was given.
 */
export function periodArgument(record: ArgumentRecord, today: IsoDate, fallback: Period, prefix = ''): Period {
	const rangeName = prefix === '' ? 'range' : `${prefix}Range`;
	const periodName = prefix === '' ? 'period' : `${prefix}Period`;
	const range = optionalString(record, rangeName);
	const hasPeriod = given(record, periodName);
	if (range !== undefined && hasPeriod) {
		throw new ToolArgumentError(`Give either ${rangeName} or ${periodName}, not both.`);
	}
	if (range !== undefined) {
		try {
			return resolvePreset(range, today);
		} catch (error) {
			if (isCostError(error)) throw new ToolArgumentError(`${rangeName}: ${error.message}`);
			throw error;
		}
	}
	if (!hasPeriod) return fallback;
	const period = record[periodName];
	if (typeof period !== 'object' || period === null || Array.isArray(period)) {
		throw new ToolArgumentError(`${periodName} must be an object {"start": "YYYY-MM-DD", "end": "YYYY-MM-DD"}, got ${describe(period)}.`);
	}
	const {start, end} = period as Record<string, unknown>;
	for (const [name, value] of [['start', start], ['end', end]] as const) {
		if (typeof value !== 'string' || !isIsoDate(value)) {
			throw new ToolArgumentError(`${periodName}.${name} must be a real day as "YYYY-MM-DD", got ${describe(value)}.`);
		}
	}
	if ((end as string) <= (start as string)) {
		throw new ToolArgumentError(
			`${periodName}.end (${end as string}) must be after start (${start as string}): end is exclusive, the day after the last day.`,
		);
	}
	return {start: start as IsoDate, end: end as IsoDate};
}

const groupByHint = `use one of ${GROUP_DIMENSIONS.join(', ')}, "TAG:key" or "COST_CATEGORY:name" (RESOURCE_ID on a billing export)`;

/** "SERVICE", "region", "TAG:team", or the CostQuery shape {type, key}. */
export function groupByArgument(value: unknown, where: string): GroupBy {
	if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
		const {type, key} = value as Record<string, unknown>;
		if (typeof type !== 'string' || typeof key !== 'string') {
			throw new ToolArgumentError(`${where} must be a string like "SERVICE" or "TAG:team".`);
		}
		return groupByArgument(type.toUpperCase() === 'DIMENSION' ? key : `${type}:${key}`, where);
	}
	if (typeof value !== 'string') throw new ToolArgumentError(`${where} must be a string like "SERVICE", got ${describe(value)}.`);
	const prefixed = /^(tag|cost[_ ]?category)\s*:\s*(.*)$/i.exec(value.trim());
	if (prefixed) {
		const key = prefixed[2]!.trim();
		if (key === '') throw new ToolArgumentError(`${where} "${value}" needs a name after the colon, e.g. "TAG:team".`);
		return {type: prefixed[1]!.toLowerCase() === 'tag' ? 'TAG' : 'COST_CATEGORY', key};
	}
	const dimension = value.trim().toUpperCase().replaceAll(/[\s-]/g, '_');
	if (isGroupDimension(dimension)) return {type: 'DIMENSION', key: dimension};
	if (dimension === 'ACCOUNT') return {type: 'DIMENSION', key: 'LINKED_ACCOUNT'};
	throw new ToolArgumentError(`${where} "${value}" is not a dimension Cost Explorer groups by: ${groupByHint}.`);
}

/** Up to two group-bys, as Cost Explorer allows. */
export function groupByListArgument(record: ArgumentRecord, name: string): GroupBy[] {
	if (!given(record, name)) return [];
	const raw = record[name];
	const list = Array.isArray(raw) ? raw : [raw];
	if (list.length > 2) throw new ToolArgumentError(`${name} takes at most 2 dimensions (Cost Explorer's limit), got ${list.length}.`);
	const groups = list.map((item, index) => groupByArgument(item, `${name}[${index}]`));
	const labels = groups.map(group => `${group.type}:${group.key}`);
	if (new Set(labels).size !== labels.length) throw new ToolArgumentError(`${name} repeats a dimension: drop one.`);
	return groups;
}

const expressionExample = '{"Dimensions": {"Key": "SERVICE", "Values": ["Amazon Elastic Compute Cloud - Compute"]}}';
const expressionFields = ['Dimensions', 'Tags', 'CostCategories', 'And', 'Or', 'Not'] as const;

/** A Cost Explorer Expression, checked field by field with the path of what is wrong. */
export function expressionArgument(value: unknown, where = 'filter', depth = 0): Expression {
	if (depth > 8) throw new ToolArgumentError(`${where} nests too deeply: simplify it.`);
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new ToolArgumentError(`${where} must be an object like ${expressionExample}, got ${describe(value)}.`);
	}
	const keys = Object.keys(value);
	const field = keys[0];
	if (keys.length !== 1 || !(expressionFields as readonly string[]).includes(field!)) {
		throw new ToolArgumentError(
			`${where} must have exactly one of ${expressionFields.join(', ')}, got ${keys.length === 0 ? 'none' : keys.map(key => `"${key}"`).join(', ')}: e.g. ${expressionExample}.`,
		);
	}
	const inner = (value as Record<string, unknown>)[field!];
	if (field === 'And' || field === 'Or') {
		if (!Array.isArray(inner) || inner.length < 2) {
			throw new ToolArgumentError(`${where}.${field} must be an array of at least two expressions.`);
		}
		const operands = inner.map((operand, index) => expressionArgument(operand, `${where}.${field}[${index}]`, depth + 1));
		return field === 'And' ? {And: operands} : {Or: operands};
	}
	if (field === 'Not') return {Not: expressionArgument(inner, `${where}.Not`, depth + 1)};
	return {[field!]: valuesMatchArgument(inner, `${where}.${field}`, field === 'Dimensions')} as unknown as Expression;
}

function valuesMatchArgument(
	value: unknown,
	where: string,
	isDimension: boolean,
): {Key: string; Values: string[]; MatchOptions?: MatchOption[]} {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		throw new ToolArgumentError(`${where} must be an object {"Key": ..., "Values": [...]}, got ${describe(value)}.`);
	}
	const {Key: key, Values: values, MatchOptions: options, ...rest} = value as Record<string, unknown>;
	const extra = Object.keys(rest);
	if (extra.length > 0) throw new ToolArgumentError(`${where} has unknown field "${extra[0]}": use Key, Values and optionally MatchOptions.`);
	if (typeof key !== 'string' || key.trim() === '') throw new ToolArgumentError(`${where}.Key must be a non-empty string.`);
	if (isDimension && !isFilterDimension(key)) {
		throw new ToolArgumentError(`${where}.Key "${key}" is not a filter dimension: use one of ${FILTER_DIMENSIONS.join(', ')}.`);
	}
	const list = typeof values === 'string' ? [values] : values;
	if (!Array.isArray(list) || list.some(item => typeof item !== 'string')) {
		throw new ToolArgumentError(`${where}.Values must be an array of strings, got ${describe(values)}.`);
	}
	let matchOptions: MatchOption[] | undefined;
	if (options !== undefined && options !== null) {
		if (!Array.isArray(options) || options.some(option => !(MATCH_OPTIONS as readonly unknown[]).includes(option))) {
			throw new ToolArgumentError(`${where}.MatchOptions must be an array of ${MATCH_OPTIONS.join(', ')}.`);
		}
		matchOptions = options as MatchOption[];
	}
	if (list.length === 0 && !(matchOptions ?? []).includes('ABSENT')) {
		throw new ToolArgumentError(`${where}.Values is empty: give at least one value (dimension_values lists them).`);
	}
	return {Key: key, Values: list as string[], ...(matchOptions === undefined ? {} : {MatchOptions: matchOptions})};
}

/** The optional `filter` argument. */
export function filterArgument(record: ArgumentRecord): Expression | undefined {
	return given(record, 'filter') ? expressionArgument(record['filter']) : undefined;
}
