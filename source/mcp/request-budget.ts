import type {CostEngine} from '../engine.js';
import {CostError} from '../errors.js';
import {billableCounter} from '../insights/insight-request.js';
import {requestsCost} from '../insights/request-cost.js';

/**
 * The billable requests one MCP session may make. A call starts only while
 * some budget is left; what it spends is measured on its engine around it,
 * so a call that runs over finishes and the next one is refused.
 */
export class RequestBudget {
	readonly max: number;
	private spentSoFar = 0;

	constructor(max: number) {
		this.max = max;
	}

	get spent(): number {
		return this.spentSoFar;
	}

	/** Throws the tool error an agent sees once the budget is spent. */
	checkLeft(): void {
		if (this.spentSoFar < this.max) return;
		throw new CostError(
			'bad-input',
			`This session's budget of ${this.max} billable Cost Explorer requests (${requestsCost(this.max)}) is spent (${this.spentSoFar} made): no more queries run. Answer from what you have, or ask the person to restart the MCP server or raise --max-requests.`,
		);
	}

	/** Runs `call` on `engine`, adding what it billed (even when it fails). */
	async measure<T>(engine: CostEngine, call: () => Promise<T>): Promise<T> {
		const billed = billableCounter(engine);
		try {
			return await call();
		} finally {
			this.spentSoFar += billed();
		}
	}
}
