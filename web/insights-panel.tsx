import type {ExplainedAnomaly} from '../source/insights/anomaly-report.js';
import {addDays, formatPeriod} from '../source/dates.js';
import {formatAmount, parseAmount} from '../source/money.js';
import type {Account} from '../source/sources/source.js';
import {anomalyCauseActions, anomalyListRow} from '../source/view/anomaly-list.js';
import {anomalyWindow} from '../source/view/anomaly-markers.js';
import type {AppAction, AppState} from '../source/view/app-state.js';
import {explainedAnomaliesFromJson} from '../source/view/api-anomalies.js';
import {apiGet} from './api.js';
import {type Loaded, useApi} from './use-api.js';

export type InsightTab = 'anomalies' | 'budgets' | 'savings';

const money = (cents: number | null | undefined): string => (cents === null || cents === undefined ? '—' : formatAmount(parseAmount(String(cents))));

function Status<T>({loaded, empty, children}: {loaded: Loaded<T>; empty: (value: T) => boolean; children: (value: T) => React.ReactNode}) {
	if (loaded.status === 'failed') return <p className="error" role="alert">{loaded.message}</p>;
	if (loaded.status !== 'ready') return <p role="status">Loading…</p>;
	if (empty(loaded.value)) return <p className="muted">Nothing to show.</p>;
	return <>{children(loaded.value)}</>;
}

/** The anomalies of the view's days (its scope and metric), with causes; a click puts the cause on screen, as Enter does in the app. */
function Anomalies({state, accounts, onShow}: {state: AppState; accounts: readonly Account[]; onShow: (actions: readonly AppAction[]) => void}) {
	const window = anomalyWindow(state.period, state.today);
	const parameters = window === undefined ? undefined : new URLSearchParams({from: window.start, to: addDays(window.end, -1), metric: state.metric, ...(state.scope.account === undefined ? {} : {account: state.scope.account})});
	const loaded = useApi(parameters === undefined ? undefined : `anomalies?${parameters.toString()}#${state.refreshToken}`, async signal => explainedAnomaliesFromJson(await apiGet('anomalies', parameters, signal)));
	if (window === undefined) return <p className="muted">No day of this period has passed yet.</p>;
	return (
		<>
			<p className="muted">Searched {formatPeriod(window)}</p>
			<Status loaded={loaded} empty={(list: ExplainedAnomaly[]) => list.length === 0}>
				{list => (
					<table className="insights" aria-label="Anomalies" data-testid="anomalies">
						<thead>
							<tr><th>Days</th><th>Group</th><th>Expected</th><th>Actual</th><th>Impact</th><th>Cause</th></tr>
						</thead>
						<tbody>
							{list.map(explained => {
								const row = anomalyListRow(explained, accounts);
								return (
									<tr key={`${explained.dimension}-${explained.anomaly.group}-${explained.anomaly.period.start}`}>
										<td>{row.days}</td>
										<td>
											<button type="button" onClick={() => onShow(anomalyCauseActions(explained, state))} title="Show the cause">
												{row.group}
											</button>{' '}
											<span className="muted">{row.kind}</span>
										</td>
										<td className="num">{row.expected}</td>
										<td className="num">{row.actual}</td>
										<td className="num up">{row.impact}</td>
										<td title={row.causeDetail}>{row.topCause}</td>
									</tr>
								);
							})}
						</tbody>
					</table>
				)}
			</Status>
		</>
	);
}

interface BudgetJson {
	readonly name: string;
	readonly monthlyAmount: number;
	readonly spent: number | null;
	readonly projected: number | null;
	readonly percentUsed: number | null;
	readonly message: string;
}

function Budgets({state}: {state: AppState}) {
	const parameters = new URLSearchParams({metric: state.metric, ...(state.scope.account === undefined ? {} : {account: state.scope.account})});
	const loaded = useApi(`budgets?${parameters.toString()}#${state.refreshToken}`, async signal => ((await apiGet('budgets', parameters, signal)) as {budgets: BudgetJson[]}).budgets);
	return (
		<Status loaded={loaded} empty={(list: BudgetJson[]) => list.length === 0}>
			{list => (
				<table className="insights" aria-label="Budgets" data-testid="budgets">
					<thead>
						<tr><th>Budget</th><th>A month</th><th>Spent</th><th>Projected</th><th>Used</th><th>Status</th></tr>
					</thead>
					<tbody>
						{list.map(budget => (
							<tr key={budget.name}>
								<td>{budget.name}</td>
								<td className="num">{money(budget.monthlyAmount)}</td>
								<td className="num">{money(budget.spent)}</td>
								<td className="num">{money(budget.projected)}</td>
								<td className="num">{budget.percentUsed === null ? '—' : `${budget.percentUsed}%`}</td>
								<td>{budget.message}</td>
							</tr>
						))}
					</tbody>
				</table>
			)}
		</Status>
	);
}

interface SavingsJson {
	readonly totalMonthlySavings: number;
	readonly recommendations: readonly {id: string; title: string; action: string; estimatedMonthlySavings: number}[];
}

function Savings({state}: {state: AppState}) {
	const loaded = useApi(`savings#${state.refreshToken}`, async signal => (await apiGet('savings', undefined, signal)) as SavingsJson);
	return (
		<Status loaded={loaded} empty={(savings: SavingsJson) => savings.recommendations.length === 0}>
			{savings => (
				<>
					<p>
						Up to <strong>{money(savings.totalMonthlySavings)}</strong> a month
					</p>
					<table className="insights" aria-label="Savings recommendations" data-testid="savings">
						<tbody>
							{savings.recommendations.map(recommendation => (
								<tr key={recommendation.id}>
									<td>
										<strong>{recommendation.title}</strong>
										<div className="muted">{recommendation.action}</div>
									</td>
									<td className="num">{money(recommendation.estimatedMonthlySavings)}/month</td>
								</tr>
							))}
						</tbody>
					</table>
				</>
			)}
		</Status>
	);
}

const TABS: readonly {tab: InsightTab; title: string}[] = [
	{tab: 'anomalies', title: 'Anomalies'},
	{tab: 'budgets', title: 'Budgets'},
	{tab: 'savings', title: 'Savings'},
];

/** Anomalies (with causes), budgets and savings, each fetched only while its tab is open. */
export function InsightsPanel({tab, onTab, state, accounts, onShow}: {tab: InsightTab | undefined; onTab: (tab: InsightTab | undefined) => void; state: AppState; accounts: readonly Account[]; onShow: (actions: readonly AppAction[]) => void}) {
	return (
		<section className="insights-panel" aria-label="Insights">
			<div role="tablist" aria-label="Insights">
				{TABS.map(({tab: name, title}) => (
					<button key={name} type="button" role="tab" aria-selected={tab === name} onClick={() => onTab(tab === name ? undefined : name)} data-testid={`tab-${name}`}>
						{title}
					</button>
				))}
			</div>
			{tab === undefined ? null : (
				<div role="tabpanel" aria-label={tab}>
					{tab === 'anomalies' ? <Anomalies state={state} accounts={accounts} onShow={onShow} /> : tab === 'budgets' ? <Budgets state={state} /> : <Savings state={state} />}
				</div>
			)}
		</section>
	);
}
