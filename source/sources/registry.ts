import {CostError} from '../errors.js';
import type {Logger} from '../log.js';
import type {IsoDate} from '../dates.js';
import type {Scope} from '../query.js';
import type {CostSource} from './source.js';

/** What a session hands every source it makes. */
export interface SourceContext {
	readonly today: IsoDate;
	readonly env: NodeJS.ProcessEnv;
	readonly logger: Logger;
	/** Connect + response deadline of every network request, ms. */
	readonly timeoutMs?: number;
	/** One line for the person, for what degrades without failing. */
	readonly warn?: (message: string) => void;
	/**
	 * One value per session and key, made on first use: what the sources of a
	 * session share (Cost Explorer's rate limiter, so ten profiles stay polite).
	 */
	shared<T>(key: string, make: () => T): T;
}

/** A kind of source, registered under the name `Scope.source` carries ("aws", "demo", …). */
export interface SourceDefinition {
	readonly name: string;
	/** One line for help and errors. */
	readonly description: string;
	/** Makes the source a scope asks for; import heavy modules here, so a start-up loads only the one it uses. */
	create(scope: Scope, context: SourceContext): Promise<CostSource>;
}

const definitions = new Map<string, SourceDefinition>();

/** Adds a kind of source (a plugin's Parquet files, Athena, …); a name registered twice is a mistake. */
export function registerSource(definition: SourceDefinition): void {
	if (definitions.has(definition.name)) throw new Error(`A source named "${definition.name}" is already registered.`);
	definitions.set(definition.name, definition);
}

/** The names of every registered source, in the order they were registered. */
export function registeredSources(): readonly string[] {
	return [...definitions.keys()];
}

/** The definition registered under `name`; a name nobody registered is a one-line bad-input error. */
export function sourceDefinition(name: string): SourceDefinition {
	const definition = definitions.get(name);
	if (definition === undefined) {
		throw new CostError('bad-input', `There is no data source "${name}": use one of ${registeredSources().join(', ')}.`);
	}
	return definition;
}

/** Removes a registration (tests that register their own source). */
export function unregisterSource(name: string): void {
	definitions.delete(name);
}
