import {totalMonthlySavings} from '../sources/savings.js';
import type {IsoDate} from '../dates.js';
import type {AskOptions, CostEngine} from '../engine.js';
import {CostError} from '../errors.js';
import type {Amount} from '../money.js';
import type {SavingsAnswer} from '../sources/source.js';
import {billableCounter} from './insight-request.js';

export interface SavingsReport extends SavingsAnswer {
	readonly generatedOn: IsoDate;
	/** Whose advice: the source's capabilities label ("cost-explorer", or "demo" for advice made from the demo's data). */
	readonly source: string;
	readonly totalMonthlySavings: Amount;
	readonly billableRequests: number;
}

/**
 * One list of ways to pay less, largest estimated monthly saving first,
 * each with what to do, plus reservation coverage and utilization. Advice
 * only: nothing here changes any AWS resource.
 */
export async function savingsReport(engine: CostEngine, options: AskOptions = {}): Promise<SavingsReport> {
	const {label, native} = engine.capabilities;
	if (!native.savings) {
		throw new CostError('aws-failure', 'This data source gives no savings advice: use Cost Explorer credentials or --demo.');
	}
	const billable = billableCounter(engine);
	const answer = await engine.savings(options);
	return {
		...answer,
		generatedOn: engine.today,
		source: label,
		totalMonthlySavings: totalMonthlySavings(answer.recommendations),
		billableRequests: billable(),
	};
}
