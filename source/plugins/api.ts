import type {CostEngine, QueryResult} from '../engine.js';
import type {IsoDate} from '../dates.js';
import type {LabelledResult} from '../export/result-set.js';
import type {Amount} from '../money.js';
import type {Scope} from '../query.js';
import type {SourceContext, SourceDefinition} from '../sources/registry.js';
import type {CostSource} from '../sources/source.js';

/** The plugin API this build speaks; a plugin declares the one it was written for. */
export const PLUGIN_API_VERSION = 1;

/**
 * Exact money for plugins, which cannot import aws-cost itself: an Amount is
 * an exact decimal (a bigint of 10^-15 units), never a float.
 */
export interface PluginMoney {
	/** "12.345", exact. */
	toString(amount: Amount): string;
	/** "$12.35" for USD, "12.35 EUR" otherwise. */
	format(amount: Amount, unit?: string): string;
	/** Parses a decimal string ("40.3543773134"); throws on anything else. */
	parse(text: string): Amount;
	sum(amounts: Iterable<Amount>): Amount;
	/** Negative, zero or positive, as a sort comparator. */
	compare(a: Amount, b: Amount): number;
}

/** What a plugin source is made with: the session's context, and exact money. */
export type PluginSourceContext = SourceContext & {readonly money: PluginMoney};

/**
 * A cost source: answers CostQuery like the demo and Cost Explorer sources.
 * `--source NAME` or `--source NAME:ARG` opens it; ARG arrives as `scope.argument`.
 */
export interface PluginSource extends Omit<SourceDefinition, 'create'> {
	create(scope: Scope, context: PluginSourceContext): Promise<CostSource>;
}

/** What an exporter gets besides the results. */
export interface ExporterContext {
	/** The terminal's width, for formats laid out to fit it. */
	readonly width?: number;
	readonly money: PluginMoney;
}

/** An output format: `aws-cost query --format NAME` prints it. */
export interface PluginExporter {
	readonly name: string;
	/** File extension of an export in this format, without the dot. */
	readonly extension: string;
	/** One result per scope the command ran under. */
	format(results: readonly LabelledResult[], context: ExporterContext): string;
}

/** What a notifier delivers: one report, in every form a channel may want. Versioned. */
export interface NotifierMessage {
	readonly version: 1;
	readonly title: string;
	readonly markdown: string;
	/** A self-contained HTML document. */
	readonly html: string;
	/** The report as data. */
	readonly json: unknown;
}

/** A delivery channel: `--to SCHEME:TARGET` hands TARGET (a URL, an address) to `deliver`. */
export interface PluginNotifier {
	readonly scheme: string;
	deliver(target: string, message: NotifierMessage, context: {readonly signal: AbortSignal}): Promise<void>;
}

export type FindingSeverity = 'info' | 'warning' | 'critical';

/** One thing an analyzer noticed. */
export interface Finding {
	readonly title: string;
	readonly detail: string;
	readonly severity: FindingSeverity;
	/** The money at stake, as an exact decimal string ("123.45"), when there is one. */
	readonly amount?: string;
}

/** What an analyzer reads the bill through: the engine (cached, counted), as one scope. */
export interface AnalyzerContext {
	readonly engine: CostEngine;
	readonly scope: Scope;
	readonly today: IsoDate;
	readonly signal: AbortSignal;
	readonly money: PluginMoney;
}

/** Adds findings to `now`, reports and the chat (the `plugin_findings` tool). It only reads. */
export interface PluginAnalyzer {
	readonly name: string;
	/** One line: what it looks for (the chat tool's description lists it). */
	readonly description?: string;
	analyze(context: AnalyzerContext): Promise<readonly Finding[]>;
}

/** A plugin module's default export (or its export named `plugin`). */
export interface Plugin {
	readonly apiVersion: typeof PLUGIN_API_VERSION;
	readonly name: string;
	readonly sources?: readonly PluginSource[];
	readonly exporters?: readonly PluginExporter[];
	readonly notifiers?: readonly PluginNotifier[];
	readonly analyzers?: readonly PluginAnalyzer[];
}

export type {CostSource, LabelledResult, QueryResult};
