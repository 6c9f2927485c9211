import type {Contributor} from '../analysis/contribution.js';
import {type Period, addDays, formatPeriod, periodDays} from '../dates.js';
import type {ExplainedAnomaly} from '../insights/anomaly-report.js';
import {type Amount, formatAmount} from '../money.js';
import {type CostQuery, type GroupBy, type GroupDimension, type Metric, type Scope, isGroupDimension} from '../query.js';
import type {Account} from '../sources/source.js';
import type {AppAction} from './app-state.js';

/** One anomaly as the list shows it: every figure already text. */
export interface AnomalyListRow {
	readonly days: string;
	/** "EC2 - Other" or "Production (318274650193)". */
	readonly group: string;
	readonly kind: 'service' | 'account';
	readonly expected: string;
	readonly actual: string;
	/** Signed: "+$2,430.00", "-$310.00". */
	readonly impact: string;
	/** The leading contributor: "USAGE_TYPE USE1-NatGateway-Bytes 96%"; empty when not explained. */
	readonly topCause: string;
	/** The leading contributor of every dimension, one level further where known. */
	readonly causeDetail: string;
}

/** What the list has to show: its rows once the report is in. */
export type AnomalyListContent =
	| {readonly status: 'loading'}
	/** Not fetched yet: the scan is billed beyond the confirm threshold, and `message` says how much. */
	| {readonly status: 'confirm'; readonly message: string}
	| {readonly status: 'failed'; readonly message: string}
	| {readonly status: 'ready'; readonly rows: readonly AnomalyListRow[]; readonly notes: readonly string[]};

const signed = (amount: Amount): string => (amount > 0n ? `+${formatAmount(amount)}` : formatAmount(amount));
const percent = (share: number): string => `${Math.round(share * 100)}%`;

function keyLabel(dimension: string, key: string, accounts: readonly Account[]): string {
	if (dimension !== 'LINKED_ACCOUNT') return key;
	const name = accounts.find(account => account.id === key)?.name;
	return name === undefined ? key : `${name} (${key})`;
}

function contributorText(contributor: Contributor, accounts: readonly Account[]): string {
	return `${contributor.dimension} ${keyLabel(contributor.dimension, contributor.key, accounts)} ${percent(contributor.share)}`;
}

/** Most specific first: a usage type says what to look at, a region rarely does. */
const CAUSE_PREFERENCE: readonly string[] = ['USAGE_TYPE', 'SERVICE', 'LINKED_ACCOUNT', 'REGION'];

/**
 * The cause to name first: the leader of the most specific dimension that
 * explains at least half of the anomaly, else the leader of the dimension
 * that explains most of it.
 */
export function topContributor(explained: ExplainedAnomaly): Contributor | undefined {
	const leaders = explained.causes.flatMap(({contributors: [leader]}) => (leader === undefined ? [] : [leader]));
	const specific = CAUSE_PREFERENCE.map(dimension => leaders.find(leader => leader.dimension === dimension && leader.share >= 0.5)).find(
		leader => leader !== undefined,
	);
	return specific ?? leaders[0];
}

export function anomalyListRow(explained: ExplainedAnomaly, accounts: readonly Account[]): AnomalyListRow {
	const {anomaly, dimension} = explained;
	const top = topContributor(explained);
	const leaders = explained.causes.flatMap(({contributors: [leader]}) => (leader === undefined ? [] : [leader]));
	// A leader already named one level down under an earlier cause is not named twice.
	const named = new Set<string>();
	const detail = [...leaders.filter(leader => leader === top), ...leaders.filter(leader => leader !== top)].flatMap(leader => {
		const id = `${leader.dimension}\u0000${leader.key}`;
		if (named.has(id)) return [];
		named.add(id);
		const deeper = leader.causes[0]?.contributors[0];
		if (deeper === undefined) return [contributorText(leader, accounts)];
		named.add(`${deeper.dimension}\u0000${deeper.key}`);
		return [`${contributorText(leader, accounts)} › ${contributorText(deeper, accounts)}`];
	});
	return {
		days: formatPeriod(anomaly.period),
		group: keyLabel(dimension, anomaly.group, accounts),
		kind: dimension === 'SERVICE' ? 'service' : 'account',
		expected: formatAmount(anomaly.expected),
		actual: formatAmount(anomaly.actual),
		impact: signed(anomaly.impact),
		topCause: top === undefined ? '' : contributorText(top, accounts),
		causeDetail: detail.join(' · '),
	};
}

/** Where an anomaly of a service or an account is broken down when it has no explanation. */
const FALLBACK_CAUSE: Readonly<Record<ExplainedAnomaly['dimension'], GroupDimension>> = {SERVICE: 'USAGE_TYPE', LINKED_ACCOUNT: 'SERVICE'};

/**
 * What an anomaly's days are compared with: as many days on the same
 * weekdays, whole weeks before it began, as its expected cost is read from
 * the same weekdays. Never the days just before, which may be the spike.
 */
export function anomalyBaseline(period: Period): Period {
	const back = 7 * Math.max(1, Math.ceil(periodDays(period) / 7));
	return {start: addDays(period.start, -back), end: addDays(period.end, -back)};
}

/**
 * The steps that put an anomaly's cause on screen: its days with every
 * group of its dimension (shown like a chat answer's query, so Back returns
 * to the view the person had), drilled into its group and grouped by the
 * dimension of its leading cause (usage type, service…). The table's change
 * column compares with the anomaly's baseline days (anomalyBaseline).
 */
export function anomalyCauseActions(explained: ExplainedAnomaly, view: {readonly metric: Metric; readonly scope: Scope}): readonly AppAction[] {
	const groupBy: GroupBy = {type: 'DIMENSION', key: explained.dimension};
	const causeDimension = topContributor(explained)?.dimension;
	const cause: GroupDimension =
		causeDimension !== undefined && isGroupDimension(causeDimension) && causeDimension !== explained.dimension
			? causeDimension
			: FALLBACK_CAUSE[explained.dimension];
	const query: CostQuery = {period: explained.anomaly.period, granularity: 'DAILY', metric: view.metric, groupBy: [groupBy], scope: view.scope};
	return [
		{type: 'show-query', query, from: 'Anomaly', comparison: anomalyBaseline(explained.anomaly.period)},
		{type: 'drill', key: explained.anomaly.group},
		{type: 'set-group-by', groupBy: {type: 'DIMENSION', key: cause}},
	];
}
