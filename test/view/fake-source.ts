import {DEMO_CAPABILITIES} from '../../source/sources/demo/capabilities.js';
import {aggregateFakeRows} from './fake-source-rows.js';
import type {CostQuery} from '../../source/query.js';
import type {CostPage} from '../../source/rows.js';
import type {Account, CostSource, Identity} from '../../source/sources/source.js';

/** The dimensions the fake bills along, and their values. */
export interface FakeDimensions {
	readonly SERVICE: readonly string[];
	readonly USAGE_TYPE: readonly string[];
	readonly REGION: readonly string[];
	readonly LINKED_ACCOUNT: readonly string[];
}

export interface FakeSourceOptions {
	readonly dimensions?: Partial<FakeDimensions>;
	readonly pageSize?: number;
	/** Resolves before each page; lets a test hold a request in flight. */
	readonly beforePage?: (query: CostQuery) => Promise<void>;
	readonly accounts?: readonly Account[];
	readonly failWith?: Error;
}

export const FAKE_DIMENSIONS: FakeDimensions = {
	SERVICE: ['Amazon EC2', 'Amazon S3', 'AWS Lambda'],
	USAGE_TYPE: ['BoxUsage', 'Requests'],
	REGION: ['us-east-1', 'eu-west-1'],
	LINKED_ACCOUNT: ['111111111111', '222222222222'],
};

/**
 * A small, exact cost source for tests: every combination of the dimension
 * values costs a fixed, distinct amount a day, so a test can compute what
 * any view must show. Counts the requests it answers.
 */
export class FakeCostSource implements CostSource {
	readonly kind = 'demo' as const;
	readonly capabilities = DEMO_CAPABILITIES;
	readonly queries: CostQuery[] = [];
	readonly aborted: CostQuery[] = [];
	private readonly dimensions: FakeDimensions;
	private readonly options: FakeSourceOptions;

	constructor(options: FakeSourceOptions = {}) {
		this.options = options;
		this.dimensions = {...FAKE_DIMENSIONS, ...options.dimensions};
	}

	async identity(): Promise<Identity> {
		return {account: '999999999999', principal: 'fake'};
	}

	async *costAndUsage(query: CostQuery, signal?: AbortSignal): AsyncIterable<CostPage> {
		this.queries.push(query);
		if (this.options.failWith !== undefined) throw this.options.failWith;
		const rows = aggregateFakeRows(this.dimensions, query);
		const pageSize = this.options.pageSize ?? 1000;
		for (let start = 0; start < Math.max(rows.length, 1); start += pageSize) {
			await this.options.beforePage?.(query);
			if (signal?.aborted) {
				this.aborted.push(query);
				signal.throwIfAborted();
			}
			yield {rows: rows.slice(start, start + pageSize), fromCache: false, billableRequests: 1};
		}
	}

	async dimensionValues(): Promise<never[]> {
		return [];
	}

	async forecast(): Promise<never> {
		throw new Error('The fake source does not forecast.');
	}

	async anomalies(): Promise<never[]> {
		return [];
	}

	async accounts(): Promise<readonly Account[]> {
		return (
			this.options.accounts ??
			this.dimensions.LINKED_ACCOUNT.map((id, index) => ({id, name: index === 0 ? 'Production' : `Account ${index + 1}`}))
		);
	}
}
