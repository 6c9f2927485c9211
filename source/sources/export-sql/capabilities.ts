import {METRICS} from '../../query.js';
import type {SourceCapabilities} from '../source.js';

/**
 * A billing export keeps what its files hold (no 13-month window), line items
 * included (resources), and answers cost questions only: forecasts and
 * anomalies are aws-cost's own, from its costs, and it gives no savings advice.
 */
export const EXPORT_CAPABILITIES: SourceCapabilities = {
	label: 'export',
	native: {forecast: false, anomalies: false, savings: false},
	limits: {keeper: 'The export', historyMonths: 1200, hourlyDays: 36_500, maxGroupBy: 2, metrics: METRICS, groupsByResource: true},
};
