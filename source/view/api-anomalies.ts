import type {Contributor, DimensionContributors} from '../analysis/contribution.js';
import {addDays, type IsoDate} from '../dates.js';
import type {ExplainedAnomaly} from '../insights/anomaly-report.js';
import {type Amount, parseAmount} from '../money.js';

interface ContributorJson {
	readonly key: string;
	readonly expected: number;
	readonly actual: number;
	readonly impact: number;
	readonly share: number;
	readonly causes?: readonly CausesJson[];
}

interface CausesJson {
	readonly dimension: string;
	readonly contributors: readonly ContributorJson[];
}

interface AnomalyJson {
	readonly dimension: 'SERVICE' | 'LINKED_ACCOUNT';
	readonly group: string;
	readonly start: IsoDate;
	readonly lastDay: IsoDate;
	readonly direction: 'spike' | 'drop';
	readonly expected: number;
	readonly actual: number;
	readonly impact: number;
	readonly maxScore: number;
	readonly days: readonly {date: IsoDate; expected: number; actual: number; score: number}[];
	readonly rootCause: ExplainedAnomaly['rootCause'];
	readonly causes: readonly CausesJson[];
}

const amount = (cents: number): Amount => parseAmount(String(cents));

const causes = (list: readonly CausesJson[] | undefined): DimensionContributors[] =>
	(list ?? []).map(({dimension, contributors}) => ({
		dimension,
		contributors: contributors.map(
			(contributor): Contributor => ({
				dimension,
				key: contributor.key,
				expected: amount(contributor.expected),
				actual: amount(contributor.actual),
				impact: amount(contributor.impact),
				share: contributor.share,
				causes: causes(contributor.causes),
			}),
		),
	}));

/**
 * The anomalies of `GET /api/v1/anomalies` (one scope) as the report made
 * them, to the cent the JSON carries, so the list and the cause view are
 * built by the app's own anomalyListRow and anomalyCauseActions.
 */
export function explainedAnomaliesFromJson(json: unknown): ExplainedAnomaly[] {
	const body = json as {anomalies?: unknown} | null;
	if (typeof body !== 'object' || body === null || !Array.isArray(body.anomalies)) throw new Error('The server answered with something that is not an anomaly report.');
	return (body.anomalies as AnomalyJson[]).map(anomaly => ({
		dimension: anomaly.dimension,
		anomaly: {
			group: anomaly.group,
			period: {start: anomaly.start, end: addDays(anomaly.lastDay, 1)},
			lastDay: anomaly.lastDay,
			direction: anomaly.direction,
			expected: amount(anomaly.expected),
			actual: amount(anomaly.actual),
			impact: amount(anomaly.impact),
			maxScore: anomaly.maxScore,
			days: anomaly.days,
		},
		causes: causes(anomaly.causes),
		rootCause: anomaly.rootCause,
	}));
}
