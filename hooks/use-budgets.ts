import type {Budget, BudgetStatus} from '../source/analysis/budgets.js';
import type {IsoDate} from '../source/dates.js';
import {budgetReport} from '../source/insights/budget-report.js';
import type {Scope} from '../source/query.js';
import type {EngineState} from './use-engine.js';
import {useEngineTask} from './use-engine-task.js';

const noStatuses: readonly BudgetStatus[] = [];

/**
 * Each configured budget against this month in the scope on screen, with
 * the forecast to the month end (one DAILY query per budget). Empty with
 * no budgets, while loading, and when the report failed.
 */
export function useBudgets(engineState: EngineState, budgets: readonly Budget[], scope: Scope, today: IsoDate, refreshToken: number): readonly BudgetStatus[] {
	const key = budgets.length === 0 ? undefined : JSON.stringify([budgets, scope, today]);
	const task = useEngineTask(engineState, key, refreshToken, async (engine, {signal, refresh}) => {
		const report = await budgetReport(engine, budgets, {scope, signal, ...(refresh ? {cacheMode: 'refresh' as const} : {})}, today);
		return report.statuses;
	});
	return task.status === 'ready' ? task.value : noStatuses;
}
