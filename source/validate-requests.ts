import {type Period, isIsoDate} from './dates.js';
import {badInput} from './errors.js';
import {isFilterDimension, isMetric, METRICS} from './query.js';
import type {DimensionValuesRequest, ForecastRequest} from './sources/source.js';
import {validateExpression} from './validate.js';

/** A period of YYYY-MM-DD dates that ends after it starts; `what` names it in the message. */
export function validatePeriod(period: Period, what = 'The period'): Period {
	if (!isIsoDate(period.start) || !isIsoDate(period.end)) {
		throw badInput(`${what} ${period.start}…${period.end} is not made of YYYY-MM-DD dates.`);
	}
	if (period.end <= period.start) throw badInput(`${what} ends (${period.end}, exclusive) before it starts (${period.start}).`);
	return period;
}

/** Checks a dimension-values question before anything is spent on it. */
export function validateDimensionValuesRequest(request: DimensionValuesRequest): DimensionValuesRequest {
	if (!isFilterDimension(request.dimension)) {
		throw badInput(`Unknown dimension "${request.dimension as string}": use e.g. SERVICE, LINKED_ACCOUNT, REGION, USAGE_TYPE.`);
	}
	validatePeriod(request.period);
	if (request.filter !== undefined) validateExpression(request.filter, 0);
	return request;
}

/** Checks what every source's forecast needs; a source's own reach (how far ahead) it checks itself. */
export function validateForecastRequest(request: ForecastRequest): ForecastRequest {
	validatePeriod(request.period, 'The forecast');
	if (request.granularity !== 'DAILY' && request.granularity !== 'MONTHLY') {
		throw badInput(`Forecasts are DAILY or MONTHLY, not ${request.granularity as string}.`);
	}
	if (!isMetric(request.metric)) throw badInput(`Unknown metric "${request.metric as string}": use one of ${METRICS.join(', ')}.`);
	const level = request.predictionIntervalLevel;
	if (!Number.isInteger(level) || level < 51 || level > 99) {
		throw badInput(`The prediction interval must be a whole percentage from 51 to 99, got ${level}.`);
	}
	if (request.filter !== undefined) validateExpression(request.filter, 0);
	return request;
}
