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

const stateJson = ({state}: BudgetStatus) =>
	state.kind === 'no-data'
		? {kind: state.kind}
		: state.kind === 'on-track'
			? {kind: state.kind, headroom: cents(state.headroom)}
			: {kind: state.kind, on: state.on, overBy: cents(state.overBy)};

/** No data is not $0.00: its figures are absent (null in JSON and CSV, "—" in tables). */
const noData = (status: BudgetStatus): boolean => status.state.kind === 'no-data';
const crossing = ({state}: BudgetStatus) => (state.kind === 'exceeded' || state.kind === 'will-exceed' ? state : undefined);

/** "Storage: $13,504.43 of $15,000.00 spent; will exceed …", or "S3 ($100.00 a month): no spend found for …". */
const budgetSentence = (status: BudgetStatus): string =>
	noData(status)
		? `${status.budget.name} (${usd(status.budget.monthlyAmount)} a month): ${status.message}.`
		: `${status.budget.name}: ${usd(status.spent)} of ${usd(status.budget.monthlyAmount)} spent; ${status.message}.`;

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
				spent: noData(status) ? null : cents(status.spent),
				projected: noData(status) ? null : cents(status.projected),
				percentUsed: noData(status) ? null : Math.round(status.percentUsed * 10) / 10,
				projectedPercent: noData(status) ? null : Math.round(status.projectedPercent * 10) / 10,
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
					: statuses.map(budgetSentence),
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
									noData(status) ? '—' : usd(status.spent),
									noData(status) ? '—' : percent(status.percentUsed),
									noData(status) ? '—' : usd(status.projected),
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
				noData(status) ? null : cents(status.spent),
				noData(status) ? null : Math.round(status.percentUsed * 10) / 10,
				noData(status) ? null : cents(status.projected),
				noData(status) ? null : Math.round(status.projectedPercent * 10) / 10,
				status.state.kind,
				crossing(status)?.on ?? null,
				crossing(status) === undefined ? null : cents(crossing(status)!.overBy),
				status.message,
			]),
		},
	};
}
