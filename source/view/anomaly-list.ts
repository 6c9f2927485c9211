import type {Contributor} from '../analysis/contribution.js';
import {type Period, formatPeriod} from '../dates.js';
import type {ExplainedAnomaly} from '../insights/anomaly-report.js';
import {type Amount, formatAmount} from '../money.js';
import {type GroupBy, type GroupDimension, isGroupDimension} from '../query.js';
import type {Account} from '../sources/source.js';
import type {ViewFrame} from './app-state.js';

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

/** The leading contributor of the dimension that explains most of the anomaly. */
export function topContributor(explained: ExplainedAnomaly): Contributor | undefined {
	return explained.causes[0]?.contributors[0];
}

export function anomalyListRow(explained: ExplainedAnomaly, accounts: readonly Account[]): AnomalyListRow {
	const {anomaly, dimension} = explained;
	const top = topContributor(explained);
	const detail = explained.causes.flatMap(({contributors: [leader]}) => {
		if (leader === undefined) return [];
		const deeper = leader.causes[0]?.contributors[0];
		return [deeper === undefined ? contributorText(leader, accounts) : `${contributorText(leader, accounts)} › ${contributorText(deeper, accounts)}`];
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

/** The view that shows an anomaly's cause: its days, narrowed to its group, grouped by its cause's dimension. */
export interface AnomalyCauseView {
	readonly period: Period;
	readonly views: readonly [ViewFrame, ...ViewFrame[]];
}

/**
 * Drills into an anomaly: over its days, the top level grouped by the
 * anomaly's dimension, then narrowed to its group (a service, an account)
 * and grouped by the dimension of its leading cause (usage type, service…),
 * so Back climbs to every group on those days. The table's change column
 * then compares with as many days just before.
 */
export function anomalyCauseView(explained: ExplainedAnomaly): AnomalyCauseView {
	const groupBy: GroupBy = {type: 'DIMENSION', key: explained.dimension};
	const causeDimension = topContributor(explained)?.dimension;
	const next: GroupDimension =
		causeDimension !== undefined && isGroupDimension(causeDimension) && causeDimension !== explained.dimension
			? causeDimension
			: FALLBACK_CAUSE[explained.dimension];
	return {
		period: explained.anomaly.period,
		views: [
			{groupBy, cursor: 0},
			{groupBy: {type: 'DIMENSION', key: next}, cursor: 0, via: {groupBy, key: explained.anomaly.group}},
		],
	};
}
