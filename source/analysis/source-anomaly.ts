import {addDays} from '../dates.js';
import type {AnomalyRootCause, SourceAnomaly} from '../sources/source.js';
import type {CostAnomaly} from './anomalies.js';
import type {DimensionContributors} from './contribution.js';

const ROOT_CAUSE_FIELDS: Readonly<Record<string, keyof AnomalyRootCause>> = {
	SERVICE: 'service',
	REGION: 'region',
	LINKED_ACCOUNT: 'account',
	USAGE_TYPE: 'usageType',
};

/** The leading contributor of every dimension, following nested causes, as one root cause. */
function leadingCause(explanation: readonly DimensionContributors[], cause: Record<string, string>): void {
	for (const dimension of explanation) {
		const [leader] = dimension.contributors;
		const field = ROOT_CAUSE_FIELDS[dimension.dimension];
		if (!leader || !field || cause[field] !== undefined) continue;
		cause[field] = leader.key;
		leadingCause(leader.causes, cause);
	}
}

/**
 * A locally detected anomaly in the shape Cost Explorer's anomaly detection
 * reports, so the app lists both the same way. `groupDimension` says what
 * the anomaly's group is (e.g. SERVICE); `explanation` (from explainAnomaly)
 * supplies the other root-cause fields. `end` is inclusive, as in
 * AnomalyEndDate.
 */
export function toSourceAnomaly(anomaly: CostAnomaly, groupDimension?: string, explanation: readonly DimensionContributors[] = []): SourceAnomaly {
	const cause: Record<string, string> = {};
	const groupField = groupDimension === undefined ? undefined : ROOT_CAUSE_FIELDS[groupDimension];
	if (groupField) cause[groupField] = anomaly.group;
	leadingCause(explanation, cause);
	return {
		id: `local-${anomaly.group}-${anomaly.period.start}`,
		start: anomaly.period.start,
		end: addDays(anomaly.period.end, -1),
		dimensionValue: anomaly.group,
		expected: anomaly.expected,
		actual: anomaly.actual,
		impact: anomaly.impact,
		maxScore: anomaly.maxScore,
		rootCauses: Object.keys(cause).length > 0 ? [cause as AnomalyRootCause] : [],
	};
}
