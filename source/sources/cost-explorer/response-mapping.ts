import type {
	Anomaly,
	GetAnomaliesCommandOutput,
	GetCostAndUsageCommandOutput,
	GetCostForecastCommandOutput,
	GetDimensionValuesCommandOutput,
	MetricValue,
} from '@aws-sdk/client-cost-explorer';
import {type IsoDate, isIsoDate} from '../../dates.js';
import {CostError} from '../../errors.js';
import {type Amount, ZERO, addAmounts, parseAmount, subtractAmounts} from '../../money.js';
import {type CostQuery, metricIsMoney} from '../../query.js';
import type {CostRow} from '../../rows.js';
import type {AnomalyRootCause, DimensionValue, ForecastPoint, ForecastResult, SourceAnomaly} from '../source.js';

/**
 * The SDK passes through whatever JSON arrives, so every shape is checked
 * here; a body that is not what CE documents becomes an 'aws-failure'.
 */
export function malformed(what: string): CostError {
	return new CostError(
		'aws-failure',
		'Cost Explorer sent an answer aws-cost could not read: retry, and report it if it keeps happening.',
		`MalformedResponse: ${what}`,
	);
}

function arrayOf<T>(value: T[] | undefined, what: string): T[] {
	if (value === undefined) return [];
	if (!Array.isArray(value)) throw malformed(`${what} is not a list`);
	return value;
}

function textOf(value: unknown, what: string): string {
	if (typeof value !== 'string' || value === '') throw malformed(`${what} is missing`);
	return value;
}

function amountOf(text: unknown, what: string): Amount {
	if (typeof text !== 'string') throw malformed(`${what} has no amount`);
	try {
		return parseAmount(text);
	} catch {
		throw malformed(`${what} amount "${text}" is not a decimal`);
	}
}

/** Impact figures arrive as JSON numbers; their shortest decimal form is what CE meant. */
function amountOfNumber(value: number | undefined, what: string): Amount | undefined {
	if (value === undefined) return undefined;
	if (typeof value !== 'number' || !Number.isFinite(value)) throw malformed(`${what} is not a number`);
	return parseAmount(String(value));
}

function dateOf(text: unknown, what: string): IsoDate {
	const day = textOf(text, what).slice(0, 10);
	if (!isIsoDate(day)) throw malformed(`${what} "${String(text)}" is not a date`);
	return day;
}

/**
 * Rows of one GetCostAndUsage page. Ungrouped, CE answers every time bucket
 * with a Total, `{Amount: "0"}` on days without cost: those are real zero
 * rows and are kept. Grouped, CE lists only the groups that had cost or usage
 * in a bucket, so absent groups produce no row (not a zero row). Group keys
 * are CE's own, e.g. `team$web` for a tag.
 */
export function toCostRows(output: GetCostAndUsageCommandOutput | undefined, query: CostQuery): CostRow[] {
	if (output === undefined || output === null || typeof output !== 'object') throw malformed('the body is empty');
	if (output.ResultsByTime === undefined) throw malformed('ResultsByTime is missing');
	const grouped = query.groupBy.length > 0;
	const defaultUnit = metricIsMoney(query.metric) ? 'USD' : '';
	const rows: CostRow[] = [];
	for (const result of arrayOf(output.ResultsByTime, 'ResultsByTime')) {
		const start = textOf(result?.TimePeriod?.Start, 'TimePeriod.Start');
		const end = textOf(result.TimePeriod?.End, 'TimePeriod.End');
		const estimated = result.Estimated === true;
		const rowOf = (keys: string[], value: MetricValue | undefined, what: string): CostRow => ({
			start,
			end,
			keys,
			amount: amountOf(value?.Amount, what),
			unit: typeof value?.Unit === 'string' && value.Unit !== '' ? value.Unit : defaultUnit,
			estimated,
		});
		if (!grouped) {
			rows.push(rowOf([], result.Total?.[query.metric], `Total.${query.metric} for ${start}`));
			continue;
		}
		for (const group of arrayOf(result.Groups, 'Groups')) {
			const keys = arrayOf(group?.Keys, 'Group.Keys');
			if (keys.length !== query.groupBy.length || keys.some(key => typeof key !== 'string')) {
				throw malformed(`a group for ${start} has keys ${JSON.stringify(keys)}`);
			}
			rows.push(rowOf([...keys], group.Metrics?.[query.metric], `${query.metric} of ${keys.join('/')} for ${start}`));
		}
	}
	return rows;
}

export function toDimensionValues(output: GetDimensionValuesCommandOutput | undefined): DimensionValue[] {
	if (output === undefined || output === null || typeof output !== 'object') throw malformed('the body is empty');
	return arrayOf(output.DimensionValues, 'DimensionValues').map(entry => ({
		value: textOf(entry?.Value, 'DimensionValues[].Value'),
		attributes: {...(entry.Attributes ?? {})},
	}));
}

/**
 * CE forecasts a mean for the whole period but bounds only per bucket; the
 * total's bounds are the sums of the buckets' bounds (a wider, safe interval).
 */
export function toForecastResult(output: GetCostForecastCommandOutput | undefined): ForecastResult {
	if (output === undefined || output === null || typeof output !== 'object') throw malformed('the body is empty');
	const mean = amountOf(output.Total?.Amount, 'forecast Total');
	const points: ForecastPoint[] = arrayOf(output.ForecastResultsByTime, 'ForecastResultsByTime').map(entry => {
		const pointMean = amountOf(entry?.MeanValue, 'forecast MeanValue');
		return {
			start: dateOf(entry.TimePeriod?.Start, 'forecast TimePeriod.Start'),
			end: dateOf(entry.TimePeriod?.End, 'forecast TimePeriod.End'),
			mean: pointMean,
			lower: entry.PredictionIntervalLowerBound === undefined ? pointMean : amountOf(entry.PredictionIntervalLowerBound, 'forecast lower bound'),
			upper: entry.PredictionIntervalUpperBound === undefined ? pointMean : amountOf(entry.PredictionIntervalUpperBound, 'forecast upper bound'),
		};
	});
	const sum = (pick: (point: ForecastPoint) => Amount): Amount => points.map(pick).reduce(addAmounts, ZERO);
	return {
		total: points.length === 0 ? {mean, lower: mean, upper: mean} : {mean, lower: sum(point => point.lower), upper: sum(point => point.upper)},
		points,
		unit: typeof output.Total?.Unit === 'string' && output.Total.Unit !== '' ? output.Total.Unit : 'USD',
	};
}

function toRootCause(cause: NonNullable<Anomaly['RootCauses']>[number]): AnomalyRootCause {
	return {
		...(cause.Service === undefined ? {} : {service: cause.Service}),
		...(cause.Region === undefined ? {} : {region: cause.Region}),
		...(cause.LinkedAccount === undefined ? {} : {account: cause.LinkedAccount}),
		...(cause.UsageType === undefined ? {} : {usageType: cause.UsageType}),
	};
}

/** When CE leaves out a spend figure, it follows from the other two (expected + impact = actual). */
export function toAnomaly(anomaly: Anomaly): SourceAnomaly {
	const id = textOf(anomaly?.AnomalyId, 'AnomalyId');
	const impact = anomaly.Impact ?? {MaxImpact: undefined};
	const total = amountOfNumber(impact.TotalImpact, 'TotalImpact') ?? amountOfNumber(impact.MaxImpact, 'MaxImpact') ?? ZERO;
	const actualGiven = amountOfNumber(impact.TotalActualSpend, 'TotalActualSpend');
	const expectedGiven = amountOfNumber(impact.TotalExpectedSpend, 'TotalExpectedSpend');
	const actual = actualGiven ?? (expectedGiven === undefined ? total : addAmounts(expectedGiven, total));
	const expected = expectedGiven ?? subtractAmounts(actual, total);
	const maxScore = anomaly.AnomalyScore?.MaxScore;
	return {
		id,
		start: dateOf(anomaly.AnomalyStartDate, `start of anomaly ${id}`),
		end: anomaly.AnomalyEndDate === undefined || anomaly.AnomalyEndDate === '' ? null : dateOf(anomaly.AnomalyEndDate, `end of anomaly ${id}`),
		dimensionValue: anomaly.DimensionValue ?? '',
		expected,
		actual,
		impact: total,
		maxScore: typeof maxScore === 'number' && Number.isFinite(maxScore) ? maxScore : 0,
		rootCauses: arrayOf(anomaly.RootCauses, 'RootCauses').map(toRootCause),
	};
}

export function toAnomalies(output: GetAnomaliesCommandOutput | undefined): SourceAnomaly[] {
	if (output === undefined || output === null || typeof output !== 'object') throw malformed('the body is empty');
	return arrayOf(output.Anomalies, 'Anomalies').map(toAnomaly);
}
