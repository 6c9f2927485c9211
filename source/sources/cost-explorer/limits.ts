import {METRICS} from '../../query.js';
import type {QueryLimits, SourceCapabilities} from '../source.js';

/** Cost Explorer's real limits: 13 months of DAILY/MONTHLY history, 14 days of HOURLY, two group-bys. */
export const COST_EXPLORER_LIMITS: QueryLimits = {
	keeper: 'Cost Explorer',
	historyMonths: 13,
	hourlyDays: 14,
	maxGroupBy: 2,
	metrics: METRICS,
	forecastMonths: {DAILY: 3, MONTHLY: 12},
};

export const COST_EXPLORER_CAPABILITIES: SourceCapabilities = {
	label: 'cost-explorer',
	native: {forecast: true, anomalies: true, savings: true},
	limits: COST_EXPLORER_LIMITS,
};
