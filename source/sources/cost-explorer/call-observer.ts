import type {AwsOperation} from './error-mapping.js';

/** How one AWS call ended, for whoever watches (the server's tracing). */
export interface AwsCallOutcome {
	/** 1 for a billable call AWS served ($0.01), else 0. */
	readonly billableRequests: number;
	readonly attempts: number;
	/** The failure's kind when the call failed. */
	readonly failure?: string;
}

export interface AwsCallWatch {
	end(outcome: AwsCallOutcome): void;
}

export type AwsCallObserver = (operation: AwsOperation, billable: boolean) => AwsCallWatch;

let observer: AwsCallObserver | undefined;

/**
 * Watches every AWS call of the process (the server's traces set this when
 * OTEL_EXPORTER_OTLP_ENDPOINT is set); undefined stops watching. No watcher,
 * no cost: the CLI never sets one, so it loads no tracing code.
 */
export function observeAwsCalls(next: AwsCallObserver | undefined): void {
	observer = next;
}

export function watchAwsCall(operation: AwsOperation, billable: boolean): AwsCallWatch | undefined {
	return observer?.(operation, billable);
}
