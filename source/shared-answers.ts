import type {Logger} from './log.js';
import {metered} from './sources/billing.js';
import {untilAborted} from './until-aborted.js';

/** How a question other than a cost query is asked (dimension values, forecast, anomalies, accounts, savings). */
export interface AskOptions {
	/** Ends only this caller's wait: the answer is shared, so the question runs on for the others. */
	readonly signal?: AbortSignal;
	/** Ask the source again instead of reusing this engine's earlier answer (`--refresh`, `r`, `--no-cache`). */
	readonly refresh?: boolean;
}

export interface SharedAnswersOptions {
	/** Told of each billable request a question made, as it is made. */
	readonly billed: (requests: number) => void;
	/** Told when an earlier answer is reused. */
	readonly reused: () => void;
	readonly logger: Logger;
}

/**
 * Asks the source each question once and shares the answer (a failure is
 * not kept); meters the billable requests each question makes, exactly,
 * even while others run. A caller's signal ends only its own wait.
 */
export class SharedAnswers {
	private readonly answers = new Map<string, Promise<unknown>>();
	private readonly options: SharedAnswersOptions;

	constructor(options: SharedAnswersOptions) {
		this.options = options;
	}

	ask<T>(question: string, call: () => Promise<T>, options: AskOptions): Promise<T> {
		// A caller already gone spends nothing.
		if (options.signal?.aborted === true) return Promise.reject(options.signal.reason);
		let answer = options.refresh === true ? undefined : (this.answers.get(question) as Promise<T> | undefined);
		if (answer === undefined) {
			let billed = 0;
			const asked = metered(requests => {
				billed += requests;
				this.options.billed(requests);
			}, call);
			answer = asked.then(
				value => {
					if (billed > 0) this.options.logger(`${question.split(' ')[0]}: ${billed} billable request${billed === 1 ? '' : 's'}`);
					return value;
				},
				(error: unknown) => {
					if (this.answers.get(question) === answer) this.answers.delete(question);
					throw error;
				},
			);
			this.answers.set(question, answer);
			// Every caller may have stopped waiting: the failure is theirs to see, never an unhandled rejection.
			answer.catch(() => undefined);
		} else this.options.reused();
		return untilAborted(answer, options.signal);
	}
}
