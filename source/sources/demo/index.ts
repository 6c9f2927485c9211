import type {IsoDate, Period} from '../../dates.js';
import {badInput} from '../../errors.js';
import type {CostQuery} from '../../query.js';
import type {CostPage} from '../../rows.js';
import type {
	Account,
	CostSource,
	DimensionValue,
	DimensionValuesRequest,
	ForecastRequest,
	ForecastResult,
	GroupKeys,
	Identity,
	SourceAnomaly,
} from '../source.js';
import {DEMO_CAPABILITIES} from './capabilities.js';
import {demoAnomalies} from './anomalies.js';
import {answerCostQuery} from './answer.js';
import {type DemoCatalogue, buildCatalogue} from './catalogue.js';
import {demoDimensionValues} from './dimension-values.js';
import {demoForecast} from './forecast.js';
import {DEMO_TAG_KEYS} from './dimensions.js';
import {BUSINESS_UNIT, DEMO_ACCOUNTS, MANAGEMENT_ACCOUNT_ID} from './organization.js';
import {demoSavings} from './savings.js';

export {DEMO_ACCOUNTS, MANAGEMENT_ACCOUNT_ID, BUSINESS_UNIT, DEMO_REGIONS} from './organization.js';
export {DEMO_SERVICES} from './services.js';
export {DEMO_TAG_KEYS} from './dimensions.js';
export {RECORD_TYPES} from './leaf.js';
export {type DemoSpike, demoInjectedSpikes} from './spikes.js';
export {ESTIMATED_DAYS, firstEstimatedDay} from './catalogue.js';
export {DEMO_CAPABILITIES} from './capabilities.js';

export interface DemoSourceOptions {
	/** The last day of history; everything is relative to it. */
	readonly today: IsoDate;
	/** Changes amounts and noise, not the organization's shape. Default 42. */
	readonly seed?: number;
	/** Rows per page, as Cost Explorer pages them. Default 1000. */
	readonly pageSize?: number;
}

export const DEFAULT_DEMO_SEED = 42;
/** Bump when a change to the generator changes any figure: answers cached from an older one must not be served. */
export const DEMO_GENERATOR_VERSION = 1;

/** Everything the demo's figures depend on; answers cached for another dataset are never served. */
export function demoDataset(today: IsoDate, seed: number): string {
	return `demo/v${DEMO_GENERATOR_VERSION}/seed=${seed}/today=${today}`;
}
export const DEFAULT_DEMO_PAGE_SIZE = 1000;

let lastCatalogue: {readonly key: string; readonly catalogue: DemoCatalogue} | undefined;

/**
 * The catalogue for a today and seed. The last one is kept and shared: it is
 * deterministic, so sources made again for the same day (switching account,
 * reopening a view, tests) reuse its lines and the daily series already made.
 */
function catalogueFor(today: IsoDate, seed: number): DemoCatalogue {
	const key = `${today}|${seed}`;
	if (lastCatalogue?.key !== key) lastCatalogue = {key, catalogue: buildCatalogue(today, seed)};
	return lastCatalogue.catalogue;
}

/**
 * A synthetic organization answering the same queries, with the same
 * semantics, as Cost Explorer: what `--demo`, the tests and the benchmarks
 * run on, and what the app shows when no AWS credentials exist.
 */
export function createDemoSource(options: DemoSourceOptions): CostSource {
	const seed = options.seed ?? DEFAULT_DEMO_SEED;
	const pageSize = options.pageSize ?? DEFAULT_DEMO_PAGE_SIZE;
	if (!Number.isInteger(pageSize) || pageSize < 1) throw badInput(`Demo page size ${pageSize} must be a whole number of at least 1.`);
	if (!Number.isInteger(seed)) throw badInput(`Demo seed ${seed} must be a whole number.`);
	// Built on first use: creating the source stays free for callers that never ask.
	const book = (signal?: AbortSignal): DemoCatalogue => {
		signal?.throwIfAborted();
		return catalogueFor(options.today, seed);
	};
	return {
		kind: 'demo',
		capabilities: DEMO_CAPABILITIES,
		async identity(signal?: AbortSignal): Promise<Identity> {
			signal?.throwIfAborted();
			return {
				account: MANAGEMENT_ACCOUNT_ID,
				principal: `arn:aws:iam::${MANAGEMENT_ACCOUNT_ID}:user/demo`,
				dataset: demoDataset(options.today, seed),
			};
		},
		costAndUsage(query: CostQuery, signal?: AbortSignal): AsyncIterable<CostPage> {
			return {[Symbol.asyncIterator]: () => answerCostQuery(book(signal), query, pageSize, signal)};
		},
		async dimensionValues(request: DimensionValuesRequest, signal?: AbortSignal): Promise<readonly DimensionValue[]> {
			return demoDimensionValues(book(signal), request);
		},
		async forecast(request: ForecastRequest, signal?: AbortSignal): Promise<ForecastResult> {
			return demoForecast(book(signal), request);
		},
		async anomalies(period: Period, signal?: AbortSignal): Promise<readonly SourceAnomaly[]> {
			return demoAnomalies(book(signal), period);
		},
		async accounts(signal?: AbortSignal): Promise<readonly Account[]> {
			signal?.throwIfAborted();
			return DEMO_ACCOUNTS.map(({id, name}) => ({id, name}));
		},
		async groupKeys(_period: Period, signal?: AbortSignal): Promise<GroupKeys> {
			signal?.throwIfAborted();
			return {tags: [...DEMO_TAG_KEYS], costCategories: [BUSINESS_UNIT], billableRequests: 0};
		},
		savings: signal => demoSavings(book(signal), signal),
	};
}
