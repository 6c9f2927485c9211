import {resolve} from 'node:path';
import {configFilePath, defaultConfigDir, readConfigFile, writeConfigKeys} from '../config-file.js';
import type {Budget, BudgetScope} from '../analysis/budgets.js';
import {CostError, badInput} from '../errors.js';

/*
 * settings.ts (the TUI's) has no `budgets` key, and adding one there is not
 * this module's to do: budgets live under their own `budgets` key of the
 * same conf file (same project name, same directory), read and written here.
 */

const accountPattern = /^\d{12}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parseScope(raw: unknown, name: string): BudgetScope {
	if (raw === undefined) return {};
	if (!isRecord(raw)) throw badInput(`Budget "${name}": scope must be an object with account, service or tag.`);
	const unknown = Object.keys(raw).filter(key => !['account', 'service', 'tag'].includes(key));
	if (unknown.length > 0) throw badInput(`Budget "${name}": unknown scope field ${unknown.join(', ')}; use account, service or tag.`);
	const {account, service, tag} = raw;
	if (account !== undefined && (typeof account !== 'string' || !accountPattern.test(account))) {
		throw badInput(`Budget "${name}": account must be a 12-digit AWS account id.`);
	}
	if (service !== undefined && (typeof service !== 'string' || service.trim() === '')) {
		throw badInput(`Budget "${name}": service must be a service name, e.g. "Amazon Simple Storage Service".`);
	}
	if (tag !== undefined && (!isRecord(tag) || typeof tag['key'] !== 'string' || tag['key'] === '' || typeof tag['value'] !== 'string')) {
		throw badInput(`Budget "${name}": tag must be {key, value}, e.g. {"key": "team", "value": "web"}.`);
	}
	return {
		...(account === undefined ? {} : {account: account as string}),
		...(service === undefined ? {} : {service: (service as string).trim()}),
		...(tag === undefined ? {} : {tag: {key: (tag as {key: string}).key, value: (tag as {value: string}).value}}),
	};
}

/** Checks one stored or typed budget; every mistake is a one-line bad-input error. */
export function parseBudget(raw: unknown): Budget {
	if (!isRecord(raw)) throw badInput('A budget must be an object with name, monthlyAmount and scope.');
	const {name, monthlyAmount} = raw;
	if (typeof name !== 'string' || name.trim() === '') throw badInput('A budget needs a name.');
	if (typeof monthlyAmount !== 'number' || !Number.isFinite(monthlyAmount) || monthlyAmount <= 0) {
		throw badInput(`Budget "${name}": monthlyAmount must be a number of dollars above zero.`);
	}
	return {name: name.trim(), monthlyAmount, scope: parseScope(raw['scope'], name)};
}

/** A list of budgets with unique names. */
export function parseBudgets(raw: unknown): Budget[] {
	if (raw === undefined) return [];
	if (!Array.isArray(raw)) throw badInput('budgets in the settings file must be a list.');
	const budgets = raw.map(parseBudget);
	const seen = new Set<string>();
	for (const budget of budgets) {
		const key = budget.name.toLowerCase();
		if (seen.has(key)) throw badInput(`Two budgets are named "${budget.name}": rename one.`);
		seen.add(key);
	}
	return budgets;
}

/**
 * The changes to each settings directory, one after another: a change reads
 * the list, then writes it, and two at once (two API requests) would each
 * write the list without the other's budget.
 */
const changesByDirectory = new Map<string, Promise<unknown>>();

function oneAtATime<T>(directory: string, change: () => Promise<T>): Promise<T> {
	const key = resolve(directory);
	const next = (changesByDirectory.get(key) ?? Promise.resolve()).catch(() => undefined).then(change);
	changesByDirectory.set(key, next);
	void next.catch(() => undefined).finally(() => {
		if (changesByDirectory.get(key) === next) changesByDirectory.delete(key);
	});
	return next;
}

/** Reads and writes the `budgets` key of the settings file (see source/config-file.ts). */
export class BudgetStore {
	readonly directory: string;

	constructor(options: {cwd?: string} = {}) {
		this.directory = options.cwd ?? defaultConfigDir();
	}

	/** Where the budgets are kept, for messages. */
	get path(): string {
		return configFilePath(this.directory);
	}

	list(): Budget[] {
		const read = readConfigFile(this.directory);
		if (!read.ok) throw new CostError('bad-input', `The settings file ${this.path} cannot be read (${read.problem}): fix or remove it.`);
		return parseBudgets(read.values['budgets']);
	}

	/** Adds a budget; a name already taken is refused rather than overwritten. */
	async add(budget: Budget): Promise<Budget[]> {
		const checked = parseBudget(budget);
		return oneAtATime(this.directory, async () => {
			const budgets = this.list();
			if (budgets.some(existing => existing.name.toLowerCase() === checked.name.toLowerCase())) {
				throw badInput(`A budget named "${checked.name}" exists: remove it first (aws-cost budgets remove "${checked.name}").`);
			}
			const next = [...budgets, checked];
			await writeConfigKeys(this.directory, {budgets: next});
			return next;
		});
	}

	/** Removes a budget by name (any case). */
	async remove(name: string): Promise<Budget[]> {
		const next = await this.removeIfPresent(name);
		if (next !== undefined) return next;
		const known = this.list().map(budget => `"${budget.name}"`).join(', ') || 'none';
		throw badInput(`No budget named "${name}" (budgets: ${known}).`);
	}

	/** Removes a budget by name (any case): the budgets left, or undefined when none had that name. */
	async removeIfPresent(name: string): Promise<Budget[] | undefined> {
		return oneAtATime(this.directory, async () => {
			const budgets = this.list();
			const next = budgets.filter(budget => budget.name.toLowerCase() !== name.trim().toLowerCase());
			if (next.length === budgets.length) return undefined;
			await writeConfigKeys(this.directory, {budgets: next});
			return next;
		});
	}
}
