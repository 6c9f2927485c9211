import {formatPeriod} from '../../dates.js';
import {type AnomalyReport, ANOMALY_DIMENSIONS, anomalyReport} from '../../insights/anomaly-report.js';
import {anomalyOutput, describeCauses} from '../../insights/format/anomaly-output.js';
import {signedUsd, usd} from '../../insights/format/figures.js';
import type {AnomalyDimension} from '../../insights/root-cause.js';
import {resolvePreset} from '../../presets.js';
import {groupByLabel} from '../../query.js';
import {ToolArgumentError, argumentRecord, given} from './arguments.js';
import {capRows, compactTable, plural} from './compact-table.js';
import {costLabel, periodLabel} from './describe-query.js';
import {toolInsight} from './insight-context.js';
import {periodProperties} from './period-schema.js';
import {groupByArgument, periodArgument} from './query-arguments.js';
import {scopeLabel} from './scope-label.js';
import type {AssistantTool} from './tool.js';

const DIMENSION_WORDS: Readonly<Record<AnomalyDimension, string>> = {SERVICE: 'service', LINKED_ACCOUNT: 'account'};
/** The source's own anomalies are a cross-check: a few are enough for the model. */
const SHOWN_SOURCE_ANOMALIES = 5;

/** SERVICE or LINKED_ACCOUNT ("account" too): the groups `aws-cost anomalies` judges. */
function dimensionArgument(value: unknown): AnomalyDimension {
	const groupBy = groupByArgument(value, 'dimension');
	const dimension = ANOMALY_DIMENSIONS.find(candidate => groupBy.type === 'DIMENSION' && groupBy.key === candidate);
	if (dimension === undefined) {
		throw new ToolArgumentError(
			`dimension ${groupByLabel(groupBy)}: anomalies are found per SERVICE or LINKED_ACCOUNT; each one's root cause names the usage type, region or account behind it.`,
		);
	}
	return dimension;
}

function anomalyTable(report: AnomalyReport, unit: string): string[] {
	if (report.anomalies.length === 0) return [];
	const {shown, hidden} = capRows(report.anomalies);
	const rows = shown.map(({anomaly, dimension, causes}) => [
		anomaly.group,
		DIMENSION_WORDS[dimension],
		formatPeriod(anomaly.period),
		anomaly.direction,
		usd(anomaly.expected, unit),
		usd(anomaly.actual, unit),
		signedUsd(anomaly.impact, unit),
		describeCauses(causes) || '-',
	]);
	const lines = [compactTable(['group', 'per', 'days', 'kind', 'expected', 'actual', 'impact', 'driven by'], rows)];
	if (hidden.length > 0) lines.push(`(${plural(hidden.length, 'smaller anomaly', 'smaller anomalies')} not shown)`);
	return lines;
}

function sourceLine({fromSource}: AnomalyReport, unit: string): string {
	const name = fromSource.label === 'demo' ? "The demo's injected anomalies" : fromSource.label === 'export' ? 'Anomaly detection in the export' : "Cost Explorer's anomaly detection";
	if (fromSource.outcome.status === 'unavailable') return `${name}: unavailable. ${fromSource.outcome.message}`;
	const found = fromSource.outcome.value;
	const listed = found
		.slice(0, SHOWN_SOURCE_ANOMALIES)
		.map(anomaly => `${anomaly.dimensionValue} (from ${anomaly.start}, ${signedUsd(anomaly.impact, unit)})`);
	const more = found.length > SHOWN_SOURCE_ANOMALIES ? `, ${found.length - SHOWN_SOURCE_ANOMALIES} more` : '';
	return `${name}: ${found.length} in the same days${listed.length === 0 ? '' : `: ${listed.join('; ')}${more}`}.`;
}

/**
 * `anomalies`: the report `aws-cost anomalies` prints (unusual days per
 * service and per account against a seasonal baseline, largest impact
 * first, with root causes), told as a capped table.
 */
export const anomaliesTool: AssistantTool = {
	spec: {
		name: 'anomalies',
		description:
			'Find cost anomalies (unusual spikes or drops) per service and per account in a period, largest impact first, with expected vs actual cost and the usage type, region or account that drove each.',
		parameters: {
			type: 'object',
			properties: {
				...periodProperties('', 'the days to judge (default: the last 30 days)'),
				dimension: {type: 'string', enum: ANOMALY_DIMENSIONS, description: 'Optional: only SERVICE or LINKED_ACCOUNT anomalies; default both.'},
			},
		},
	},
	async run(args, context) {
		const record = argumentRecord(args, ['range', 'period', 'dimension']);
		const {today} = context;
		const window = periodArgument(record, today, resolvePreset('last-30-days', today));
		const dimensions = given(record, 'dimension') ? [dimensionArgument(record['dimension'])] : ANOMALY_DIMENSIONS;
		const {request, ran} = toolInsight(context);
		const report = await anomalyReport(context.engine, {...request, metric: 'UnblendedCost', period: window, dimensions});
		const main = ran.slice(0, 1);
		const unit = main[0]?.unit || 'USD';
		const per = dimensions.map(dimension => DIMENSION_WORDS[dimension]).join(' and ');
		const lines = [
			`Anomalies per ${per}, ${formatPeriod(report.period)} (baseline: the same weekday over the weeks since ${report.history.start}): ${plural(report.anomalies.length, 'anomaly', 'anomalies')}`,
			...anomalyTable(report, unit),
			...report.notes,
			sourceLine(report, unit),
		];
		if (main[0]?.estimated) lines.push('Recent figures are estimated (not final yet).');
		return {
			text: lines.join('\n'),
			summary: `looked for anomalies per ${per}, ${periodLabel(report.period)}: ${report.anomalies.length} found, ${costLabel(ran, report.billableRequests)}`,
			results: main,
			data: anomalyOutput(report, scopeLabel(context.scope)).json,
		};
	},
};
