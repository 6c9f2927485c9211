import type {BudgetScope, BudgetStatus} from '../../analysis/budgets.js';
import type {BudgetReport} from '../budget-report.js';
import {cents, percent, usd} from './figures.js';
import type {ScopedReport} from './report-document.js';

/** "service Amazon S3, account 318274650193, tag team=web", or "whole bill". */
export function describeBudgetScope(scope: BudgetScope): string {
	const parts = [
		scope.service === undefined ? undefined : `service ${scope.service}`,
		scope.account === undefined ? undefined : `account ${scope.account}`,
		scope.tag === undefined ? undefined : `tag ${scope.tag.key}=${scope.tag.value}`,
	].filter(Boolean);
	return parts.length === 0 ? 'whole bill' : parts.join(', ');
}

const stateJson = (status: BudgetStatus) =>
	status.state.kind === 'on-track'
		? {kind: status.state.kind, headroom: cents(status.state.headroom)}
		: {kind: status.state.kind, on: status.state.on, overBy: cents(status.state.overBy)};

/** Budget statuses as JSON, a table with one sentence each, and CSV rows. */
export function budgetOutput(report: BudgetReport, label: string): ScopedReport {
	const {statuses} = report;
	return {
		label,
		json: {
			scope: label,
			today: report.today,
			budgets: statuses.map(status => ({
				name: status.budget.name,
				monthlyAmount: status.budget.monthlyAmount,
				scope: status.budget.scope,
				month: status.month,
				spent: cents(status.spent),
				projected: cents(status.projected),
				percentUsed: Math.round(status.percentUsed * 10) / 10,
				projectedPercent: Math.round(status.projectedPercent * 10) / 10,
				state: stateJson(status),
				message: status.message,
			})),
			billableRequests: report.billableRequests,
		},
		document: {
			heading: `Budgets (${label}, ${report.today.slice(0, 7)})`,
			sentences:
				statuses.length === 0
					? ['No budgets yet: add one with aws-cost budgets add --name NAME --amount 500 [--service S] [--account ID] [--tag key=value].']
					: statuses.map(status => `${status.budget.name}: ${usd(status.spent)} of ${usd(status.budget.monthlyAmount)} spent; ${status.message}.`),
			tables:
				statuses.length === 0
					? []
					: [
							{
								header: ['Budget', 'Covers', 'Monthly', 'Spent', 'Used', 'Projected', 'Status'],
								numeric: [false, false, true, true, true, true, false],
								rows: statuses.map(status => [
									status.budget.name,
									describeBudgetScope(status.budget.scope),
									usd(status.budget.monthlyAmount),
									usd(status.spent),
									percent(status.percentUsed),
									usd(status.projected),
									status.state.kind,
								]),
							},
						],
			notes: statuses.length === 0 ? [] : ['Month-to-date counts the days before today; today and the rest of the month are forecast.'],
		},
		data: {
			header: ['name', 'covers', 'monthly_amount', 'spent', 'percent_used', 'projected', 'projected_percent', 'state', 'on', 'over_by', 'message'],
			rows: statuses.map(status => [
				status.budget.name,
				describeBudgetScope(status.budget.scope),
				status.budget.monthlyAmount,
				cents(status.spent),
				Math.round(status.percentUsed * 10) / 10,
				cents(status.projected),
				Math.round(status.projectedPercent * 10) / 10,
				status.state.kind,
				status.state.kind === 'on-track' ? null : status.state.on,
				status.state.kind === 'on-track' ? null : cents(status.state.overBy),
				status.message,
			]),
		},
	};
}
