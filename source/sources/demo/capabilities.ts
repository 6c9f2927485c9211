import {COST_EXPLORER_LIMITS} from '../cost-explorer/limits.js';
import type {SourceCapabilities} from '../source.js';

/** The demo keeps Cost Explorer's limits (it answers with the same semantics); its anomalies and savings advice are its own. */
export const DEMO_CAPABILITIES: SourceCapabilities = {
	label: 'demo',
	native: {forecast: false, anomalies: true, savings: true},
	limits: COST_EXPLORER_LIMITS,
};
